// Benchmark data for the SLA reports (not a test): a fresh PostgreSQL database on DATABASE_URL's server
// with the demo master data (regions, categories, schools, users from prisma/seed) and 1,000,000
// tickets over the last 365 days, generated inside PostgreSQL (generate_series; no row goes through
// Node). Each ticket follows one of the real flows with random delays, cut at "now" like a punctual
// sweep would have left it. Tickets only: no messages or history events (the reports do not read them).
//
//   DATABASE_URL=postgresql://postgres@127.0.0.1:5432/test npx tsx scripts/generate-report-data.ts [name] [tickets]
import pg from "pg";
import { openDatabase } from "@/lib/server/database";
import { getEnv } from "@/lib/server/env";
import { getClockDurations } from "@/lib/server/settings";
import { applyMigrations } from "@/lib/server/migrate";
import { seedCategories } from "@/prisma/seed/categories";
import { createRandom } from "@/prisma/seed/random";
import { seedRegions } from "@/prisma/seed/regions";
import { seedSchools } from "@/prisma/seed/schools";
import { seedUsers } from "@/prisma/seed/users";

const name = process.argv[2] ?? "hd_report_bench";
const ticketCount = Number(process.argv[3] ?? 1_000_000);
const serverUrl = getEnv().DATABASE_URL;
if (!serverUrl) throw new Error("DATABASE_URL (postgresql://…) wajib: data benchmark dibuat di server PostgreSQL.");
if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`nama basis data tidak sah: ${name}`);

const admin = new pg.Client({ connectionString: serverUrl });
await admin.connect();
await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
await admin.query(`CREATE DATABASE "${name}"`);
await admin.end();
const url = new URL(serverUrl);
url.pathname = `/${name}`;
const db = openDatabase({ kind: "postgres", url: url.toString() });
const started = performance.now();
const step = async (label: string, work: () => Promise<unknown>) => {
  const t0 = performance.now();
  await work();
  console.log(`${label.padEnd(44)} ${((performance.now() - t0) / 1000).toFixed(1)} s`);
};

await step("migrasi", () => applyMigrations(db.sql));
await step("wilayah, kategori, sekolah, akun demo", async () => {
  const random = createRandom(20260717);
  await seedRegions(db.prisma);
  await seedCategories(db.prisma);
  await seedSchools(db.prisma, random);
  await seedUsers(db.prisma);
});
// Every kab/kota gets schools and a district account, so tickets come from all 514 of them.
await step("sekolah dan akun tambahan di setiap kab/kota", () =>
  db.sql.exec(`
    INSERT INTO "School" (id, npsn, name, form, status, "regencyCode", "updatedAt")
    SELECT 'bs' || r.code || '-' || i, 'B' || replace(r.code, '.', '') || lpad(i::text, 3, '0'),
      'TK Bench ' || i || ' ' || r.name, 'TK', 'SWASTA', r.code, now()
    FROM "Regency" r CROSS JOIN generate_series(1, 20) i;
    INSERT INTO "User" (id, username, "displayName", role, "schoolId", "updatedAt")
    SELECT 'bu' || s.id, 'bench.' || lower(s.npsn), 'Operator ' || s.name, 'SEKOLAH', s.id, now()
    FROM "School" s WHERE NOT EXISTS (SELECT 1 FROM "User" u WHERE u."schoolId" = s.id);
    INSERT INTO "User" (id, username, "displayName", role, "regencyCode", "updatedAt")
    SELECT 'bd' || r.code, 'bench.dinas.' || r.code, 'Dinas ' || r.name, 'DINAS', r.code, now()
    FROM "Regency" r WHERE NOT EXISTS (SELECT 1 FROM "User" u WHERE u.role = 'DINAS' AND u."regencyCode" = r.code);
  `),
);

const { escalationMs, helpdeskAnswerMs, expiryMs } = getClockDurations();
const ms = (value: number) => `(${value}::float8 * interval '1 millisecond')`;
await step(`rencana ${ticketCount.toLocaleString("id-ID")} tiket`, () =>
  db.sql.exec(`
    SELECT setseed(0.42);
    ANALYZE;
    CREATE UNLOGGED TABLE bench_school AS
      SELECT row_number() OVER (ORDER BY s."regencyCode", s.id) AS n, s.id, s."regencyCode", u.id AS operator, d.id AS dinas
      FROM "School" s
      JOIN (SELECT DISTINCT ON ("schoolId") "schoolId", id FROM "User" WHERE "schoolId" IS NOT NULL ORDER BY "schoolId", id) u
        ON u."schoolId" = s.id
      JOIN (SELECT DISTINCT ON ("regencyCode") "regencyCode", id FROM "User" WHERE role = 'DINAS' ORDER BY "regencyCode", id) d
        ON d."regencyCode" = s."regencyCode";
    ANALYZE bench_school;
    CREATE UNLOGGED TABLE bench_category AS SELECT row_number() OVER (ORDER BY "sortOrder") AS n, id FROM "Category";
    -- One row per ticket: who asked, where, and the planned timeline (hours after opening; NULL = never).
    CREATE UNLOGGED TABLE bench_plan AS
    SELECT g,
      (now() AT TIME ZONE 'UTC') - (random() * 365 * interval '1 day') AS opened,
      -- Busy kab/kota ask more: squaring the draw skews it towards the first schools (by region code).
      1 + floor(power(random(), 1.6) * (SELECT count(*) FROM bench_school))::int AS school_n,
      1 + floor(power(random(), 1.4) * (SELECT count(*) FROM bench_category))::int AS category_n,
      CASE WHEN random() < 0.15 THEN 'DINAS' ELSE 'SEKOLAH' END AS asker,
      CASE WHEN random() < 0.03 THEN 'WALK_IN' ELSE 'WEB' END AS channel,
      random() AS scenario,
      -- Delays in hours, exponential (many fast, a long tail).
      -ln(1 - random()) * 14 AS d_answer,
      -ln(1 - random()) * 20 AS d_forward,
      -ln(1 - random()) * 26 AS d_helpdesk,
      -ln(1 - random()) * 10 AS d_close
    FROM generate_series(1, ${ticketCount}) g;
  `),
);

await step("alur tiap tiket (jadwal lengkap)", () =>
  db.sql.exec(`
    CREATE UNLOGGED TABLE bench_flow AS
    SELECT p.*, s.id AS school_id, s."regencyCode" AS regency, s.operator, s.dinas, c.id AS category_id,
      esc_h, hd_target_h, expiry_h,
      -- Where the ticket starts, and the scenario's planned events (hours after opening).
      CASE WHEN p.asker = 'SEKOLAH' AND p.channel = 'WEB' THEN 'DINAS' ELSE 'HELPDESK' END AS first_tier,
      CASE
        WHEN p.channel = 'WALK_IN' AND p.scenario < 0.7 THEN 'COUNTER'
        WHEN p.asker = 'SEKOLAH' AND p.channel = 'WEB' THEN
          CASE WHEN p.scenario < 0.38 THEN 'DINAS_CLOSE'          -- district answers, school closes in time
               WHEN p.scenario < 0.52 THEN 'DINAS_ESC_HD'         -- answered, not closed: escalated anyway
               WHEN p.scenario < 0.64 THEN 'SILENT_ESC_HD'        -- district silent: escalated, helpdesk answers
               WHEN p.scenario < 0.68 THEN 'SILENT_ESC_NONE'      -- nobody answers: NO_RESPONSE at the helpdesk
               WHEN p.scenario < 0.78 THEN 'FORWARD_HD'           -- forwarded without an answer
               WHEN p.scenario < 0.93 THEN 'DINAS_SILENT_ASKER'   -- answered, school never replies
               WHEN p.scenario < 0.95 THEN 'DINAS_NO_RESPONSE'    -- sweep was down: expired at the district
               ELSE 'DINAS_SELF_CLOSE' END                        -- school closes before any answer
        ELSE
          CASE WHEN p.scenario < 0.6 THEN 'HD_CLOSE' WHEN p.scenario < 0.8 THEN 'HD_SILENT_ASKER'
               WHEN p.scenario < 0.9 THEN 'HD_LATE' ELSE 'HD_NONE' END
      END AS kind
    FROM bench_plan p
    JOIN bench_school s ON s.n = p.school_n
    JOIN bench_category c ON c.n = p.category_n
    CROSS JOIN (SELECT ${escalationMs / 3_600_000}::float8 AS esc_h, ${helpdeskAnswerMs / 3_600_000}::float8 AS hd_target_h,
      ${expiryMs / 3_600_000}::float8 AS expiry_h) d;
  `),
);

await step("tiket (dipotong pada saat ini)", () =>
  db.sql.exec(`
    CREATE UNLOGGED TABLE bench_ticket AS
    WITH planned AS (
      SELECT f.*,
        -- District's first answer (before the escalation deadline).
        CASE WHEN kind IN ('DINAS_CLOSE', 'DINAS_ESC_HD', 'DINAS_SILENT_ASKER', 'DINAS_NO_RESPONSE')
             THEN least(d_answer, esc_h * 0.95) END AS h_dinas,
        CASE WHEN kind = 'FORWARD_HD' THEN least(d_forward, esc_h * 0.9)
             WHEN kind IN ('DINAS_ESC_HD', 'SILENT_ESC_HD', 'SILENT_ESC_NONE', 'DINAS_SILENT_ASKER') THEN esc_h END AS h_handoff
      FROM bench_flow f
    ), timeline AS (
      SELECT p.*,
        CASE WHEN kind = 'COUNTER' THEN 0
             WHEN kind IN ('DINAS_ESC_HD', 'SILENT_ESC_HD', 'FORWARD_HD') THEN h_handoff + d_helpdesk
             WHEN kind IN ('HD_CLOSE', 'HD_SILENT_ASKER') THEN d_helpdesk
             WHEN kind = 'HD_LATE' THEN hd_target_h + d_helpdesk END AS h_helpdesk
      FROM planned p
    ), ending AS (
      SELECT tl.*,
        greatest(0, h_dinas, h_helpdesk) AS h_last_handler,
        CASE
          WHEN kind = 'COUNTER' THEN 0
          WHEN kind = 'DINAS_CLOSE' THEN least(h_dinas + d_close, esc_h * 0.99)
          WHEN kind = 'DINAS_SELF_CLOSE' THEN least(d_close, esc_h * 0.99)
          WHEN kind IN ('DINAS_ESC_HD', 'SILENT_ESC_HD', 'FORWARD_HD', 'HD_CLOSE', 'HD_LATE') AND mod((scenario * 1e6)::bigint, 10) < 7
            THEN h_helpdesk + d_close
        END AS h_closed
      FROM timeline tl
    )
    SELECT e.*,
      CASE WHEN h_closed IS NOT NULL THEN NULL
           WHEN kind IN ('SILENT_ESC_NONE', 'HD_NONE', 'DINAS_NO_RESPONSE') THEN
             CASE WHEN kind = 'DINAS_NO_RESPONSE' THEN h_dinas + 2 + expiry_h ELSE expiry_h END
           ELSE h_last_handler + expiry_h END AS h_expired,
      CASE WHEN kind = 'DINAS_NO_RESPONSE' THEN h_dinas + 2 END AS h_asker_reply
    FROM ending e;
  `),
);

const at = (hours: string) => `(b.opened + ${hours} * interval '1 hour')`;
const happened = (hours: string) => `CASE WHEN ${hours} IS NOT NULL AND ${at(hours)} <= (now() AT TIME ZONE 'UTC') THEN ${at(hours)} END`;
await step("INSERT INTO \"Ticket\"", () =>
  db.sql.exec(`
    INSERT INTO "Ticket" (id, number, subject, "categoryId", "askerType", "askerId", "schoolId", "regencyCode", channel,
      state, tier, "openedAt", "tierSince", handoff, "handoffAt", "firstResponseAt", "dinasFirstResponseAt",
      "helpdeskFirstResponseAt", "lastMessageAt", "lastMessageBy", "helpdeskBreachedAt", "endedAt", "endReason", "updatedAt")
    SELECT 'bt' || lpad(g::text, 8, '0'), 'HD-B-' || lpad(g::text, 8, '0'),
      'Pertanyaan benchmark ' || g, category_id, asker::"AskerType",
      CASE WHEN asker = 'SEKOLAH' THEN operator ELSE dinas END,
      CASE WHEN asker = 'SEKOLAH' THEN school_id END, regency, channel::"Channel",
      (CASE WHEN ended_at IS NOT NULL THEN (CASE WHEN end_reason IN ('NO_RESPONSE', 'ASKER_SILENT') THEN 'EXPIRED' ELSE 'CLOSED' END)
            WHEN last_by = 'HANDLER' THEN 'ANSWERED' ELSE 'OPEN' END)::"TicketState",
      (CASE WHEN handoff_at IS NOT NULL THEN 'HELPDESK' ELSE first_tier END)::"Tier",
      opened, COALESCE(handoff_at, opened), (CASE WHEN handoff_at IS NOT NULL THEN handoff_kind END)::"HandoffKind", handoff_at,
      COALESCE(dinas_at, helpdesk_at), dinas_at, helpdesk_at, last_at, last_by::"MessageAuthorSide",
      CASE WHEN (CASE WHEN handoff_at IS NOT NULL THEN 'HELPDESK' ELSE first_tier END) = 'HELPDESK'
             AND (helpdesk_at IS NULL OR helpdesk_at > hd_due) AND hd_due <= (now() AT TIME ZONE 'UTC')
             AND (ended_at IS NULL OR ended_at >= hd_due) THEN hd_due END,
      ended_at, end_reason::"EndReason", now()
    FROM (
      SELECT b.*, x.*,
        COALESCE(x.handoff_at, b.opened) + ${ms(helpdeskAnswerMs)} AS hd_due,
        CASE WHEN greatest(x.dinas_at, x.helpdesk_at) >= COALESCE(x.asker_at, b.opened) THEN 'HANDLER' ELSE 'ASKER' END AS last_by,
        greatest(b.opened, x.dinas_at, x.helpdesk_at, x.asker_at) AS last_at,
        COALESCE(x.closed_at, x.expired_at) AS ended_at,
        CASE WHEN x.closed_at IS NOT NULL THEN (CASE WHEN b.kind = 'COUNTER' THEN 'RESOLVED_AT_COUNTER' ELSE 'CLOSED_BY_ASKER' END)
             WHEN x.expired_at IS NOT NULL THEN
               (CASE WHEN greatest(x.dinas_at, x.helpdesk_at) >= COALESCE(x.asker_at, b.opened) THEN 'ASKER_SILENT' ELSE 'NO_RESPONSE' END)
        END AS end_reason
      FROM bench_ticket b, LATERAL (SELECT
        ${happened("b.h_dinas")} AS dinas_at,
        ${happened("b.h_handoff")} AS handoff_at,
        CASE WHEN b.kind = 'FORWARD_HD' THEN 'FORWARD' ELSE 'ESCALATION' END AS handoff_kind,
        ${happened("b.h_helpdesk")} AS helpdesk_at,
        ${happened("b.h_asker_reply")} AS asker_at,
        ${happened("b.h_closed")} AS closed_at,
        ${happened("b.h_expired")} AS expired_at) x
    ) t
    -- In chronological order, as a live helpdesk writes them: the heap is then ordered by openedAt and a
    -- period's tickets sit together on disk (random order would make every report read the whole table).
    ORDER BY opened;
    DROP TABLE bench_school, bench_category, bench_plan, bench_flow, bench_ticket;
  `),
);
await step("VACUUM ANALYZE", () => db.sql.exec(`VACUUM ANALYZE`));
const [summary] = await db.sql.query<{ tickets: number; open: number; size: string }>(
  `SELECT count(*)::int AS tickets, (count(*) FILTER (WHERE state IN ('OPEN', 'ANSWERED')))::int AS open,
     pg_size_pretty(pg_total_relation_size('"Ticket"')) AS size FROM "Ticket"`,
);
console.log(`\n${url.toString().replace(/:[^:@/]*@/, ":***@")}: ${summary?.tickets} tiket (${summary?.open} masih berjalan), tabel ${summary?.size}, ${((performance.now() - started) / 1000).toFixed(0)} s`);
await db.close();
