// The weight of the school-facing pages on a phone: the JavaScript and CSS a first visit downloads,
// raw and gzip-compressed (nginx compresses them in production, deploy/nginx-site.conf), measured in
// Chromium at 360 × 740 as the school operator of the demo data. Not a test: a figure to watch
// (README "Page weight"). Usage: start the built app (npm run build; npx tsx --conditions=react-server scripts/e2e-server.ts 3100),
// then `npx tsx --conditions=react-server scripts/bench/page-weight.ts [base URL]`.
import { gzipSync } from "node:zlib";
import { chromium, type Page } from "playwright";

const base = process.argv[2] ?? "http://127.0.0.1:3100";
const PAGES = ["/masuk", "/sekolah", "/sekolah/tiket/baru"];

async function weigh(page: Page, path: string) {
  const sizes = { js: { raw: 0, gzip: 0, files: 0 }, css: { raw: 0, gzip: 0, files: 0 } };
  const pending: Promise<void>[] = [];
  const onResponse = (response: import("playwright").Response) => {
    const type = response.request().resourceType();
    const kind = type === "script" ? "js" : type === "stylesheet" ? "css" : null;
    if (!kind) return;
    pending.push(
      response.body().then((body) => {
        sizes[kind].raw += body.length;
        sizes[kind].gzip += gzipSync(body).length;
        sizes[kind].files += 1;
      }),
    );
  };
  page.on("response", onResponse);
  await page.goto(base + path, { waitUntil: "networkidle" });
  await Promise.all(pending);
  page.off("response", onResponse);
  return sizes;
}

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium" });
const results: Record<string, Awaited<ReturnType<typeof weigh>>> = {};
for (const path of PAGES) {
  // A first visit each time: a new context has an empty cache and no service worker yet.
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, serviceWorkers: "block" });
  const page = await context.newPage();
  if (path !== "/masuk") {
    await page.goto(`${base}/masuk`);
    await page.getByLabel("Nama pengguna").fill("sekolah.semarang");
    await page.getByLabel("Kata sandi").fill("demo12345");
    await page.getByRole("button", { name: "Masuk" }).click();
    await page.waitForURL(/\/sekolah$/);
  }
  // Weighed on a page of its own, with the browser cache of the sign-in emptied.
  const fresh = await context.newPage();
  const session = await fresh.context().newCDPSession(fresh);
  await session.send("Network.clearBrowserCache");
  results[path] = await weigh(fresh, path);
  await context.close();
}
await browser.close();

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
console.log("page                    JS files  JS raw     JS gzip   CSS gzip");
for (const [path, { js, css }] of Object.entries(results)) {
  console.log(
    `${path.padEnd(24)}${String(js.files).padStart(8)}  ${kb(js.raw).padStart(9)}  ${kb(js.gzip).padStart(8)}  ${kb(css.gzip).padStart(8)}`,
  );
}
