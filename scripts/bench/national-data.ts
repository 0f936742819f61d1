// The national-scale data set for the benchmarks (not a test): a new PostgreSQL database with the demo
// master data and accounts (prisma/seed: the demo usernames and password work), then, generated inside
// PostgreSQL (generate_series; no row goes through Node):
// - about 250,000 schools over all 514 kab/kota (more on Java), each with its operator account;
// - one or two district accounts in every kab/kota, a helpdesk team of 30;
// - 1,000,000 tickets over the last 365 days, each following one of the real flows with random delays,
//   cut at "now" as a punctual sweep would have left it, with their messages (the question, the answers,
//   follow-ups, forward and internal notes; real subjects and texts), their history events, the helpdesk
//   assignee, and read markers (most tickets seen by the people who work them, some not yet).
// The flows are those of lib/domain with the installation's clock durations; the figures the reports
// compute from this data are the ones a live helpdesk of this size would show.
import { adminQuery, createDatabase, openDatabase } from "@/lib/server/database";
import { getClockDurations } from "@/lib/server/settings";
import { applyMigrations } from "@/lib/server/database";
import { refreshDeadlines } from "@/lib/server/tickets/deadline-column";
import { seedCategories } from "@/prisma/seed/categories";
import { createRandom } from "@/prisma/seed/random";
import { seedRegions } from "@/prisma/seed/regions";
import { DEMO_REGENCIES, seedSchools } from "@/prisma/seed/schools";
import { DINAS_SUBJECTS, SCHOOL_SUBJECTS } from "@/prisma/seed/subjects";
import { seedUsers } from "@/prisma/seed/users";

export interface NationalDataOptions {
  /** Tickets to generate (default 1,000,000). */
  tickets?: number;
  /** Schools in all (the demo schools included; default 250,000). */
  schools?: number;
  /** Progress lines (default: console.log). */
  log?: (line: string) => void;
}

export interface NationalDataSummary {
  schools: number;
  users: number;
  tickets: number;
  runningTickets: number;
  messages: number;
  events: number;
  reads: number;
  sizePretty: string;
  seconds: number;
}

const literal = (text: string) => `'${text.replace(/'/g, "''")}'`;

/** Creates (or re-creates) database `name` on the server of `serverUrl` and fills it. */
export async function generateNationalData(
  serverUrl: string,
  name: string,
  options: NationalDataOptions = {},
): Promise<NationalDataSummary> {
  const ticketCount = options.tickets ?? 1_000_000;
  const schoolCount = options.schools ?? 250_000;
  const log = options.log ?? ((line: string) => console.log(line));
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`nama basis data tidak sah: ${name}`);

  await adminQuery(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  const db = openDatabase({ kind: "postgres", url: await createDatabase(serverUrl, name) });
  const started = performance.now();
  const step = async (label: string, work: () => Promise<unknown>) => {
    const t0 = performance.now();
    await work();
    log(`${label.padEnd(48)} ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  };
  // One connection for the whole script: the session settings below hold for every statement.
  try {
    await step("migrasi", () => applyMigrations(db.sql));
    await step("wilayah, kategori, sekolah dan akun demo", async () => {
      const random = createRandom(20260717);
      await seedRegions(db.prisma);
      await seedCategories(db.prisma);
      await seedSchools(db.prisma, random);
      await seedUsers(db.prisma);
    });
    await db.sql.withConnection(async (sql) => {
      // Bulk generation: the rows are consistent by construction, so the foreign-key triggers are skipped
      // (a superuser setting for this session only) — it halves the time of the large inserts.
      await sql.exec(
        `SET session_replication_role = replica; SET work_mem = '256MB'; SET maintenance_work_mem = '1GB'; SELECT setseed(0.42);`,
      );
      await generate(sql, { ticketCount, schoolCount, step });
    });
    await step("tenggat berikutnya tiket berjalan", () => refreshDeadlines(db.prisma, getClockDurations()));
    await step("VACUUM ANALYZE", () => db.sql.exec(`VACUUM ANALYZE`));
    const [summary] = await db.sql.query<Omit<NationalDataSummary, "seconds">>(`
      SELECT (SELECT count(*)::int FROM "School") AS schools, (SELECT count(*)::int FROM "User") AS users,
        (SELECT count(*)::int FROM "Ticket") AS tickets,
        (SELECT count(*)::int FROM "Ticket" WHERE state IN ('OPEN', 'ANSWERED')) AS "runningTickets",
        (SELECT count(*)::int FROM "Message") AS messages, (SELECT count(*)::int FROM "TicketEvent") AS events,
        (SELECT count(*)::int FROM "TicketRead") AS reads, pg_size_pretty(pg_database_size(current_database())) AS "sizePretty"`);
    if (!summary) throw new Error("ringkasan data tidak terbaca");
    return { ...summary, seconds: Math.round((performance.now() - started) / 1000) };
  } finally {
    await db.close();
  }
}

interface GenerateContext {
  ticketCount: number;
  schoolCount: number;
  step: (label: string, work: () => Promise<unknown>) => Promise<void>;
}

type Sql = { exec(script: string): Promise<void> };

async function generate(sql: Sql, { ticketCount, schoolCount, step }: GenerateContext) {
  const demoCodes = DEMO_REGENCIES.map((r) => literal(r.code)).join(", ");
  await step(`sekolah sampai ${schoolCount.toLocaleString("id-ID")}, akun operatornya`, () =>
    sql.exec(`
      -- Java's kab/kota hold most units; every kab/kota gets at least a few. The demo ones are busy.
      CREATE UNLOGGED TABLE bench_regency AS
        SELECT code, name, (CASE WHEN "provinceCode" IN ('31', '32', '33', '34', '35', '36') THEN 2.4 ELSE 1 END)
          * (0.4 + random() * 1.2) * (CASE WHEN code IN (${demoCodes}) THEN 1.6 ELSE 1 END) AS weight
        FROM "Regency";
      CREATE UNLOGGED TABLE bench_new_school AS
        WITH wanted AS (
          SELECT r.code, r.name, greatest(5, round(r.weight / sum(r.weight) OVER ()
            * greatest(0, ${schoolCount} - (SELECT count(*) FROM "School"))))::int AS n
          FROM bench_regency r
        )
        SELECT row_number() OVER (ORDER BY w.code, i) AS k, w.code, w.name AS regency_name, random() AS f, random() AS p,
          (1 + floor(random() * 40))::int AS nr
        FROM wanted w CROSS JOIN LATERAL generate_series(1, w.n) i;
      INSERT INTO "School" (id, npsn, name, form, "dapodikBentukId", status, "regencyCode", address, "updatedAt")
      SELECT 'bs' || k, npsn, name, form::"SchoolForm",
        CASE form WHEN 'TK' THEN 1 WHEN 'KB' THEN 2 WHEN 'TPA' THEN 3 WHEN 'SPS' THEN 4 END,
        (CASE WHEN form = 'SKB' OR name LIKE '%Negeri%' THEN 'NEGERI' ELSE 'SWASTA' END)::"SchoolStatus", code,
        'Jl. ' || (ARRAY['Merdeka', 'Pemuda', 'Diponegoro', 'Sudirman', 'Kartini', 'Pahlawan', 'Veteran'])[1 + (k % 7)]
          || ' No. ' || (1 + k % 199), now()
      FROM (
        SELECT s.*,
          CASE WHEN f < 0.40 THEN 'TK' WHEN f < 0.76 THEN 'KB' WHEN f < 0.86 THEN 'SPS' WHEN f < 0.88 THEN 'TPA'
               WHEN f < 0.95 THEN 'PKBM' WHEN f < 0.995 THEN 'LKP' ELSE 'SKB' END AS form
        FROM bench_new_school s
      ) s, LATERAL (SELECT
        CASE WHEN s.form IN ('PKBM', 'SKB') THEN 'P' || lpad((7000000 + s.k)::text, 7, '0')
             WHEN s.form = 'LKP' THEN 'K' || lpad((7000000 + s.k)::text, 7, '0')
             ELSE lpad((70000000 + s.k)::text, 8, '0') END AS npsn,
        CASE s.form
          WHEN 'TK' THEN (ARRAY['TK Negeri ', 'TK Aisyiyah Bustanul Athfal ', 'TK Pertiwi ', 'TK Bhayangkari ', 'TK Kartika ', 'TK Islam Terpadu Al-Fikri ', 'TK Kristen Kasih ', 'TK Dharma Wanita '])[1 + floor(s.p * 8)::int] || s.nr
          WHEN 'KB' THEN 'KB ' || (ARRAY['Al-Hidayah', 'Tunas Bangsa', 'Mekar Sari', 'Al-Munawwarah', 'Wardah', 'Nurjanah', 'Ceria', 'Bintang Kecil', 'Permata Bunda', 'Harapan Ibu', 'Insan Mulia', 'Al-Ikhlas'])[1 + floor(s.p * 12)::int]
          WHEN 'SPS' THEN 'SPS Pos PAUD ' || (ARRAY['Melati', 'Dahlia', 'Teratai', 'Pelangi', 'Mekar', 'Mawar', 'Anggrek', 'Kenanga', 'Cempaka', 'Flamboyan'])[1 + floor(s.p * 10)::int]
          WHEN 'TPA' THEN 'TPA ' || (ARRAY['Permata Hati', 'Kasih Ibu', 'Tunas Harapan', 'Bunda Ceria', 'Buah Hati'])[1 + floor(s.p * 5)::int]
          WHEN 'PKBM' THEN 'PKBM ' || (ARRAY['Bina Harapan', 'Budi Luhur', 'Maju Bersama', 'Citra Mandiri', 'Madani', 'Harapan Bangsa', 'Cahaya Ilmu', 'Mitra Ilmu'])[1 + floor(s.p * 8)::int]
          WHEN 'LKP' THEN 'LKP ' || (ARRAY['Pradata', 'Mutiara', 'Cendekia', 'Kartini', 'Prima', 'Bina Karya', 'Gemilang'])[1 + floor(s.p * 7)::int]
            || ' ' || (ARRAY['Komputer', 'Tata Busana', 'Tata Rias', 'Bahasa Inggris', 'Otomotif', 'Menjahit'])[1 + (s.k % 6)::int]
          ELSE 'SPNF SKB'
        END || ' ' || (ARRAY['Sukamaju', 'Mekarsari', 'Sukamulya', 'Karanganyar', 'Sidomulyo', 'Tegalrejo', 'Margasari', 'Sumberejo', 'Purwosari', 'Kedungsari', 'Jatisari', 'Tanjungsari', 'Sindangsari', 'Banjarsari'])[1 + (s.k % 14)::int]
          || ' ' || regexp_replace(s.regency_name, '^(Kabupaten|Kota( Administrasi)?) ', '') AS name) x;
      -- Every account shares the demo password (DEMO ONLY), so a benchmark can sign in as any of them.
      CREATE UNLOGGED TABLE bench_hash AS SELECT "passwordHash" AS hash FROM "User" WHERE username = 'admin';
      INSERT INTO "User" (id, username, "displayName", role, "schoolId", "passwordHash", "updatedAt")
      SELECT 'bu' || s.id, 'op.' || lower(s.npsn), 'Operator ' || s.name, 'SEKOLAH', s.id, (SELECT hash FROM bench_hash), now()
      FROM "School" s WHERE NOT EXISTS (SELECT 1 FROM "User" u WHERE u."schoolId" = s.id);
      -- One or two district operators in every kab/kota; a central team of 30.
      INSERT INTO "User" (id, username, "displayName", role, "regencyCode", "passwordHash", "updatedAt")
      SELECT 'bd' || r.code || '-' || i, 'dinas.' || r.code || '.' || i, 'Operator Dinas ' || r.name, 'DINAS', r.code,
        (SELECT hash FROM bench_hash), now()
      FROM "Regency" r CROSS JOIN generate_series(1, 2) i
      WHERE NOT EXISTS (SELECT 1 FROM "User" u WHERE u.role = 'DINAS' AND u."regencyCode" = r.code) AND (i = 1 OR r.code > '50');
      INSERT INTO "User" (id, username, "displayName", role, "passwordHash", "updatedAt")
      SELECT 'bh' || i, 'helpdesk' || i, 'Petugas Helpdesk ' || i, 'HELPDESK', (SELECT hash FROM bench_hash), now()
      FROM generate_series(4, 30) i;
      DROP TABLE bench_new_school, bench_hash;
    `),
  );

  const { escalationMs, helpdeskAnswerMs, expiryMs } = getClockDurations();
  const subjects = [
    ...SCHOOL_SUBJECTS.map((s) => ({ ...s, asker: "SEKOLAH" })),
    ...DINAS_SUBJECTS.map((s) => ({ ...s, asker: "DINAS" })),
  ];
  const subjectRows = subjects
    .map(
      (s) =>
        `(${literal(s.asker)}, ${literal(s.category)}, ${literal(s.subject)}, ${literal(s.question)}, ${literal(s.answer)})`,
    )
    .join(",\n        ");
  await step(`rencana ${ticketCount.toLocaleString("id-ID")} tiket`, () =>
    sql.exec(`
      ANALYZE;
      CREATE UNLOGGED TABLE bench_school AS
        SELECT row_number() OVER (ORDER BY s.id) AS n, s.id, s."regencyCode", u.id AS operator, d.id AS dinas
        FROM "School" s
        JOIN (SELECT DISTINCT ON ("schoolId") "schoolId", id FROM "User" WHERE "schoolId" IS NOT NULL ORDER BY "schoolId", username) u
          ON u."schoolId" = s.id
        JOIN (SELECT DISTINCT ON ("regencyCode") "regencyCode", id FROM "User" WHERE role = 'DINAS' ORDER BY "regencyCode", username) d
          ON d."regencyCode" = s."regencyCode";
      CREATE INDEX ON bench_school (n);
      CREATE UNLOGGED TABLE bench_helpdesk AS
        SELECT row_number() OVER (ORDER BY username) AS n, id FROM "User" WHERE role = 'HELPDESK';
      CREATE UNLOGGED TABLE bench_subject (asker text, category text, subject text, question text, answer text);
      INSERT INTO bench_subject VALUES
        ${subjectRows};
      CREATE UNLOGGED TABLE bench_subject_n AS
        SELECT row_number() OVER (ORDER BY s.asker, c."sortOrder", s.subject) AS n, s.asker, c.id AS category_id, s.subject, s.question, s.answer
        FROM bench_subject s JOIN "Category" c ON c.code = s.category;
      -- One row per ticket: who asked, where, about what, and the planned delays (hours; exponential:
      -- many fast, a long tail).
      CREATE UNLOGGED TABLE bench_plan AS
      SELECT g, (now() AT TIME ZONE 'UTC') - (random() * 365 * interval '1 day') AS opened,
        1 + floor(random() * (SELECT count(*) FROM bench_school))::int AS school_n,
        1 + floor(random() * (SELECT count(*) FROM bench_helpdesk))::int AS helpdesk_n,
        CASE WHEN random() < 0.15 THEN 'DINAS' ELSE 'SEKOLAH' END AS asker,
        CASE WHEN random() < 0.03 THEN 'WALK_IN' ELSE 'WEB' END AS channel,
        random() AS scenario, random() AS subject_draw, random() AS extra_draw, random() AS assign_draw, random() AS note_draw,
        -ln(1 - random()) * 14 AS d_answer,
        -ln(1 - random()) * 20 AS d_forward,
        -ln(1 - random()) * 26 AS d_helpdesk,
        -ln(1 - random()) * 10 AS d_close
      FROM generate_series(1, ${ticketCount}) g;
    `),
  );

  await step("alur tiap tiket (jadwal lengkap)", () =>
    sql.exec(`
      CREATE UNLOGGED TABLE bench_flow AS
      SELECT p.*, s.id AS school_id, s."regencyCode" AS regency, s.operator, s.dinas, h.id AS helpdesk,
        esc_h, hd_target_h, expiry_h,
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
                 WHEN p.scenario < 0.95 THEN 'ASKER_REPLY_NONE'     -- answered, the school asks again: nobody answers
                 ELSE 'DINAS_SELF_CLOSE' END                        -- school closes before any answer
          ELSE
            CASE WHEN p.scenario < 0.6 THEN 'HD_CLOSE' WHEN p.scenario < 0.8 THEN 'HD_SILENT_ASKER'
                 WHEN p.scenario < 0.9 THEN 'HD_LATE' ELSE 'HD_NONE' END
        END AS kind,
        sub.category_id, sub.subject, sub.question, sub.answer
      FROM bench_plan p
      JOIN bench_school s ON s.n = p.school_n
      JOIN bench_helpdesk h ON h.n = p.helpdesk_n
      JOIN (SELECT asker, min(n) AS lo, count(*) AS cnt FROM bench_subject_n GROUP BY asker) sa ON sa.asker = p.asker
      JOIN bench_subject_n sub ON sub.n = sa.lo + floor(p.subject_draw * sa.cnt)::int
      CROSS JOIN (SELECT ${escalationMs / 3_600_000}::float8 AS esc_h, ${helpdeskAnswerMs / 3_600_000}::float8 AS hd_target_h,
        ${expiryMs / 3_600_000}::float8 AS expiry_h) d;
      DROP TABLE bench_plan;
    `),
  );

  await step("jadwal dipotong pada saat ini", () =>
    sql.exec(`
      CREATE UNLOGGED TABLE bench_timeline AS
      WITH planned AS (
        SELECT f.*,
          CASE WHEN kind IN ('DINAS_CLOSE', 'DINAS_ESC_HD', 'DINAS_SILENT_ASKER', 'ASKER_REPLY_NONE')
               THEN least(d_answer, esc_h * 0.95) END AS h_dinas,
          CASE WHEN kind = 'FORWARD_HD' THEN least(d_forward, esc_h * 0.9)
               WHEN kind IN ('DINAS_ESC_HD', 'SILENT_ESC_HD', 'SILENT_ESC_NONE', 'DINAS_SILENT_ASKER', 'ASKER_REPLY_NONE') THEN esc_h END AS h_handoff
        FROM bench_flow f
      ), timeline AS (
        SELECT p.*,
          CASE WHEN kind = 'COUNTER' THEN 0
               WHEN kind IN ('DINAS_ESC_HD', 'SILENT_ESC_HD', 'FORWARD_HD') THEN h_handoff + d_helpdesk
               WHEN kind IN ('HD_CLOSE', 'HD_SILENT_ASKER') THEN d_helpdesk
               WHEN kind = 'HD_LATE' THEN hd_target_h + d_helpdesk END AS h_helpdesk
        FROM planned p
      ), closing AS (
        SELECT tl.*, greatest(0, h_dinas, h_helpdesk) AS h_answer,
          CASE
            WHEN kind = 'COUNTER' THEN 0
            WHEN kind = 'DINAS_CLOSE' THEN least(h_dinas + d_close, esc_h * 0.99)
            WHEN kind = 'DINAS_SELF_CLOSE' THEN least(d_close, esc_h * 0.99)
            WHEN kind IN ('DINAS_ESC_HD', 'SILENT_ESC_HD', 'FORWARD_HD', 'HD_CLOSE', 'HD_LATE') AND mod((scenario * 1e6)::bigint, 10) < 7
              THEN h_helpdesk + d_close
          END AS h_closed
        FROM timeline tl
      ), exchange AS (
        -- Almost half of the answered tickets that get closed have one more exchange before the close:
        -- the asker asks again, the handler answers again.
        SELECT c.*,
          CASE WHEN h_closed IS NOT NULL AND kind <> 'COUNTER' AND h_answer > 0 AND extra_draw < 0.45
               THEN h_answer + (h_closed - h_answer) * 0.3 END AS h_extra_asker,
          CASE WHEN h_closed IS NOT NULL AND kind <> 'COUNTER' AND h_answer > 0 AND extra_draw < 0.45
               THEN h_answer + (h_closed - h_answer) * 0.6 END AS h_extra_handler
        FROM closing c
      )
      SELECT e.*,
        CASE WHEN h_closed IS NOT NULL THEN NULL
             WHEN kind IN ('SILENT_ESC_NONE', 'HD_NONE') THEN expiry_h
             WHEN kind = 'ASKER_REPLY_NONE' THEN least(h_dinas + 2, esc_h) + expiry_h
             ELSE h_answer + expiry_h END AS h_expired,
        CASE WHEN kind = 'ASKER_REPLY_NONE' THEN least(h_dinas + 2, esc_h) END AS h_asker_reply
      FROM exchange e;
      DROP TABLE bench_flow;
    `),
  );

  const at = (hours: string) => `(b.opened + ${hours} * interval '1 hour')`;
  const happened = (hours: string) =>
    `CASE WHEN ${hours} IS NOT NULL AND ${at(hours)} <= (now() AT TIME ZONE 'UTC') THEN ${at(hours)} END`;
  const ms = (value: number) => `(${value}::float8 * interval '1 millisecond')`;
  await step("rencana tiket dipotong pada saat ini", () =>
    sql.exec(`
      CREATE UNLOGGED TABLE bench_ticket AS
      SELECT t.*,
        CASE WHEN ended_at IS NOT NULL THEN (CASE WHEN end_reason IN ('NO_RESPONSE', 'ASKER_SILENT') THEN 'EXPIRED' ELSE 'CLOSED' END)
             WHEN last_by = 'HANDLER' THEN 'ANSWERED' ELSE 'OPEN' END AS state,
        CASE WHEN handoff_at IS NOT NULL THEN 'HELPDESK' ELSE first_tier END AS tier,
        -- Members take the tickets they answer; half of the rest are taken before any answer.
        CASE WHEN channel = 'WALK_IN' THEN helpdesk
             WHEN (handoff_at IS NOT NULL OR first_tier = 'HELPDESK') AND (helpdesk_at IS NOT NULL OR assign_draw < 0.5) THEN helpdesk
        END AS assignee
      FROM (
        SELECT b.*, x.*,
          'bt' || lpad(b.g::text, 8, '0') AS ticket_id,
          CASE WHEN b.channel = 'WALK_IN' THEN b.helpdesk WHEN b.asker = 'SEKOLAH' THEN b.operator ELSE b.dinas END AS asker_id,
          COALESCE(x.handoff_at, b.opened) + ${ms(helpdeskAnswerMs)} AS hd_due,
          CASE WHEN greatest(x.dinas_at, x.helpdesk_at, x.extra_handler_at) >= greatest(b.opened, x.asker_at, x.extra_asker_at)
               THEN 'HANDLER' ELSE 'ASKER' END AS last_by,
          greatest(b.opened, x.dinas_at, x.helpdesk_at, x.asker_at, x.extra_asker_at, x.extra_handler_at) AS last_at,
          COALESCE(x.closed_at, x.expired_at) AS ended_at,
          CASE WHEN x.closed_at IS NOT NULL THEN (CASE WHEN b.kind = 'COUNTER' THEN 'RESOLVED_AT_COUNTER' ELSE 'CLOSED_BY_ASKER' END)
               WHEN x.expired_at IS NOT NULL THEN
                 (CASE WHEN greatest(x.dinas_at, x.helpdesk_at) >= COALESCE(x.asker_at, b.opened) THEN 'ASKER_SILENT' ELSE 'NO_RESPONSE' END)
          END AS end_reason
        FROM bench_timeline b, LATERAL (SELECT
          ${happened("b.h_dinas")} AS dinas_at,
          ${happened("b.h_handoff")} AS handoff_at,
          CASE WHEN b.kind = 'FORWARD_HD' THEN 'FORWARD' ELSE 'ESCALATION' END AS handoff_kind,
          ${happened("b.h_helpdesk")} AS helpdesk_at,
          ${happened("b.h_asker_reply")} AS asker_at,
          ${happened("b.h_extra_asker")} AS extra_asker_at,
          ${happened("b.h_extra_handler")} AS extra_handler_at,
          ${happened("b.h_closed")} AS closed_at,
          ${happened("b.h_expired")} AS expired_at) x
      ) t;
      DROP TABLE bench_timeline;
    `),
  );

  await step("pesan (pertanyaan, jawaban, catatan)", () =>
    sql.exec(`
      INSERT INTO "Message" (id, "ticketId", "authorId", "authorSide", kind, body, "createdAt")
      SELECT ticket_id || '-' || k, ticket_id, author, side::"MessageAuthorSide", kind::"MessageKind", body, at
      FROM (
        SELECT ticket_id, 1 AS k, asker_id AS author, 'ASKER' AS side, 'PUBLIC' AS kind, opened AS at,
          question || ' Mohon petunjuknya, Bapak/Ibu. Terima kasih.' AS body FROM bench_ticket
        UNION ALL
        SELECT ticket_id, 2, dinas, 'HANDLER', 'PUBLIC', dinas_at,
          answer || ' Jika masih ada kendala, silakan balas tiket ini. Salam, Operator Dinas Pendidikan.' FROM bench_ticket WHERE dinas_at IS NOT NULL
        UNION ALL
        SELECT ticket_id, 3, dinas, 'HANDLER', 'FORWARD_NOTE', handoff_at,
          'Mohon bantuan Tim Helpdesk: kendala ini tidak dapat kami selesaikan di tingkat kabupaten/kota.' FROM bench_ticket
          WHERE handoff_at IS NOT NULL AND handoff_kind = 'FORWARD'
        UNION ALL
        SELECT ticket_id, 4, helpdesk, 'HANDLER', 'INTERNAL_NOTE', COALESCE(handoff_at, opened) + interval '10 minutes',
          'Catatan: sudah dicek di server pusat, menunggu konfirmasi tim data.' FROM bench_ticket
          WHERE tier = 'HELPDESK' AND note_draw < 0.2 AND kind <> 'COUNTER'
            AND COALESCE(handoff_at, opened) + interval '10 minutes' <= (now() AT TIME ZONE 'UTC')
        UNION ALL
        SELECT ticket_id, 5, helpdesk, 'HANDLER', 'PUBLIC', CASE WHEN kind = 'COUNTER' THEN opened ELSE helpdesk_at END,
          answer || ' Salam, Tim Helpdesk Dapodik PAUD & Dikmas.' FROM bench_ticket WHERE helpdesk_at IS NOT NULL OR kind = 'COUNTER'
        UNION ALL
        SELECT ticket_id, 6, asker_id, 'ASKER', 'PUBLIC', asker_at,
          'Terima kasih, sudah kami coba tetapi masih muncul pesan yang sama. Mohon petunjuk lanjutan.' FROM bench_ticket WHERE asker_at IS NOT NULL
        UNION ALL
        SELECT ticket_id, 7, asker_id, 'ASKER', 'PUBLIC', extra_asker_at,
          'Sudah kami ikuti langkahnya. Apakah setelah itu perlu sinkron ulang atau menunggu dulu?' FROM bench_ticket WHERE extra_asker_at IS NOT NULL
        UNION ALL
        SELECT ticket_id, 8, CASE WHEN handoff_at IS NOT NULL AND extra_handler_at > handoff_at THEN helpdesk ELSE dinas END,
          'HANDLER', 'PUBLIC', extra_handler_at,
          'Silakan sinkron ulang setelah validasi lokal menunjukkan 0 invalid, lalu cek kembali esok hari.' FROM bench_ticket
          WHERE extra_handler_at IS NOT NULL
      ) m
      ORDER BY at, k;
    `),
  );

  await step("riwayat tiket", () =>
    sql.exec(`
      INSERT INTO "TicketEvent" (id, "ticketId", type, "actorId", at, "fromState", "toState", "fromTier", "toTier", detail)
      SELECT ticket_id || '-e' || k, ticket_id, type::"TicketEventType", actor, at, from_state::"TicketState", to_state::"TicketState",
        from_tier::"Tier", to_tier::"Tier", detail
      FROM (
        SELECT ticket_id, 1 AS k, 'OPENED' AS type, asker_id AS actor, opened AS at, NULL AS from_state, 'OPEN' AS to_state,
          NULL AS from_tier, first_tier AS to_tier, jsonb_build_object('channel', channel, 'askerType', asker) AS detail FROM bench_ticket
        UNION ALL
        SELECT ticket_id, 2, 'HANDLER_REPLIED', dinas, dinas_at, 'OPEN', 'ANSWERED', 'DINAS', 'DINAS', NULL FROM bench_ticket WHERE dinas_at IS NOT NULL
        UNION ALL
        SELECT ticket_id, 3, CASE WHEN handoff_kind = 'FORWARD' THEN 'FORWARDED' ELSE 'ESCALATED' END,
          CASE WHEN handoff_kind = 'FORWARD' THEN dinas END, handoff_at,
          CASE WHEN dinas_at IS NOT NULL THEN 'ANSWERED' ELSE 'OPEN' END, CASE WHEN dinas_at IS NOT NULL THEN 'ANSWERED' ELSE 'OPEN' END,
          'DINAS', 'HELPDESK',
          CASE WHEN handoff_kind = 'ESCALATION' THEN jsonb_build_object('dueAt', to_char(handoff_at, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')) END
          FROM bench_ticket WHERE handoff_at IS NOT NULL
        UNION ALL
        SELECT ticket_id, 4, 'ASSIGNED', assignee, COALESCE(handoff_at, opened) + interval '5 minutes', 'OPEN', 'OPEN', 'HELPDESK', 'HELPDESK',
          jsonb_build_object('from', NULL, 'to', assignee) FROM bench_ticket
          WHERE assignee IS NOT NULL AND kind <> 'COUNTER' AND COALESCE(handoff_at, opened) + interval '5 minutes' <= (now() AT TIME ZONE 'UTC')
        UNION ALL
        SELECT ticket_id, 5, 'HANDLER_REPLIED', helpdesk, CASE WHEN kind = 'COUNTER' THEN opened ELSE helpdesk_at END,
          'OPEN', 'ANSWERED', 'HELPDESK', 'HELPDESK', NULL FROM bench_ticket WHERE helpdesk_at IS NOT NULL OR kind = 'COUNTER'
        UNION ALL
        SELECT ticket_id, 6, 'ASKER_REPLIED', asker_id, asker_at, 'ANSWERED', 'OPEN', tier, tier, NULL FROM bench_ticket WHERE asker_at IS NOT NULL
        UNION ALL
        SELECT ticket_id, 7, 'ASKER_REPLIED', asker_id, extra_asker_at, 'ANSWERED', 'OPEN',
          CASE WHEN handoff_at IS NOT NULL AND extra_asker_at > handoff_at THEN 'HELPDESK' ELSE first_tier END,
          CASE WHEN handoff_at IS NOT NULL AND extra_asker_at > handoff_at THEN 'HELPDESK' ELSE first_tier END, NULL
          FROM bench_ticket WHERE extra_asker_at IS NOT NULL
        UNION ALL
        SELECT ticket_id, 8, 'HANDLER_REPLIED', CASE WHEN handoff_at IS NOT NULL AND extra_handler_at > handoff_at THEN helpdesk ELSE dinas END,
          extra_handler_at, 'OPEN', 'ANSWERED',
          CASE WHEN handoff_at IS NOT NULL AND extra_handler_at > handoff_at THEN 'HELPDESK' ELSE first_tier END,
          CASE WHEN handoff_at IS NOT NULL AND extra_handler_at > handoff_at THEN 'HELPDESK' ELSE first_tier END, NULL
          FROM bench_ticket WHERE extra_handler_at IS NOT NULL
        UNION ALL
        SELECT t.ticket_id, 9, 'HELPDESK_TARGET_BREACHED', NULL, t.hd_due, 'OPEN', 'OPEN', 'HELPDESK', 'HELPDESK',
          jsonb_build_object('dueAt', to_char(t.hd_due, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')) FROM bench_ticket t
          WHERE t.tier = 'HELPDESK' AND t.kind <> 'COUNTER' AND (t.helpdesk_at IS NULL OR t.helpdesk_at > t.hd_due)
            AND t.hd_due <= (now() AT TIME ZONE 'UTC') AND (t.ended_at IS NULL OR t.ended_at >= t.hd_due)
        UNION ALL
        SELECT ticket_id, 10, CASE WHEN end_reason IN ('NO_RESPONSE', 'ASKER_SILENT') THEN 'EXPIRED' ELSE 'CLOSED' END,
          CASE WHEN end_reason = 'CLOSED_BY_ASKER' THEN asker_id WHEN end_reason = 'RESOLVED_AT_COUNTER' THEN helpdesk END, ended_at,
          CASE WHEN last_by = 'HANDLER' THEN 'ANSWERED' ELSE 'OPEN' END,
          CASE WHEN end_reason IN ('NO_RESPONSE', 'ASKER_SILENT') THEN 'EXPIRED' ELSE 'CLOSED' END, tier, tier,
          CASE WHEN end_reason IN ('NO_RESPONSE', 'ASKER_SILENT')
               THEN jsonb_build_object('reason', end_reason, 'tier', tier, 'dueAt', to_char(ended_at, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))
               ELSE jsonb_build_object('reason', end_reason) END
          FROM bench_ticket WHERE ended_at IS NOT NULL
      ) e
      ORDER BY at, k;
    `),
  );

  await step("tiket (dengan seq eskalasi/kedaluwarsa dari riwayatnya)", () =>
    sql.exec(`
      CREATE UNLOGGED TABLE bench_clock_seq AS
        SELECT "ticketId", max("seq") FILTER (WHERE "type" = 'ESCALATED') AS "escalated",
          max("seq") FILTER (WHERE "type" = 'EXPIRED') AS "expired"
        FROM "TicketEvent" WHERE "type" IN ('ESCALATED', 'EXPIRED') GROUP BY "ticketId";
      CREATE INDEX ON bench_clock_seq ("ticketId");
      INSERT INTO "Ticket" (id, number, subject, "categoryId", "askerType", "askerId", "schoolId", "regencyCode", channel,
        state, tier, "assigneeId", "openedAt", "tierSince", handoff, "handoffAt", "firstResponseAt", "dinasFirstResponseAt",
        "helpdeskFirstResponseAt", "lastMessageAt", "lastMessageBy", "helpdeskBreachedAt", "endedAt", "endReason", solved,
        "visitorName", "escalatedEventSeq", "expiredEventSeq", "updatedAt")
      SELECT ticket_id, 'HD-B-' || lpad(g::text, 8, '0'), subject, category_id, asker::"AskerType", asker_id,
        CASE WHEN asker = 'SEKOLAH' THEN school_id END, regency, channel::"Channel",
        state::"TicketState", tier::"Tier", assignee, opened, COALESCE(handoff_at, opened),
        (CASE WHEN handoff_at IS NOT NULL THEN handoff_kind END)::"HandoffKind", handoff_at,
        -- The first handler reply of either tier (a walk-in answered at the counter: at opening).
        CASE WHEN kind = 'COUNTER' THEN opened ELSE COALESCE(dinas_at, helpdesk_at) END, dinas_at,
        CASE WHEN kind = 'COUNTER' THEN opened ELSE helpdesk_at END,
        last_at, last_by::"MessageAuthorSide",
        CASE WHEN tier = 'HELPDESK' AND kind <> 'COUNTER' AND (helpdesk_at IS NULL OR helpdesk_at > hd_due) AND hd_due <= (now() AT TIME ZONE 'UTC')
               AND (ended_at IS NULL OR ended_at >= hd_due) THEN hd_due END,
        ended_at, end_reason::"EndReason",
        CASE WHEN end_reason IN ('CLOSED_BY_ASKER', 'RESOLVED_AT_COUNTER') THEN mod(g, 10) < 8 END,
        CASE WHEN channel = 'WALK_IN' THEN 'Pengunjung ' || g END, cs."escalated", cs."expired", now()
      FROM bench_ticket LEFT JOIN bench_clock_seq cs ON cs."ticketId" = ticket_id
      -- In opening order, as a live helpdesk writes them: a period's tickets sit together on disk.
      ORDER BY opened;
      DROP TABLE bench_clock_seq;
    `),
  );

  await step("tanda baca (siapa sudah melihat apa)", () =>
    sql.exec(`
      CREATE UNLOGGED TABLE bench_seen AS
        SELECT "ticketId", max(seq) AS seq FROM "TicketEvent" GROUP BY "ticketId";
      -- The asker looked after the last message on most tickets; the handlers on most of theirs.
      INSERT INTO "TicketRead" ("userId", "ticketId", "readAt", "eventSeq")
      SELECT DISTINCT ON (r.user_id, r.ticket_id) r.user_id, r.ticket_id, b.last_at, s.seq
      FROM bench_ticket b JOIN bench_seen s ON s."ticketId" = b.ticket_id
      CROSS JOIN LATERAL (VALUES
        (b.asker_id, b.ticket_id, CASE WHEN b.ended_at IS NOT NULL THEN 0.9 ELSE 0.7 END),
        (b.dinas, b.ticket_id, CASE WHEN b.asker = 'SEKOLAH' AND b.channel = 'WEB' THEN 0.8 ELSE 0 END),
        (b.assignee, b.ticket_id, 0.8)
      ) r(user_id, ticket_id, chance)
      WHERE r.user_id IS NOT NULL AND random() < r.chance
      ORDER BY r.user_id, r.ticket_id;
      DROP TABLE bench_seen, bench_ticket, bench_school, bench_helpdesk, bench_subject, bench_subject_n, bench_regency;
    `),
  );
}
