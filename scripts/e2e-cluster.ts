// The production topology on loopback, for the multi-server browser tests (playwright.multi.config.ts):
// two app servers (`npm start`: scripts/serve.ts on the build) on one fresh PostgreSQL database with the demo data,
// attachments in a real S3-protocol server (s3rver), nginx in front of them on <port>.
//
//   npx tsx --conditions=react-server scripts/e2e-cluster.ts <port>
//
// The tests reach the servers through nginx; a request with the header `X-Uji-Server: 1|2` is sent to
// that server (scripts/nginx-config.ts), so a test can put the school on one and the district on the
// other. A small control server on 127.0.0.1:<port + 9> lets a test do what an operator's bad day does:
//   GET  /keadaan             → { databaseUrl, servers: [{ n, port, running }] }
//   POST /server/<n>/matikan  → SIGKILL app server n (a crash: no graceful shutdown)
//   POST /server/<n>/nyalakan → starts it again (if it is down) and waits until it answers
//   POST /s3/matikan, /s3/nyalakan → the object storage goes away / comes back
// Stops everything and drops the database on SIGTERM/SIGINT.
import crypto from "node:crypto";
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { adminQuery, createDatabase, databaseUrlOn, openDatabase } from "@/lib/server/database";
import { getClockDurations } from "@/lib/server/settings";
import { applyMigrations } from "@/lib/server/database";
import { seedDemo } from "@/prisma/seed";
import { startLocalS3 } from "@/tests/support/s3-server";
import { startServers } from "./start-servers";

const port = Number(process.argv[2] ?? 3200);
const serverUrl = process.env.DATABASE_URL;
if (!serverUrl) {
  console.error("Uji beberapa server butuh PostgreSQL: setel DATABASE_URL (PGlite hanya melayani satu proses).");
  process.exit(2);
}

const name = `hd_e2e_multi_${crypto.randomBytes(4).toString("hex")}`;

const databaseUrl = databaseUrlOn(serverUrl, name);
const logDir = fs.mkdtempSync(path.join(os.tmpdir(), "helpdesk-cluster-"));

let cleanUp: () => Promise<void> = async () => {
  await adminQuery(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).catch(() => undefined);
};
let control: http.Server | null = null;
let cleaning = false;
async function shutdown(code: number) {
  if (cleaning) return;
  cleaning = true;
  await cleanUp().catch((error) => console.error(error));
  process.exit(code);
}
process.on("SIGTERM", () => void shutdown(0));
process.on("SIGINT", () => void shutdown(0));

try {
  const db = openDatabase({ kind: "postgres", url: await createDatabase(serverUrl, name) });
  await applyMigrations(db.sql);
  await seedDemo(db.prisma, { now: new Date(), durations: getClockDurations() });
  await db.close();

  const s3 = await startLocalS3({ bucket: "lampiran-cluster" });
  const servers = await startServers({
    servers: 2,
    proxyPort: port,
    firstAppPort: port + 1,
    testPinning: true,
    logDir,
    env: {
      ...process.env,
      ...s3.env,
      DATABASE_URL: databaseUrl,
      // Both servers must sign and read the same session cookies.
      NEXTAUTH_SECRET: crypto.randomBytes(32).toString("hex"),
    },
  });
  cleanUp = async () => {
    control?.close();
    await servers.stop();
    await s3.destroy();
    await adminQuery(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).catch(() => undefined);
    if (process.env.CI)
      for (const file of fs.readdirSync(logDir))
        console.log(`--- ${file} ---\n${fs.readFileSync(path.join(logDir, file), "utf8").slice(-4000)}`);
    fs.rmSync(logDir, { recursive: true, force: true });
  };

  const running = (n: number) => {
    const child = servers.apps[n - 1]?.child;
    return Boolean(child && child.exitCode === null && child.signalCode === null);
  };
  control = http.createServer((request, response) => {
    const answer = (status: number, body: unknown) => {
      response.writeHead(status, { "content-type": "application/json" });
      response.end(JSON.stringify(body));
    };
    const route = `${request.method} ${request.url}`;
    const serverMatch = /^POST \/server\/(\d+)\/(matikan|nyalakan)$/.exec(route);
    void (async () => {
      if (route === "GET /keadaan") {
        return answer(200, {
          databaseUrl,
          servers: servers.apps.map((app, i) => ({ n: i + 1, port: app.port, running: running(i + 1) })),
        });
      }
      if (serverMatch) {
        const n = Number(serverMatch[1]);
        const app = servers.apps[n - 1];
        if (!app) return answer(404, { error: `tidak ada server ${n}` });
        let restarted = false;
        if (serverMatch[2] === "matikan") await servers.stopApp(app, "SIGKILL");
        else if (!running(n)) {
          await servers.restartApp(app);
          restarted = true;
        }
        return answer(200, { n, running: running(n), restarted });
      }
      if (route === "POST /s3/matikan") return answer(200, await s3.stop().then(() => ({ s3: "mati" })));
      if (route === "POST /s3/nyalakan") return answer(200, await s3.start().then(() => ({ s3: "hidup" })));
      answer(404, { error: "tidak dikenal" });
    })().catch((error: unknown) => answer(500, { error: String(error) }));
  });
  await new Promise<void>((resolve) => control?.listen(port + 9, "127.0.0.1", resolve));
  console.log(
    `2 server aplikasi (${servers.apps.map((a) => a.port).join(", ")}) di belakang nginx: ${servers.baseUrl}; kendali: http://127.0.0.1:${port + 9}`,
  );
} catch (error) {
  console.error(error);
  for (const file of fs.existsSync(logDir) ? fs.readdirSync(logDir) : [])
    console.error(`--- ${file} ---\n${fs.readFileSync(path.join(logDir, file), "utf8").slice(-4000)}`);
  await shutdown(1);
}
