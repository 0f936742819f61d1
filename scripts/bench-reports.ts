// Benchmark of the SLA report (not a test) on the database made by scripts/generate-report-data.ts:
// the page's server time (its statements in parallel, as the page runs them) computed afresh and read
// from a snapshot, and each statement on its own, each the median of several runs, for a few typical
// filter choices; then a full CSV export streamed to nowhere, with its peak memory.
//
// Wall time depends on what else the machine runs, so each statement is also run on a dedicated
// connection whose PostgreSQL backend's CPU time is read from /proc (Linux, same machine): that is
// roughly the wall time the statement would take on an idle machine.
//
//   DATABASE_URL=postgresql://postgres@127.0.0.1:5432/test npx tsx --conditions=react-server scripts/bench-reports.ts [name] [runs]
import fs from "node:fs";
import pg from "pg";
import { openDatabase } from "@/lib/server/database";
import { getEnv } from "@/lib/server/config";
import { getClockDurations } from "@/lib/server/settings";
import { applyMigrations } from "@/lib/server/database";
import { Prisma } from "@/lib/server/generated/prisma/client";
import { loadBacklog } from "@/lib/server/reports/backlog";
import { csvResponse } from "@/lib/server/reports/csv";
import { buildCsvExport } from "@/lib/server/reports/csv-tables";
import { listDrillTickets } from "@/lib/server/reports/drill-down";
import type { ReportContext } from "@/lib/server/reports/figures";
import { addDays, jakartaDay, parseReportFilters, periodPresets, type ReportFilters } from "@/lib/shared/report-params";
import { loadCohortTables } from "@/lib/server/reports/cohort-tables";
import { loadReport, singleTableQueries } from "@/lib/server/reports/report";

const name = process.argv[2] ?? "hd_report_bench";
const runs = Number(process.argv[3] ?? 5);
const serverUrl = getEnv().DATABASE_URL;
if (!serverUrl) throw new Error("DATABASE_URL (postgresql://…) wajib.");
const url = new URL(serverUrl);
url.pathname = `/${name}`;
const db = openDatabase({ kind: "postgres", url: url.toString() });
const now = new Date();
const ctx: ReportContext = { prisma: db.prisma, durations: getClockDurations(), now };

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
};
async function medianOf(work: () => Promise<unknown>): Promise<number> {
  await work(); // warm-up: plans and buffers
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await work();
    times.push(performance.now() - started);
  }
  return median(times);
}
const ms = (value: number) => `${value.toFixed(0).padStart(6)} ms`;

// --- the SQL a loader sends, captured with a stand-in client, then replayed on a connection we own
type Loader = (ctx: ReportContext) => Promise<unknown>;
async function captureSql(loader: Loader): Promise<Prisma.Sql[]> {
  const statements: Prisma.Sql[] = [];
  const capture = async (query: TemplateStringsArray | Prisma.Sql, ...values: unknown[]) => {
    statements.push(
      Array.isArray(query) ? Prisma.sql(query as TemplateStringsArray, ...values) : (query as Prisma.Sql),
    );
    return [{ data: { summary: {}, provinces: [], regencies: [], categories: [], trend: [] }, total: 0 }];
  };
  const prisma = { $queryRaw: capture, $transaction: (fn: (tx: unknown) => unknown) => fn({ $queryRaw: capture }) };
  await loader({ ...ctx, prisma: prisma as unknown as ReportContext["prisma"] }).catch(() => undefined);
  return statements;
}
const toPg = (sql: Prisma.Sql) => {
  let index = 0;
  return { text: sql.sql.replace(/\?/g, () => `$${++index}`), values: sql.values };
};
const client = new pg.Client({ connectionString: url.toString() });
await client.connect();
await client.query("SET max_parallel_workers_per_gather = 0"); // keep each statement in one process
const backendPid = ((await client.query("SELECT pg_backend_pid() AS pid")).rows[0] as { pid: number }).pid;
const ticksPerMs = 100 / 1000; // USER_HZ
const backendCpuMs = () => {
  const fields = fs.readFileSync(`/proc/${backendPid}/stat`, "utf8").split(") ")[1]?.split(" ") ?? [];
  return (Number(fields[11]) + Number(fields[12])) / ticksPerMs;
};
async function cpuOf(loader: Loader): Promise<{ wall: number; cpu: number }> {
  const statements = (await captureSql(loader)).map(toPg);
  const run = async () => {
    await client.query("BEGIN"); // as the app runs them (set_config(…, true) lasts for the transaction)
    for (const s of statements) await client.query(s.text, s.values as unknown[]);
    await client.query("COMMIT");
  };
  await run();
  const walls: number[] = [];
  const cpus: number[] = [];
  for (let i = 0; i < runs; i++) {
    const cpu0 = backendCpuMs();
    const started = performance.now();
    await run();
    walls.push(performance.now() - started);
    cpus.push(backendCpuMs() - cpu0);
  }
  return { wall: median(walls), cpu: median(cpus) };
}

await applyMigrations(db.sql); // a data set made before the latest migration (e.g. the snapshot table)
await db.sql.query(`DELETE FROM "ReportSnapshot"`);
const [{ tickets }] = (await db.sql.query<{ tickets: number }>(`SELECT count(*)::int AS tickets FROM "Ticket"`)) as [
  { tickets: number },
];
const load = fs.readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" ");
console.log(
  `${tickets.toLocaleString("id-ID")} tiket di ${name}; median dari ${runs} kali (setelah 1 pemanasan); load average ${load}\n`,
);

const lastMonth = periodPresets(now)[1] as { from: string; to: string };
const today = jakartaDay(now);
const scenarios: [string, Record<string, string>][] = [
  ["30 hari terakhir, tanpa filter (bawaan)", {}],
  ["bulan lalu, urut tunggu Dinas terlama", { from: lastMonth.from, to: lastMonth.to, sort: "wait" }],
  ["bulan lalu, provinsi Jawa Barat (32)", { from: lastMonth.from, to: lastMonth.to, province: "32" }],
  [
    "bulan lalu, Kab. Bogor + kategori SINK",
    { from: lastMonth.from, to: lastMonth.to, regency: "32.01", category: "SINK" },
  ],
  ["365 hari, tanpa filter (terberat)", { from: addDays(today, -364), to: today }],
];

const statementsOf = (filters: ReportFilters): [string, Loader][] => [
  ["cohort: 5 tabel, 2 kueri", (c) => loadCohortTables(c, filters)],
  ["backlog", (c) => loadBacklog(c, filters)],
  ["daftar NO_RESPONSE hlm 1", (c) => listDrillTickets(c, filters, { kind: "figure", figure: "noResponse" }, 1)],
  ...Object.entries(singleTableQueries(ctx, filters)).map(([table]): [string, Loader] => [
    `  (sendiri) ${table}`,
    (c) => (singleTableQueries(c, filters) as Record<string, () => Promise<unknown>>)[table]?.() ?? Promise.resolve(),
  ]),
];

for (const [label, params] of scenarios) {
  const filters = parseReportFilters(params, now);
  const { report } = await loadReport(ctx, filters);
  console.log(`■ ${label}: ${report.summary.opened.toLocaleString("id-ID")} tiket dibuka`);
  console.log(
    `  halaman: waktu server (loadReport, 3 kueri paralel)  ${ms(await medianOf(() => loadReport(ctx, filters)))}`,
  );
  // The page as served within REPORT_CACHE_MAX_AGE of the last computation (snapshots.ts): the first call
  // (the warm-up) computes and stores the snapshot, the measured ones read it.
  const cached = () => loadReport(ctx, filters, { cacheMaxAgeMs: 300_000 });
  console.log(`  halaman dari snapshot (≤ 5 menit)                   ${ms(await medianOf(cached))}`);
  console.log(`  ${"kueri".padEnd(28)} ${"waktu".padStart(9)}  ${"CPU PostgreSQL".padStart(14)}`);
  for (const [query, loader] of statementsOf(filters)) {
    const { wall, cpu } = await cpuOf(loader);
    console.log(`  ${query.padEnd(28)} ${ms(wall)}  ${ms(cpu).padStart(14)}`);
  }
  console.log("");
}

// Every ticket of the last 365 days as CSV, read to the end like a browser download.
const exportFilters = parseReportFilters({ from: addDays(today, -364), to: today }, now);
const csv = await buildCsvExport(ctx, exportFilters, "tiket", { kind: "figure", figure: "opened" });
const baseline = process.memoryUsage().rss;
let peak = baseline;
let bytes = 0;
let rows = 0;
const started = performance.now();
const reader = csvResponse(csv.filename, csv.header, csv.batches).body?.getReader();
for (;;) {
  const chunk = await reader?.read();
  if (!chunk || chunk.done) break;
  bytes += chunk.value.byteLength;
  for (const byte of chunk.value) if (byte === 10) rows += 1;
  peak = Math.max(peak, process.memoryUsage().rss);
}
const mb = (value: number) => `${(value / 1_048_576).toFixed(0)} MB`;
console.log(
  `■ ekspor CSV semua tiket 365 hari: ${(rows - 1).toLocaleString("id-ID")} baris, ${mb(bytes)} dalam ` +
    `${((performance.now() - started) / 1000).toFixed(1)} s; RSS proses ${mb(baseline)} → puncak ${mb(peak)}`,
);
await client.end();
await db.close();
