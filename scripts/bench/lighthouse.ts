// Lighthouse on the school-facing pages, as a phone on a slow connection sees them (Lighthouse's
// mobile preset: a mid-range phone, 4× slower CPU, slow 4G), signed in as the demo school operator.
// Not a test and not a dependency of the project: it runs Lighthouse through npx (needs the npm
// registry) and prints the performance and accessibility scores of each page (README "Page weight").
// Usage: start the built app (npx tsx --conditions=react-server scripts/e2e-server.ts 3100), then
// `npx tsx --conditions=react-server scripts/bench/lighthouse.ts [base URL]`. Nothing else should run meanwhile.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { signedInRequest } from "../../tests/e2e/support/server-actions";

const base = process.argv[2] ?? "http://127.0.0.1:3100";
const PAGES = ["/masuk", "/sekolah", "/sekolah/tiket/baru"];
const LIGHTHOUSE = process.env.LIGHTHOUSE_BIN ?? "npx --yes lighthouse@13";

const request = await signedInRequest(base, "sekolah.semarang");
const cookies = (await request.storageState()).cookies.map((cookie) => `${cookie.name}=${cookie.value}`).join("; ");
await request.dispose();

const out = fs.mkdtempSync(path.join(os.tmpdir(), "lighthouse-"));
console.log("page                    performance  accessibility  LCP      TBT     transfer");
for (const page of PAGES) {
  const report = path.join(out, `${page.replace(/\W+/g, "_") || "root"}.json`);
  const headers = page === "/masuk" ? {} : { Cookie: cookies };
  const run = spawnSync(
    `${LIGHTHOUSE} ${base}${page} --quiet --output=json --output-path=${report} --only-categories=performance,accessibility ` +
      `--chrome-flags="--headless=new --no-sandbox" --extra-headers='${JSON.stringify(headers)}'`,
    {
      shell: true,
      stdio: ["ignore", "ignore", "inherit"],
      env: { ...process.env, CHROME_PATH: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium" },
    },
  );
  if (run.status !== 0 || !fs.existsSync(report)) {
    console.log(`${page.padEnd(24)}Lighthouse failed (exit ${run.status})`);
    continue;
  }
  const result = JSON.parse(fs.readFileSync(report, "utf8")) as {
    finalDisplayedUrl: string;
    categories: Record<string, { score: number }>;
    audits: Record<string, { numericValue?: number; displayValue?: string }>;
  };
  const score = (name: string) => String(Math.round((result.categories[name]?.score ?? 0) * 100)).padStart(11);
  const transfer = ((result.audits["total-byte-weight"]?.numericValue ?? 0) / 1024).toFixed(0);
  console.log(
    `${page.padEnd(24)}${score("performance")}  ${score("accessibility")}    ${(result.audits["largest-contentful-paint"]?.displayValue ?? "").padEnd(8)} ${(result.audits["total-blocking-time"]?.displayValue ?? "").padEnd(7)} ${transfer} KB` +
      (new URL(result.finalDisplayedUrl).pathname !== page ? `  (ended at ${result.finalDisplayedUrl})` : ""),
  );
}
console.log(`Reports: ${out}`);
