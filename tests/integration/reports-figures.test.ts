// The SLA report over a small hand-made data set whose every figure was worked out by hand (the table
// below). Tickets are inserted with exact timestamps, as the clocks would have left them.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_DURATIONS } from "@/lib/domain/settings";
import {
  loadBacklog,
  loadCategoryBreakdown,
  buildCsvExport,
  listDrillTickets,
  drillTicketBatches,
  type ReportContext,
  loadLeague,
  loadReport,
  loadSummary,
  loadTrend,
} from "@/lib/server/reports";
import { parseDrillTarget, parseReportFilters, type ReportFilters } from "@/lib/shared/report-params";
import { createTestDatabase, type TestDatabase } from "./helpers/test-database";

const HOUR = 3_600_000;
/** Monday 2 March 2026, 08:00 WIB (ISO week 2026-W10). */
const T = new Date("2026-03-02T01:00:00Z");
/** Tuesday 31 March 2026, 12:00 WIB: 700 hours after T. */
const NOW = new Date("2026-03-31T05:00:00Z");
const t = (hours: number) => new Date(T.getTime() + hours * HOUR);
const n = (hours: number) => new Date(NOW.getTime() + hours * HOUR);
/** The first instant of the period (1 March 2026 00:00 WIB). */
const P0 = new Date("2026-02-28T17:00:00Z");
const p0 = (hours: number) => new Date(P0.getTime() + hours * HOUR);

const SEMARANG = "33.74";
const KENDAL = "33.24";
const CILACAP = "33.01"; // no tickets: listed with "—" under a province filter
const MAKASSAR = "73.71";

interface Row {
  key: string;
  regency: string;
  asker?: "SEKOLAH" | "DINAS";
  channel?: "WEB" | "WALK_IN";
  category?: string;
  openedAt: Date;
  tier: "DINAS" | "HELPDESK";
  tierSince?: Date;
  handoff?: ["FORWARD" | "ESCALATION", Date];
  dinasFR?: Date;
  helpdeskFR?: Date;
  breachedAt?: Date;
  ended?: [Date, "CLOSED_BY_ASKER" | "RESOLVED_AT_COUNTER" | "NO_RESPONSE" | "ASKER_SILENT"];
  last: [Date, "ASKER" | "HANDLER"];
}

// Durations 3 d / 3 d / 7 d. Hours after T (t), before/after NOW (n), after the period start (p0).
const TICKETS: Row[] = [
  {
    key: "A0",
    regency: KENDAL,
    openedAt: P0,
    tier: "DINAS",
    dinasFR: p0(3),
    ended: [p0(4), "CLOSED_BY_ASKER"],
    last: [p0(3), "HANDLER"],
  },
  {
    key: "A1",
    regency: SEMARANG,
    openedAt: t(0),
    tier: "DINAS",
    dinasFR: t(1),
    ended: [t(5), "CLOSED_BY_ASKER"],
    last: [t(1), "HANDLER"],
  },
  {
    key: "A2",
    regency: SEMARANG,
    openedAt: t(0),
    tier: "HELPDESK",
    handoff: ["ESCALATION", t(72)],
    dinasFR: t(2),
    helpdeskFR: t(76),
    ended: [t(96), "CLOSED_BY_ASKER"],
    last: [t(76), "HANDLER"],
  },
  {
    key: "A3",
    regency: SEMARANG,
    openedAt: t(24),
    tier: "HELPDESK",
    handoff: ["ESCALATION", t(96)],
    breachedAt: t(168),
    ended: [t(192), "NO_RESPONSE"],
    last: [t(24), "ASKER"],
  },
  {
    key: "A4",
    regency: SEMARANG,
    openedAt: t(24),
    tier: "HELPDESK",
    handoff: ["FORWARD", t(29)],
    helpdeskFR: t(53),
    ended: [t(221), "ASKER_SILENT"],
    last: [t(53), "HANDLER"],
  },
  {
    key: "A5",
    regency: SEMARANG,
    category: "AKUN",
    openedAt: t(48),
    tier: "DINAS",
    dinasFR: t(58),
    ended: [t(60), "CLOSED_BY_ASKER"],
    last: [t(58), "HANDLER"],
  },
  {
    key: "K1",
    regency: KENDAL,
    openedAt: t(0),
    tier: "DINAS",
    dinasFR: t(70),
    ended: [t(71), "CLOSED_BY_ASKER"],
    last: [t(70), "HANDLER"],
  },
  {
    key: "K2",
    regency: KENDAL,
    openedAt: t(0),
    tier: "HELPDESK",
    handoff: ["ESCALATION", t(72)],
    helpdeskFR: t(152),
    breachedAt: t(144),
    ended: [t(160), "CLOSED_BY_ASKER"],
    last: [t(152), "HANDLER"],
  },
  {
    key: "K3",
    regency: KENDAL,
    category: "AKUN",
    openedAt: t(24),
    tier: "DINAS",
    ended: [t(30), "CLOSED_BY_ASKER"],
    last: [t(24), "ASKER"],
  },
  // Expired at the district: the sweep was down past the escalation deadline (expiry wins, docs/rules.md).
  {
    key: "K4",
    regency: KENDAL,
    openedAt: t(24),
    tier: "DINAS",
    dinasFR: t(30),
    ended: [t(199), "NO_RESPONSE"],
    last: [t(31), "ASKER"],
  },
  {
    key: "M1",
    regency: MAKASSAR,
    asker: "DINAS",
    category: "AKUN",
    openedAt: t(0),
    tier: "HELPDESK",
    helpdeskFR: t(10),
    ended: [t(20), "CLOSED_BY_ASKER"],
    last: [t(10), "HANDLER"],
  },
  {
    key: "M3",
    regency: MAKASSAR,
    channel: "WALK_IN",
    category: "INFO",
    openedAt: t(48),
    tier: "HELPDESK",
    helpdeskFR: t(48),
    ended: [t(48), "RESOLVED_AT_COUNTER"],
    last: [t(48), "HANDLER"],
  },
  {
    key: "M2",
    regency: MAKASSAR,
    asker: "DINAS",
    category: "AKUN",
    openedAt: n(-50),
    tier: "HELPDESK",
    last: [n(-50), "ASKER"],
  },
  { key: "A7", regency: SEMARANG, openedAt: n(-40), tier: "DINAS", dinasFR: n(-38), last: [n(-38), "HANDLER"] },
  {
    key: "A8",
    regency: SEMARANG,
    openedAt: n(-100),
    tier: "HELPDESK",
    handoff: ["ESCALATION", n(-28)],
    last: [n(-100), "ASKER"],
  },
  // Opened 22 March 21:00 UTC = Monday 23 March 04:00 WIB: ISO week 13 in Jakarta, not 12.
  {
    key: "A10",
    regency: SEMARANG,
    openedAt: n(-200),
    tier: "HELPDESK",
    handoff: ["ESCALATION", n(-128)],
    helpdeskFR: n(-120),
    last: [n(-10), "ASKER"],
  },
  // Outside the period: 31 March 02:00 WIB (after it) and 28 Feb 23:59 WIB (before it).
  { key: "A6", regency: SEMARANG, openedAt: n(-10), tier: "DINAS", last: [n(-10), "ASKER"] },
  {
    key: "A9",
    regency: SEMARANG,
    openedAt: new Date("2026-02-28T16:59:00Z"),
    tier: "DINAS",
    dinasFR: p0(0),
    ended: [p0(1), "CLOSED_BY_ASKER"],
    last: [p0(0), "HANDLER"],
  },
];

let db: TestDatabase;
let ctx: ReportContext;
const ids = new Map<string, string>();
const filters = (params: Record<string, string> = {}): ReportFilters =>
  parseReportFilters({ from: "2026-03-01", to: "2026-03-30", ...params }, NOW);

async function seed(database: TestDatabase) {
  const p = database.prisma;
  await p.province.createMany({
    data: [
      { code: "31", name: "DKI Jakarta", timeZone: "Asia/Jakarta" },
      { code: "33", name: "Jawa Tengah", timeZone: "Asia/Jakarta" },
      { code: "73", name: "Sulawesi Selatan", timeZone: "Asia/Makassar" },
    ],
  });
  await p.regency.createMany({
    data: [
      { code: "31.71", provinceCode: "31", name: "Kota Administrasi Jakarta Pusat" },
      { code: SEMARANG, provinceCode: "33", name: "Kota Semarang" },
      { code: KENDAL, provinceCode: "33", name: "Kabupaten Kendal" },
      { code: CILACAP, provinceCode: "33", name: "Kabupaten Cilacap" },
      { code: MAKASSAR, provinceCode: "73", name: "Kota Makassar" },
    ],
  });
  const categories = new Map<string, string>();
  for (const [index, [code, name, isActive]] of (
    [
      ["SINK", "Sinkronisasi", true],
      ["AKUN", "Akun & Hak Akses", true],
      ["INFO", "Informasi Umum", true],
      ["GTK", "PTK / GTK", true],
      ["LAMA", "Kategori lama", false],
    ] as const
  ).entries()) {
    const row = await p.category.create({ data: { code, name, isActive, sortOrder: index } });
    categories.set(code, row.id);
  }
  const schools = new Map<string, string>();
  const askers = new Map<string, string>();
  for (const [index, regency] of [SEMARANG, KENDAL, MAKASSAR].entries()) {
    const school = await p.school.create({
      data: { npsn: `6990000${index}`, name: `TK Uji ${regency}`, form: "TK", status: "SWASTA", regencyCode: regency },
    });
    schools.set(regency, school.id);
    const op = await p.user.create({
      data: { username: `op.${regency}`, displayName: "Operator", role: "SEKOLAH", schoolId: school.id },
    });
    const dinas = await p.user.create({
      data: { username: `dinas.${regency}`, displayName: "Dinas", role: "DINAS", regencyCode: regency },
    });
    askers.set(`SEKOLAH ${regency}`, op.id);
    askers.set(`DINAS ${regency}`, dinas.id);
  }
  for (const [index, row] of TICKETS.entries()) {
    const asker = row.asker ?? "SEKOLAH";
    const ended = row.ended;
    const created = await p.ticket.create({
      data: {
        number: `HD-2026-${String(index + 1).padStart(6, "0")}`,
        subject: `Tiket ${row.key}`,
        categoryId: categories.get(row.category ?? "SINK") as string,
        askerType: asker,
        askerId: askers.get(`${asker} ${row.regency}`) as string,
        schoolId: asker === "SEKOLAH" ? (schools.get(row.regency) as string) : null,
        regencyCode: row.regency,
        channel: row.channel ?? "WEB",
        state: ended
          ? ended[1] === "NO_RESPONSE" || ended[1] === "ASKER_SILENT"
            ? "EXPIRED"
            : "CLOSED"
          : row.last[1] === "HANDLER"
            ? "ANSWERED"
            : "OPEN",
        tier: row.tier,
        openedAt: row.openedAt,
        tierSince: row.tierSince ?? row.handoff?.[1] ?? row.openedAt,
        handoff: row.handoff?.[0] ?? null,
        handoffAt: row.handoff?.[1] ?? null,
        firstResponseAt:
          [row.dinasFR, row.helpdeskFR]
            .filter((d): d is Date => d !== undefined)
            .sort((a, b) => a.getTime() - b.getTime())[0] ?? null,
        dinasFirstResponseAt: row.dinasFR ?? null,
        helpdeskFirstResponseAt: row.helpdeskFR ?? null,
        lastMessageAt: row.last[0],
        lastMessageBy: row.last[1],
        helpdeskBreachedAt: row.breachedAt ?? null,
        endedAt: ended?.[0] ?? null,
        endReason: ended?.[1] ?? null,
      },
    });
    ids.set(row.key, created.id);
  }
}

beforeAll(async () => {
  db = await createTestDatabase();
  await seed(db);
  ctx = { prisma: db.prisma, durations: DEFAULT_DURATIONS, now: NOW };
});
afterAll(async () => {
  await db?.destroy();
});

describe("headline, times and rates (tickets opened 1–30 March 2026 WIB)", () => {
  it("counts what became of every ticket opened in the period, and they add up", async () => {
    const s = await loadSummary(ctx, filters());
    expect(s).toMatchObject({
      opened: 16,
      resolved: 8,
      resolvedAtCounter: 1,
      expiredNoResponse: 2,
      expiredAskerSilent: 1,
      stillOpen: 4,
    });
    expect(s.resolved + s.resolvedAtCounter + s.expiredNoResponse + s.expiredAskerSilent + s.stillOpen).toBe(s.opened);
    expect(s.noResponseByTier).toEqual({ DINAS: 1, HELPDESK: 1 });
  });

  it("computes exact medians and 90th percentiles per tier", async () => {
    const s = await loadSummary(ctx, filters());
    // District: 1, 2, 2, 3, 6, 10, 70 h → median 3 h; p90 at position 5.4 = 10 + 0.4 × 60 = 34 h.
    expect(s.firstResponse.dinas).toMatchObject({ count: 7, medianMs: 3 * HOUR });
    expect(s.firstResponse.dinas.p90Ms).toBeCloseTo(34 * HOUR, 3);
    // Helpdesk (from arrival): 0, 4, 8, 10, 24, 80 h → median 9 h; p90 at 4.5 = 24 + 0.5 × 56 = 52 h.
    expect(s.firstResponse.helpdesk).toMatchObject({ count: 6, medianMs: 9 * HOUR });
    expect(s.firstResponse.helpdesk.p90Ms).toBeCloseTo(52 * HOUR, 3);
    // Closed by the asker: 4, 5, 6, 12, 20, 71, 96, 160 h → median 16 h; p90 at 6.3 = 96 + 0.3 × 64.
    expect(s.resolution.all.count).toBe(8);
    expect(s.resolution.all.medianMs).toBe(16 * HOUR);
    expect(s.resolution.all.p90Ms).toBeCloseTo(115.2 * HOUR, 3);
    expect(s.resolution.dinas.medianMs).toBe(6 * HOUR);
    expect(s.resolution.dinas.p90Ms).toBeCloseTo(47.4 * HOUR, 3);
    expect(s.resolution.helpdesk).toMatchObject({ count: 3, medianMs: 96 * HOUR });
    expect(s.resolution.helpdesk.p90Ms).toBeCloseTo(147.2 * HOUR, 3);
  });

  it("rates: district answers within 3 days, automatic escalation, helpdesk 3-day compliance", async () => {
    const s = await loadSummary(ctx, filters());
    // 12 counted (K3 closed before its deadline unanswered; A7 not due yet but answered; M3 a walk-in).
    expect(s.dinasAnswerRate).toEqual({ numerator: 7, denominator: 12, ratio: 7 / 12 });
    // 12 school tickets opened ≥ 3 days ago (all but A7 and the walk-in M3); 5 escalated.
    expect(s.autoEscalation).toEqual({ numerator: 5, denominator: 12, ratio: 5 / 12 });
    // Met: A2, A4, M1, M3, A10. Breached: A3 (never answered), K2 (answered after 80 h). Pending: A8, M2.
    expect(s.helpdeskCompliance).toEqual({ numerator: 5, denominator: 7, ratio: 5 / 7, pending: 2 });
  });

  it("applies each filter", async () => {
    expect((await loadSummary(ctx, filters({ asker: "DINAS" }))).opened).toBe(2);
    expect((await loadSummary(ctx, filters({ channel: "WALK_IN" }))).opened).toBe(1);
    expect((await loadSummary(ctx, filters({ province: "73" }))).opened).toBe(3);
    expect((await loadSummary(ctx, filters({ regency: KENDAL }))).opened).toBe(5);
    expect((await loadSummary(ctx, filters({ category: "AKUN" }))).opened).toBe(4);
    const empty = await loadSummary(ctx, filters({ province: "31" }));
    expect(empty.opened).toBe(0);
    expect(empty.dinasAnswerRate.ratio).toBeNull();
    expect(empty.firstResponse.dinas).toEqual({ count: 0, medianMs: null, p90Ms: null });
  });
});

describe("backlog (as of now, whatever the period)", () => {
  it("puts every open ticket in its tier and age bucket", async () => {
    expect(await loadBacklog(ctx, filters())).toEqual([
      { tier: "DINAS", counts: [1, 1, 0, 0], total: 2 }, // A6 (10 h, opened after the period), A7 (40 h)
      { tier: "HELPDESK", counts: [0, 1, 1, 1], total: 3 }, // M2 (50 h), A8 (100 h), A10 (200 h)
    ]);
  });
});

describe("league tables", () => {
  const order = async (params: Record<string, string>, level: "province" | "regency" = "regency") =>
    (await loadLeague(ctx, filters(params), level)).rows.map((r) => r.name);

  it("figures per kab/kota", async () => {
    const rows = (await loadLeague(ctx, filters(), "regency")).rows;
    expect(rows.find((r) => r.code === SEMARANG)).toMatchObject({
      opened: 8,
      dinasMet: 4,
      dinasCounted: 8,
      dinasAnswerRate: 0.5,
      medianDinasWaitMs: 2 * HOUR,
      escalated: 4,
      escalationCounted: 7,
      noResponse: 1,
    });
    expect(rows.find((r) => r.code === KENDAL)).toMatchObject({
      opened: 5,
      dinasMet: 3,
      dinasCounted: 4,
      dinasAnswerRate: 0.75,
      medianDinasWaitMs: 6 * HOUR,
      escalated: 1,
      escalationCounted: 5,
      escalationShare: 0.2,
      noResponse: 1,
    });
    expect(rows.find((r) => r.code === MAKASSAR)).toMatchObject({
      opened: 3,
      dinasAnswerRate: null,
      medianDinasWaitMs: null,
    });
  });

  it("sorts worst first, regions without data last, ties by name", async () => {
    expect(await order({})).toEqual(["Kota Semarang", "Kabupaten Kendal", "Kota Makassar"]);
    expect(await order({ sort: "wait" })).toEqual(["Kabupaten Kendal", "Kota Semarang", "Kota Makassar"]);
    // Kendal and Semarang both have 1 NO_RESPONSE: the tie goes by name.
    expect(await order({ sort: "noResponse" })).toEqual(["Kabupaten Kendal", "Kota Semarang", "Kota Makassar"]);
    expect(await order({ sort: "opened" })).toEqual(["Kota Semarang", "Kabupaten Kendal", "Kota Makassar"]);
  });

  it("with a province filter, lists every kab/kota of it, the empty one too", async () => {
    const league = await loadLeague(ctx, filters({ province: "33" }), "regency");
    expect(league.rows.map((r) => r.name)).toEqual(["Kota Semarang", "Kabupaten Kendal", "Kabupaten Cilacap"]);
    expect(league.rows[2]).toMatchObject({
      code: CILACAP,
      opened: 0,
      dinasAnswerRate: null,
      medianDinasWaitMs: null,
      noResponse: 0,
    });
    expect(await order({ province: "33", sort: "noResponse" })).toEqual([
      "Kabupaten Kendal",
      "Kota Semarang",
      "Kabupaten Cilacap",
    ]);
  });

  it("lists every province, those without tickets after those with data", async () => {
    const league = await loadLeague(ctx, filters(), "province");
    expect(league.rows.map((r) => [r.name, r.opened, r.dinasAnswerRate])).toEqual([
      ["Jawa Tengah", 13, 7 / 12],
      ["DKI Jakarta", 0, null],
      ["Sulawesi Selatan", 3, null],
    ]);
  });

  it("limits the kab/kota table on the page but reports the total", async () => {
    const league = await loadLeague(ctx, filters(), "regency", 2);
    expect(league.rows).toHaveLength(2);
    expect(league.total).toBe(3);
  });
});

describe("categories and weekly trend", () => {
  it("breaks the period down by category, active empty ones included, retired empty ones not", async () => {
    const rows = await loadCategoryBreakdown(ctx, filters());
    expect(rows.map((r) => [r.code, r.opened])).toEqual([
      ["SINK", 11],
      ["AKUN", 4],
      ["INFO", 1],
      ["GTK", 0],
    ]);
    expect(rows[1]).toMatchObject({
      resolved: 3,
      noResponse: 0,
      stillOpen: 1,
      medianResolutionMs: 12 * HOUR,
      medianFirstResponseMs: 10 * HOUR,
    });
  });

  it("counts per ISO week in Jakarta time, empty weeks kept, adding up to the headline", async () => {
    const weeks = await loadTrend(ctx, filters());
    expect(weeks.map((w) => [w.week, w.weekStart, w.opened, w.resolved, w.expired, w.escalated])).toEqual([
      ["2026-W09", "2026-02-23", 1, 1, 0, 0],
      ["2026-W10", "2026-03-02", 11, 7, 3, 3],
      ["2026-W11", "2026-03-09", 0, 0, 0, 0],
      ["2026-W12", "2026-03-16", 0, 0, 0, 0],
      ["2026-W13", "2026-03-23", 4, 0, 0, 2],
      ["2026-W14", "2026-03-30", 0, 0, 0, 0],
    ]);
    expect(weeks[1]?.helpdeskCompliance).toBeCloseTo(4 / 6); // A2, A4, M1, M3 met; A3, K2 breached
  });
});

describe("drill-down and CSV", () => {
  async function csvText(table: Parameters<typeof buildCsvExport>[2], params: Record<string, string> = {}) {
    const csv = await buildCsvExport(ctx, filters(params), table, parseDrillTarget(params));
    const { csvResponse } = await import("@/lib/server/reports/csv");
    const response = csvResponse(csv.filename, csv.header, csv.batches);
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // the UTF-8 BOM Excel needs
    return { filename: csv.filename, response, text: new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes) };
  }

  it("lists exactly the tickets behind a figure", async () => {
    const page = await listDrillTickets(
      ctx,
      filters({ regency: SEMARANG }),
      { kind: "figure", figure: "noResponse" },
      1,
    );
    expect(page.rows.map((r) => r.subject)).toEqual(["Tiket A3"]);
    expect(page.rows[0]).toMatchObject({
      tier: "HELPDESK",
      endReason: "NO_RESPONSE",
      helpdeskStatus: "BREACHED",
      regencyName: "Kota Semarang",
    });
    const escalated = await listDrillTickets(ctx, filters(), { kind: "figure", figure: "escalated" }, 1);
    expect(escalated.total).toBe(5);
    const backlog = await listDrillTickets(ctx, filters(), { kind: "backlog", tier: "HELPDESK", bucket: "7+" }, 1);
    expect(backlog.rows.map((r) => r.subject)).toEqual(["Tiket A10"]);
  });

  it("streams the tickets in keyset batches without losing or repeating one", async () => {
    const seen: string[] = [];
    for await (const batch of drillTicketBatches(ctx, filters(), { kind: "figure", figure: "opened" }, 3)) {
      expect(batch.length).toBeLessThanOrEqual(3);
      seen.push(...batch.map((r) => r.subject));
    }
    expect(seen).toHaveLength(16);
    expect(new Set(seen).size).toBe(16);
  });

  it("writes a BOM, a ';'-separated header, id-ID numbers and dates, and a download filename", async () => {
    const { filename, response, text } = await csvText("kabkota", { province: "33" });
    expect(filename).toBe("laporan-kabkota-33-2026-03-01_2026-03-30.csv");
    expect(response.headers.get("Content-Disposition")).toBe(`attachment; filename="${filename}"`);
    expect(text.startsWith("\uFEFFKode;Kabupaten/kota;Provinsi;Tiket dibuka;")).toBe(true);
    const lines = text.slice(1).trimEnd().split("\r\n");
    expect(lines).toHaveLength(4);
    expect(lines[1]).toBe("33.74;Kota Semarang;Jawa Tengah;8;4;8;50;2;4;7;57,14;1");
    expect(lines[3]).toBe("33.01;Kabupaten Cilacap;Jawa Tengah;0;0;0;;;0;0;;0");
  });

  it("exports the tickets behind a figure with dates in WIB", async () => {
    const { text } = await csvText("tiket", { regency: SEMARANG, figure: "noResponse" });
    const [header, row, extra] = text.slice(1).trimEnd().split("\r\n");
    expect(header?.split(";").slice(0, 3)).toEqual(["Nomor", "Subjek", "Kategori"]);
    expect(row).toContain(
      ";Tiket A3;Sinkronisasi;SEKOLAH;WEB;69900000;TK Uji 33.74;Kota Semarang;Jawa Tengah;EXPIRED;HELPDESK;03/03/2026 08.00;ESCALATION;06/03/2026 08.00;",
    );
    expect(row?.endsWith(";10/03/2026 08.00;NO_RESPONSE;BREACHED")).toBe(true);
    expect(extra).toBeUndefined();
  });

  it("explains each figure in the summary CSV", async () => {
    const { text } = await csvText("ringkasan");
    expect(text).toContain("Tiket dibuka;16;");
    expect(text).toContain("Dijawab Dinas dalam 3 hari (%);58,33;7 dari 12.");
    expect(text).toContain(
      'Helpdesk menjawab dalam 3 hari (%);71,43;"5 dari 7 (tepat + terlambat); 2 masih berjalan."',
    );
  });

  it("loads the whole page's data with a timing per query", async () => {
    const { report, timings } = await loadReport(ctx, filters());
    expect(report.summary.opened).toBe(16);
    expect(timings.map((x) => x.name).sort()).toEqual(["backlog", "cohort", "options"]);
    expect(report.regencies.rows.map((r) => r.code)).toEqual([SEMARANG, KENDAL, MAKASSAR]);
    expect(report.trend).toHaveLength(6);
    expect(report.categories.map((c) => c.code)).toEqual(["SINK", "AKUN", "INFO", "GTK"]);
    expect(ids.size).toBe(TICKETS.length);
  });
});
