// The load benchmark (not a test): every work page and the two writes of the national service, at one
// user and under load, on the national-scale data set, against the production setup of the README —
// N app servers (one per core) behind nginx on a PostgreSQL server — driven by wrk on loopback.
// Every throughput is compared with the sign-in page of the same servers measured in the same run,
// because these machines are noisy: the ratio is what the targets are about.
//
//   npm run bench:load -- [--servers N] [--single] [--fresh-data] [--no-build] [--only inbox,reply,…] [--seconds 10]
//
// DATABASE_URL: the PostgreSQL server (default postgresql://postgres@127.0.0.1:5432/postgres). The data
// set is generated once into the database hd_national (about 10 minutes) and reused for a day; each
// run works on a fresh copy of it (hd_load_run), so writes of one run never show up in the next.
import { execFileSync, spawnSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { databaseUrlOn, openDatabase } from "@/lib/server/database";
import { sweepDueClocks } from "@/lib/server/clock";
import { applyMigrations } from "@/lib/server/database";
import { getClockDurations } from "@/lib/server/settings";
import { refreshDeadlines } from "@/lib/server/tickets/deadline-column";
import { DEMO_PASSWORD } from "@/prisma/seed/users";
import { residentMb, startServers, type Servers } from "../start-servers";
import { captureAction, type CapturedAction } from "./capture-action";
import { generateNationalData } from "./national-data";
import { signIn } from "./sign-in";
import { benchSweep } from "./sweep";
import { runWrk, type WrkRequest, type WrkResult } from "./wrk";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const TEMPLATE = "hd_national";
const RUN_DB = "hd_load_run";
/** Bumped when the generator changes what it makes: an older template is generated again. */
const DATA_FORMAT = 2;
const MAX_TEMPLATE_AGE_MS = 24 * 3_600_000;

// ---- options -------------------------------------------------------------------------------------
const args = process.argv.slice(2);
const flag = (name: string) => args.includes(`--${name}`);
const option = (name: string) => {
  const index = args.indexOf(`--${name}`);
  return index >= 0 ? args[index + 1] : undefined;
};
const single = flag("single");
const serverCount = single ? 1 : Number(option("servers") ?? os.availableParallelism());
const seconds = Number(option("seconds") ?? 10);
const only = option("only")?.split(",");
const serverUrl = process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const PROXY_PORT = 8090;
const FIRST_APP_PORT = 3201;
const MANY_READERS = 20;
const MANY_WRITERS = 10;
const ACCEPT = { Accept: "text/html,application/xhtml+xml", "Accept-Encoding": "gzip, deflate, br" };

const log = (line: string) => console.log(`[bench] ${line}`);

function requireTool(tool: string, debianPackage: string) {
  if (spawnSync("sh", ["-c", `command -v ${tool}`]).status === 0) return;
  if (process.getuid?.() === 0) {
    log(`memasang ${debianPackage} dari Debian …`);
    execFileSync(
      "sh",
      ["-c", `apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${debianPackage} >/dev/null`],
      { stdio: "inherit" },
    );
    return;
  }
  throw new Error(`${tool} tidak ada: pasang paket Debian ${debianPackage} (apt-get install -y ${debianPackage})`);
}

async function adminQuery<T = Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows as T[];
  } finally {
    await client.end();
  }
}

function databaseUrl(name: string) {
  return databaseUrlOn(serverUrl, name);
}

// ---- data ----------------------------------------------------------------------------------------
async function ensureTemplate() {
  const [row] = await adminQuery<{ comment: string | null }>(
    `SELECT shobj_description(oid, 'pg_database') AS comment FROM pg_database WHERE datname = $1`,
    [TEMPLATE],
  );
  let meta: { format?: number; generatedAt?: string } = {};
  try {
    meta = row?.comment ? JSON.parse(row.comment) : {};
  } catch {
    meta = {};
  }
  const age = meta.generatedAt ? Date.now() - Date.parse(meta.generatedAt) : Infinity;
  if (row && meta.format === DATA_FORMAT && age < MAX_TEMPLATE_AGE_MS && !flag("fresh-data")) {
    log(`data nasional ${TEMPLATE} dipakai lagi (dibuat ${Math.round(age / 60_000)} menit lalu)`);
    return;
  }
  log(`membuat data nasional ${TEMPLATE} (sekitar 10 menit) …`);
  const summary = await generateNationalData(serverUrl, TEMPLATE, { log: (line) => log(`  ${line}`) });
  log(`  ${JSON.stringify(summary)}`);
  const comment = JSON.stringify({ format: DATA_FORMAT, generatedAt: new Date().toISOString() });
  await adminQuery(`COMMENT ON DATABASE "${TEMPLATE}" IS '${comment}'`);
}

async function freshRunDatabase(): Promise<string> {
  await adminQuery(`DROP DATABASE IF EXISTS "${RUN_DB}" WITH (FORCE)`);
  const started = Date.now();
  await adminQuery(`CREATE DATABASE "${RUN_DB}" TEMPLATE "${TEMPLATE}" STRATEGY FILE_COPY`);
  const url = databaseUrl(RUN_DB);
  const db = openDatabase({ kind: "postgres", url });
  try {
    // Migrations newer than the data set run here, on a million tickets, as they would in production.
    await applyMigrations(db.sql);
    await refreshDeadlines(db.prisma, getClockDurations());
    // What fell due since the data set was made is applied now, not by the servers during the run.
    const swept = await sweepDueClocks({ prisma: db.prisma, durations: getClockDurations(), now: new Date() });
    log(`sapuan awal: ${swept.escalated} eskalasi, ${swept.expired} berakhir, ${swept.breached} pelanggaran target`);
    await db.sql.exec(`VACUUM ANALYZE`);
  } finally {
    await db.close();
  }
  log(`salinan ${RUN_DB} siap dalam ${((Date.now() - started) / 1000).toFixed(0)} s`);
  return url;
}

interface Cast {
  dinas: string;
  ticketId: string;
  /** Writers of new tickets (school operators) and of replies (district operators with running tickets). */
  openers: string[];
  repliers: { username: string; tickets: string[] }[];
}

async function chooseCast(url: string): Promise<Cast> {
  const db = openDatabase({ kind: "postgres", url });
  try {
    const [ticket] = await db.sql.query<{ id: string }>(`
      SELECT t.id FROM "Ticket" t
      WHERE t."regencyCode" = '33.74' AND t."askerType" = 'SEKOLAH' AND t.tier = 'DINAS' AND t.state IN ('OPEN', 'ANSWERED')
        AND t."openedAt" > (now() AT TIME ZONE 'UTC') - interval '2 days'
      ORDER BY (SELECT count(*) FROM "Message" m WHERE m."ticketId" = t.id) DESC, t."openedAt" LIMIT 1`);
    if (!ticket) throw new Error("tidak ada tiket berjalan di Kota Semarang");
    const openers = (
      await db.sql.query<{ username: string }>(
        `SELECT username FROM "User" WHERE username LIKE 'sekolah.%' AND role = 'SEKOLAH' ORDER BY username LIMIT ${MANY_WRITERS}`,
      )
    ).map((r) => r.username);
    const repliers = await db.sql.query<{ username: string; tickets: string[] }>(`
      -- Tickets a district may answer for the whole run: at the district, and not escalating within hours.
      WITH busy AS (
        SELECT "regencyCode", array_agg(id ORDER BY "openedAt" DESC) AS tickets FROM "Ticket"
        WHERE "askerType" = 'SEKOLAH' AND tier = 'DINAS' AND state IN ('OPEN', 'ANSWERED')
          AND "openedAt" > (now() AT TIME ZONE 'UTC') - interval '2 days'
        GROUP BY "regencyCode" ORDER BY count(*) DESC LIMIT ${MANY_WRITERS}
      )
      SELECT (SELECT username FROM "User" u WHERE u.role = 'DINAS' AND u."regencyCode" = b."regencyCode" ORDER BY username LIMIT 1) AS username,
        b.tickets[1:50] AS tickets
      FROM busy b`);
    return { dinas: "dinas.semarang1", ticketId: ticket.id, openers, repliers };
  } finally {
    await db.close();
  }
}

// ---- rows ----------------------------------------------------------------------------------------
interface Row {
  key: string;
  label: string;
  /** Target for one user's p50 (reads) or the writers' p50 (writes), in ms. */
  p50Target: number;
  /** Target for req/s under load ÷ the sign-in page's req/s under load. */
  ratioTarget: number;
  write: boolean;
  /** The load for `users` users; writes carry `mark` in their text. */
  request: (users: number, mark: string) => WrkRequest;
  /** Before the run: the page is the page (a compressed body cannot be checked by wrk). */
  check?: () => Promise<void>;
  /** After a write run: how many rows carry `mark` (every answered write must have left one). */
  countWritten?: (mark: string) => Promise<number>;
}

function replay(
  action: CapturedAction,
  replacements: [string, string][],
): { path: string; headers: Record<string, string>; body: string } {
  const swap = (text: string) => replacements.reduce((out, [from, to]) => out.split(from).join(to), text);
  return {
    path: swap(action.path),
    headers: Object.fromEntries(Object.entries(action.headers).map(([name, value]) => [name, swap(value)])),
    body: swap(action.body),
  };
}

function clientKeyOf(body: string): string {
  const key = /name="[^"]*clientKey"\r\n\r\n([0-9a-f-]{36})/.exec(body)?.[1];
  if (!key) throw new Error("kunci formulir tidak ditemukan di permintaan yang ditangkap");
  return key;
}

async function expectPage(baseUrl: string, cookie: string, pathName: string, marker: string) {
  const response = await fetch(`${baseUrl}${pathName}`, { headers: { Cookie: cookie, ...ACCEPT }, redirect: "manual" });
  const text = await response.text();
  if (response.status !== 200 || !text.includes(marker)) {
    throw new Error(
      `${pathName}: HTTP ${response.status}, "${marker}" ${text.includes(marker) ? "ada" : "tidak ada"} di halaman`,
    );
  }
}

const OPEN_SUBJECT = "Sinkronisasi terhenti di 10% menjelang cut-off";
const REPLY_TEXT = "Silakan sinkron ulang setelah validasi lokal 0 invalid, lalu cek kembali esok hari.";

async function buildRows(
  baseUrl: string,
  cast: Cast,
  db: { query<T>(sql: string, params?: unknown[]): Promise<T[]> },
): Promise<Row[]> {
  const cookie = new Map<string, string>();
  const sessionOf = async (username: string) => {
    if (!cookie.has(username)) cookie.set(username, await signIn(baseUrl, username, DEMO_PASSWORD));
    return cookie.get(username) as string;
  };
  const pageRow = async (
    key: string,
    label: string,
    p50Target: number,
    ratioTarget: number,
    username: string,
    pathName: string,
    marker: string,
  ): Promise<Row> => {
    const session = await sessionOf(username);
    return {
      key,
      label,
      p50Target,
      ratioTarget,
      write: false,
      request: () => ({
        users: [{ cookie: session }],
        method: "GET",
        path: pathName,
        headers: ACCEPT,
        expectStatus: 200,
      }),
      check: () => expectPage(baseUrl, session, pathName, marker),
    };
  };

  const openerCookies = await Promise.all(cast.openers.map(sessionOf));
  const open = await captureAction(baseUrl, openerCookies[0] as string, "/sekolah/tiket/baru", async (page) => {
    await page.getByLabel("Kategori").selectOption({ index: 3 });
    await page.getByLabel("Judul").fill(OPEN_SUBJECT);
    await page
      .getByLabel("Pertanyaan")
      .fill("Sinkron berhenti di 10% lalu mulai lagi dari awal. Sudah dicoba berkali-kali sejak pagi, koneksi stabil.");
    await page.getByRole("button", { name: "Kirim pertanyaan" }).click();
  });
  const openTemplate = replay(open, [[clientKeyOf(open.body), "__KEY__"]]);

  const replierCookies = await Promise.all(cast.repliers.map((r) => sessionOf(r.username)));
  const firstReplier = cast.repliers[0];
  if (!firstReplier?.tickets[0]) throw new Error("tidak ada tiket untuk dibalas");
  const reply = await captureAction(
    baseUrl,
    replierCookies[0] as string,
    `/dinas/tiket/${firstReplier.tickets[0]}`,
    async (page) => {
      await page.getByLabel("Isi balasan").fill(REPLY_TEXT);
      await page.getByRole("button", { name: "Kirim balasan" }).click();
    },
  );
  const replyTemplate = replay(reply, [
    [clientKeyOf(reply.body), "__KEY__"],
    [firstReplier.tickets[0], "__ITEM__"],
  ]);
  const count = async (sql: string, mark: string) =>
    Number((await db.query<{ n: string }>(sql, [`%${mark}%`]))[0]?.n ?? 0);
  const writeHeaders = (headers: Record<string, string>) => ({
    ...headers,
    "Accept-Encoding": ACCEPT["Accept-Encoding"],
  });

  return [
    await pageRow("inbox", "district inbox `/dinas`", 15, 0.5, cast.dinas, "/dinas", "Kotak masuk"),
    await pageRow("queue", "helpdesk queue `/helpdesk`", 15, 0.5, "helpdesk1", "/helpdesk", "Antrean"),
    await pageRow("school", "school list `/sekolah`", 10, 0.6, "sekolah.semarang", "/sekolah", "Tiket saya"),
    await pageRow(
      "ticket",
      "ticket page `/dinas/tiket/[id]`",
      15,
      0.5,
      cast.dinas,
      `/dinas/tiket/${cast.ticketId}`,
      "Isi balasan",
    ),
    await pageRow("all", "supervisor all tickets `/supervisor`", 30, 0.3, "supervisor", "/supervisor", "Semua tiket"),
    await pageRow(
      "report",
      "SLA report `/supervisor/laporan`",
      30,
      0.3,
      "supervisor",
      "/supervisor/laporan",
      "Laporan SLA",
    ),
    {
      key: "open",
      label: "open a ticket (server action)",
      p50Target: 50,
      ratioTarget: 0.3,
      write: true,
      request: (users, mark) => ({
        users: openerCookies.slice(0, users).map((c) => ({ cookie: c })),
        method: "POST",
        path: openTemplate.path,
        headers: writeHeaders(openTemplate.headers),
        body: openTemplate.body.replace(OPEN_SUBJECT, `${OPEN_SUBJECT} ${mark}`),
        expectStatus: 200,
        headerPresent: "x-action-redirect",
      }),
      countWritten: (mark) => count(`SELECT count(*) AS n FROM "Ticket" WHERE subject LIKE $1`, mark),
    },
    {
      key: "reply",
      label: "reply (server action)",
      p50Target: 50,
      ratioTarget: 0.3,
      write: true,
      request: (users, mark) => ({
        users: cast.repliers.slice(0, users).map((r, i) => ({ cookie: replierCookies[i] as string, items: r.tickets })),
        method: "POST",
        path: replyTemplate.path,
        headers: writeHeaders(replyTemplate.headers),
        body: replyTemplate.body.replace(REPLY_TEXT, `${REPLY_TEXT} ${mark}`),
        expectStatus: 200,
      }),
      countWritten: (mark) =>
        count(
          `SELECT count(*) AS n FROM "Message" WHERE "createdAt" > now() - interval '1 hour' AND body LIKE $1`,
          mark,
        ),
    },
  ];
}

// ---- run -----------------------------------------------------------------------------------------
interface Measured {
  row: Row | null;
  label: string;
  users: number;
  result: WrkResult;
}

const fmt = (value: number, digits = 0) =>
  value.toLocaleString("en-US", { maximumFractionDigits: digits, minimumFractionDigits: digits });

async function main() {
  requireTool("wrk", "wrk");
  if (!single) requireTool("nginx", "nginx");
  const loadBefore = os.loadavg()[0] ?? 0;
  await ensureTemplate();
  const url = await freshRunDatabase();
  if (!flag("no-build")) {
    log("npm run build …");
    // The app and its server (.next/serve.mjs), as `npm start` runs them.
    execFileSync("npm", ["run", "build"], { cwd: ROOT, stdio: ["ignore", "ignore", "inherit"] });
  }
  const logDir = fs.mkdtempSync(path.join(os.tmpdir(), "hd-bench-logs-"));
  const attachments = fs.mkdtempSync(path.join(os.tmpdir(), "hd-bench-files-"));
  const servers: Servers = await startServers({
    servers: serverCount,
    proxyPort: single ? null : PROXY_PORT,
    firstAppPort: FIRST_APP_PORT,
    env: {
      ...process.env,
      DATABASE_URL: url,
      NEXTAUTH_SECRET: crypto.randomBytes(32).toString("hex"),
      ATTACHMENT_DIR: attachments,
    },
    logDir,
  });
  const measured: Measured[] = [];
  let memory: { port: number; rss: number; peak: number }[] = [];
  const runDb = openDatabase({ kind: "postgres", url });
  try {
    log(`${serverCount} server aplikasi${single ? "" : " di belakang nginx"}: ${servers.baseUrl} (log: ${logDir})`);
    const cast = await chooseCast(url);
    const rows = (await buildRows(servers.baseUrl, cast, runDb.sql)).filter((row) => !only || only.includes(row.key));
    const reference: WrkRequest = {
      users: [{ cookie: "" }],
      method: "GET",
      path: "/masuk",
      headers: ACCEPT,
      expectStatus: 200,
    };
    await expectPage(servers.baseUrl, "", "/masuk", "Kata sandi");
    for (const row of rows) await row.check?.();
    let runNumber = 0;
    const measure = async (row: Row | null, label: string, users: number) => {
      const mark = `[beban-${Date.now().toString(36)}-${++runNumber}]`;
      const request = row ? row.request(users, mark) : reference;
      const result = await runWrk(servers.baseUrl, request, users, seconds);
      if (row?.countWritten) {
        // Every write the server confirmed must be in the database (in-flight ones at the end may add more).
        const written = await row.countWritten(mark);
        const lost = Math.max(0, result.requests - result.errors - written);
        if (lost > 0) result.badSample = `${lost} tulisan terkonfirmasi tidak ada di basis data`;
        result.errors += lost;
      }
      measured.push({ row, label, users, result });
      log(
        `${label.padEnd(42)} ${String(users).padStart(2)} pengguna: ${fmt(result.reqPerSec, 1).padStart(7)} req/s, p50 ${fmt(result.p50, 1)} ms, p99 ${fmt(result.p99, 1)} ms, galat ${result.errors}${result.badSample ? ` (${result.badSample.slice(0, 120)})` : ""}`,
      );
    };
    log("pemanasan …");
    await runWrk(servers.baseUrl, reference, 4, 3);
    for (const row of rows.filter((r) => !r.write)) await runWrk(servers.baseUrl, row.request(4, ""), 4, 3);

    const REFERENCE_LABEL = "sign-in page `/masuk` (reference)";
    await measure(null, REFERENCE_LABEL, 1);
    await measure(null, REFERENCE_LABEL, MANY_READERS);
    for (const row of rows) {
      await measure(row, row.label, 1);
      await measure(row, row.label, row.write ? MANY_WRITERS : MANY_READERS);
    }
    await measure(null, REFERENCE_LABEL, MANY_READERS);
    memory = servers.apps.map((app) => ({ port: app.port, ...residentMb(app.child.pid ?? 0) }));
  } finally {
    await runDb.close();
    await servers.stop();
    fs.rmSync(attachments, { recursive: true, force: true });
  }

  log("sapuan jam SLA atas 100.000 tiket jatuh tempo …");
  const sweep = await benchSweep(serverUrl, { count: 100_000, log: (line) => log(`  ${line}`) });
  await adminQuery(`DROP DATABASE IF EXISTS "${RUN_DB}" WITH (FORCE)`);
  report(measured, memory, sweep.sweepMs, sweep.perSecond, loadBefore);
}

function report(
  measured: Measured[],
  memory: { port: number; rss: number; peak: number }[],
  sweepMs: number,
  sweepRate: number,
  loadBefore: number,
) {
  const references = measured.filter((m) => m.row === null && m.users === MANY_READERS).map((m) => m.result.reqPerSec);
  const reference = references.reduce((a, b) => a + b, 0) / Math.max(1, references.length);
  const referenceOne = measured.find((m) => m.row === null && m.users === 1)?.result;
  const lines: string[] = [];
  lines.push(
    `Load benchmark, ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC — ${os.cpus().length} cores (${os.cpus()[0]?.model.trim()}), ` +
      `${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}; ${single ? "one app server" : `${serverCount} app servers behind nginx`}; ` +
      `load average before ${loadBefore.toFixed(1)}`,
  );
  lines.push(
    `Reference: sign-in page ${fmt(referenceOne?.p50 ?? 0, 1)} ms for one user; ${references.map((r) => fmt(r, 0)).join(" / ")} req/s at ${MANY_READERS} users (start / end; mean ${fmt(reference, 0)}).`,
  );
  lines.push("");
  lines.push("| row | users | req/s | ÷ sign-in | p50 ms | p95 ms | p99 ms | errors | target | met |");
  lines.push("|---|---|---|---|---|---|---|---|---|---|");
  let allMet = true;
  for (const m of measured) {
    if (m.row === null) {
      lines.push(
        `| ${m.label} | ${m.users} | ${fmt(m.result.reqPerSec, 1)} | 1.00 | ${fmt(m.result.p50, 1)} | ${fmt(m.result.p95, 1)} | ${fmt(m.result.p99, 1)} | ${m.result.errors} | — | |`,
      );
      continue;
    }
    const ratio = m.result.reqPerSec / reference;
    const loaded = m.users > 1;
    const checks: { text: string; ok: boolean }[] = [];
    if (!m.row.write && !loaded)
      checks.push({ text: `p50 ≤ ${m.row.p50Target} ms`, ok: m.result.p50 <= m.row.p50Target });
    if (m.row.write && loaded)
      checks.push({ text: `p50 ≤ ${m.row.p50Target} ms`, ok: m.result.p50 <= m.row.p50Target });
    if (loaded) checks.push({ text: `÷ ≥ ${m.row.ratioTarget}`, ok: ratio >= m.row.ratioTarget });
    checks.push({ text: "no errors", ok: m.result.errors === 0 && m.result.requests > 0 });
    const met = checks.every((c) => c.ok);
    allMet &&= met;
    lines.push(
      `| ${m.row.label} | ${m.users} | ${fmt(m.result.reqPerSec, 1)} | ${ratio.toFixed(2)} | ${fmt(m.result.p50, 1)} | ${fmt(m.result.p95, 1)} | ${fmt(m.result.p99, 1)} | ${m.result.errors} | ${checks.map((c) => c.text).join(", ")} | ${met ? "yes" : "**no**"} |`,
    );
  }
  const sweepMet = sweepMs <= 10_000;
  allMet &&= sweepMet;
  lines.push(
    `| SLA sweep of 100,000 overdue tickets | — | ${fmt(sweepRate, 0)} tickets/s | — | ${fmt(sweepMs / 1000, 1)} s | | | | ≤ 10 s | ${sweepMet ? "yes" : "**no**"} |`,
  );
  for (const m of memory) {
    const ok = m.rss <= 500;
    allMet &&= ok;
    lines.push(
      `| app server :${m.port} memory after the load | — | ${fmt(m.rss, 0)} MB RSS (peak ${fmt(m.peak, 0)} MB) | — | | | | | ≤ 500 MB | ${ok ? "yes" : "**no**"} |`,
    );
  }
  lines.push("");
  lines.push(allMet ? "Every row meets its target." : "Some rows miss their target (marked **no**).");
  console.log(`\n${lines.join("\n")}\n`);
  const outDir = path.join(ROOT, ".bench");
  fs.mkdirSync(outDir, { recursive: true });
  const file = path.join(outDir, `load-${new Date().toISOString().replace(/[:.]/g, "-")}.md`);
  fs.writeFileSync(file, `${lines.join("\n")}\n`);
  log(`hasil juga di ${path.relative(ROOT, file)}`);
  process.exitCode = allMet ? 0 : 1;
}

await main();
