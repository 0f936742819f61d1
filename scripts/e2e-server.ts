// Starts the built app for the browser tests on a fresh database with the demo data:
// a new database on the DATABASE_URL server, or a new embedded PGlite folder. Cleans up on exit.
import { spawn } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { adminQuery, createDatabase, openDatabase } from "@/lib/server/database";
import { getEnv, type DatabaseTarget } from "@/lib/server/config";
import { getClockDurations } from "@/lib/server/settings";
import { applyMigrations } from "@/lib/server/database";
import { seedDemo } from "@/prisma/seed";

const port = process.argv[2] ?? "3100";
const serverUrl = getEnv().DATABASE_URL;
const suffix = crypto.randomBytes(4).toString("hex");

let target: DatabaseTarget;
if (serverUrl) {
  target = { kind: "postgres", url: await createDatabase(serverUrl, `hd_e2e_${suffix}`) };
} else {
  target = { kind: "pglite", dir: fs.mkdtempSync(path.join(os.tmpdir(), "helpdesk-e2e-")) };
}

const db = openDatabase(target);
await applyMigrations(db.sql);
await seedDemo(db.prisma, { now: new Date(), durations: getClockDurations() });
await db.close();

// The demo data on a production build: a demo, so the session secret may be the generated one.
const env: NodeJS.ProcessEnv = {
  ...process.env,
  PORT: port,
  NEXTAUTH_URL: `http://127.0.0.1:${port}`,
  HELPDESK_DEMO: "1",
};
if (target.kind === "postgres") env.DATABASE_URL = target.url;
else {
  delete env.DATABASE_URL;
  env.PGLITE_DIR = target.dir;
}
// The production server (npm start: scripts/serve.ts as `npm run build` bundles it), reached directly: no trusted proxy.
const app = spawn(process.execPath, [".next/serve.mjs", "--port", port, "--hostname", "127.0.0.1"], {
  env,
  stdio: "inherit",
});

let cleaning = false;
async function cleanUp() {
  if (cleaning) return;
  cleaning = true;
  app.kill("SIGTERM");
  await new Promise((resolve) => setTimeout(resolve, 500));
  if (target.kind === "postgres")
    await adminQuery(serverUrl as string, `DROP DATABASE IF EXISTS "hd_e2e_${suffix}" WITH (FORCE)`).catch(
      () => undefined,
    );
  else fs.rmSync(target.dir, { recursive: true, force: true });
  process.exit(0);
}
process.on("SIGTERM", cleanUp);
process.on("SIGINT", cleanUp);
app.on("exit", (code) => {
  if (!cleaning) {
    console.error(`server aplikasi berhenti (kode ${code})`);
    void cleanUp();
  }
});
