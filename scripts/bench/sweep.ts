// The sweep benchmark: a fresh database on a PostgreSQL server with `count` overdue tickets (a third each
// due for escalation, the helpdesk answer target and expiry) plus 20% recent ones with nothing due; one
// sweep applies them all, a second finds nothing. Used by scripts/bench-sweep.ts and the load benchmark.
import crypto from "node:crypto";
import { DEFAULT_DURATIONS } from "@/lib/domain";
import { sweepDueClocks, type SweepResult } from "@/lib/server/clock";
import { candidateQuery } from "@/lib/server/clock/candidates";
import { Prisma } from "@/lib/server/generated/prisma/client";
import { adminQuery, createDatabase, openDatabase } from "@/lib/server/database";
import { applyMigrations } from "@/lib/server/database";
import { refreshDeadlines } from "@/lib/server/tickets/deadline-column";
import { seedRegions } from "@/prisma/seed/regions";

export interface SweepBenchOptions {
  count?: number;
  batchSize?: number;
  concurrency?: number;
  chunkSize?: number;
  /** Print the candidate queries' plans. */
  explain?: boolean;
  log?: (line: string) => void;
}

export interface SweepBenchResult {
  count: number;
  sweepMs: number;
  perSecond: number;
  result: SweepResult;
  secondSweepMs: number;
  events: number;
}

export async function benchSweep(serverUrl: string, options: SweepBenchOptions = {}): Promise<SweepBenchResult> {
  const { count = 100_000, batchSize, concurrency, chunkSize, explain = false } = options;
  const log = options.log ?? ((line: string) => console.log(line));
  const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  const name = `hd_bench_${crypto.randomBytes(4).toString("hex")}`;
  const db = openDatabase({ kind: "postgres", url: await createDatabase(serverUrl, name) });

  try {
    await applyMigrations(db.sql);
    const now = new Date();
    const day = 86_400_000;
    const ago = (ms: number) => new Date(now.getTime() - ms).toISOString();
    // Spread over the country like a real outage's backlog: every kab/kota, 5,000 schools, their operators
    // and a district account each (a single school would make every index insert hit the same pages).
    await seedRegions(db.prisma);
    await db.sql.exec(`
      INSERT INTO "Category" ("id", "code", "name") VALUES ('cat', 'SINK', 'Sinkronisasi');
      INSERT INTO "School" ("id", "npsn", "name", "form", "status", "regencyCode", "updatedAt")
        SELECT 'school-' || n, lpad((69000000 + n)::text, 8, '0'), 'TK Bench ' || n, 'TK', 'SWASTA', r."code", now()
        FROM generate_series(0, 4999) n
        JOIN (SELECT "code", row_number() OVER (ORDER BY "code") - 1 AS k, count(*) OVER () AS c FROM "Regency") r ON r.k = n % r.c;
      INSERT INTO "User" ("id", "username", "displayName", "role", "schoolId", "updatedAt")
        SELECT 'op-' || s."id", 'op.' || s."npsn", 'Operator', 'SEKOLAH', s."id", now() FROM "School" s;
      INSERT INTO "User" ("id", "username", "displayName", "role", "regencyCode", "updatedAt")
        SELECT 'dinas-' || r."code", 'dinas.' || r."code", 'Dinas', 'DINAS', r."code", now() FROM "Regency" r;`);

    const third = Math.floor(count / 3);
    const started = Date.now();
    // kind 0: school ticket at the district for 4 days (escalation due);
    // kind 1: district question at the helpdesk for 4 days, unanswered (answer target breached);
    // kind 2: district question answered by the helpdesk 8 days ago, then silence (expires ASKER_SILENT);
    // kind 3: opened an hour ago (nothing due), 20% on top.
    const noise = Math.floor(count / 5);
    await db.sql.query(
      `INSERT INTO "Ticket" ("id", "number", "subject", "categoryId", "askerType", "askerId", "schoolId", "regencyCode",
         "state", "tier", "openedAt", "tierSince", "lastMessageAt", "lastMessageBy", "firstResponseAt", "helpdeskFirstResponseAt", "updatedAt")
       SELECT 'bench-' || md5(i::text), 'HD-BENCH-' || lpad(i::text, 7, '0'), 'Pertanyaan ' || i, 'cat',
         (CASE WHEN k IN (0, 3) THEN 'SEKOLAH' ELSE 'DINAS' END)::"AskerType",
         CASE WHEN k IN (0, 3) THEN 'op-school-' || (i % 5000) ELSE 'dinas-' || sc."regencyCode" END,
         CASE WHEN k IN (0, 3) THEN 'school-' || (i % 5000) END, sc."regencyCode",
         (CASE WHEN k = 2 THEN 'ANSWERED' ELSE 'OPEN' END)::"TicketState",
         (CASE WHEN k IN (0, 3) THEN 'DINAS' ELSE 'HELPDESK' END)::"Tier",
         opened, opened, CASE WHEN k = 2 THEN answered ELSE opened END,
         (CASE WHEN k = 2 THEN 'HANDLER' ELSE 'ASKER' END)::"MessageAuthorSide",
         CASE WHEN k = 2 THEN answered END, CASE WHEN k = 2 THEN answered END, now()
       FROM (
         SELECT i, k,
           CASE k WHEN 0 THEN $1::timestamp WHEN 1 THEN $1::timestamp WHEN 2 THEN $2::timestamp ELSE $3::timestamp END
             - random() * INTERVAL '12 hours' AS opened,
           $4::timestamp - random() * INTERVAL '12 hours' AS answered
         FROM (SELECT i, CASE WHEN i > $5::int THEN 3 ELSE LEAST((i - 1) / $6::int, 2) END AS k FROM generate_series(1, $5::int + $7::int) AS i) AS s
       ) AS t
       JOIN "School" sc ON sc."id" = 'school-' || (t.i % 5000)`,
      [ago(4 * day), ago(8 * day + 3_600_000), ago(3_600_000), ago(8 * day), count, third, noise],
    );
    await db.sql.exec(`ANALYZE "Ticket"`);
    const inserted = Date.now() - started;
    log(
      `${count.toLocaleString("en")} tiket jatuh tempo + ${noise.toLocaleString("en")} belum jatuh tempo disisipkan dalam ${seconds(inserted)}`,
    );

    // How PostgreSQL finds the candidates (the first page).
    if (explain) {
      const plan = await db.prisma.$queryRaw<{ "QUERY PLAN": string }[]>(
        Prisma.sql`EXPLAIN ${candidateQuery({ now, limit: batchSize ?? 1_000, after: null })}`,
      );
      log(`rencana kandidat:\n  ${plan.map((row) => row["QUERY PLAN"]).join("\n  ")}`);
    }

    // The tickets above were written directly: their stored next deadline is filled here, as every write
    // of the app fills it (deadline-column.ts) — not part of sweeping them.
    await refreshDeadlines(db.prisma, DEFAULT_DURATIONS);
    const sweepStarted = Date.now();
    const result = await sweepDueClocks({
      prisma: db.prisma,
      durations: DEFAULT_DURATIONS,
      now,
      batchSize,
      concurrency,
      chunkSize,
    });
    const swept = Date.now() - sweepStarted;
    const changed = result.escalated + result.breached + result.expired;
    if (changed !== count) throw new Error(`sapuan mengubah ${changed} tiket, bukan ${count}`);
    log(
      `sapu pertama (batch ${batchSize ?? "bawaan"}, potongan ${chunkSize ?? "bawaan"}, paralel ${concurrency ?? "bawaan"}): ${seconds(swept)}, ${Math.round(changed / (swept / 1000))} tiket/dtk`,
    );
    log(JSON.stringify(result));

    const againStarted = Date.now();
    const again = await sweepDueClocks({
      prisma: db.prisma,
      durations: DEFAULT_DURATIONS,
      now,
      batchSize,
      concurrency,
      chunkSize,
    });
    log(`sapu kedua (tidak ada yang jatuh tempo): ${Date.now() - againStarted} ms ${JSON.stringify(again)}`);
    const events = Number((await db.sql.query<{ n: string }>(`SELECT count(*) AS n FROM "TicketEvent"`))[0]?.n ?? 0);
    log(`peristiwa riwayat tertulis: ${events}`);
    return {
      count,
      sweepMs: swept,
      perSecond: changed / (swept / 1000),
      result,
      secondSweepMs: Date.now() - againStarted,
      events,
    };
  } finally {
    await db.close();
    await adminQuery(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  }
}
