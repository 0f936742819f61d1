// Report snapshots (lib/server/reports/snapshots.ts): the page's tables are reused for the configured
// age and no longer, per filters and clock durations; the refresher keeps read snapshots fresh and
// removes unread and outdated ones.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { DEFAULT_DURATIONS } from "@/lib/domain/settings";
import {
  loadCohortTables,
  type ReportContext,
  loadReport,
  loadCohortView,
  refreshReportSnapshots,
  SNAPSHOT_REFRESH_LIMIT,
  snapshotKey,
} from "@/lib/server/reports";
import { parseReportFilters } from "@/lib/shared/report-params";
import { createTestDatabase, type TestDatabase } from "./helpers/test-database";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** Tuesday 31 March 2026, 12:00 WIB. */
const NOW = new Date("2026-03-31T05:00:00Z");
const at = (minutes: number) => new Date(NOW.getTime() + minutes * MINUTE);
const MAX_AGE = 5 * MINUTE;
const march = (params: Record<string, string> = {}) =>
  parseReportFilters({ from: "2026-03-01", to: "2026-03-30", ...params }, NOW);

let db: TestDatabase;
let sequence = 0;
const refs = { category: "", asker: "", school: "" };

async function addTicket(openedAt: Date, regencyCode = "33.74") {
  sequence += 1;
  await db.prisma.ticket.create({
    data: {
      number: `HD-2026-${String(sequence).padStart(6, "0")}`,
      subject: `Tiket ${sequence}`,
      categoryId: refs.category,
      askerType: "SEKOLAH",
      askerId: refs.asker,
      schoolId: refs.school,
      regencyCode,
      state: "OPEN",
      tier: "DINAS",
      openedAt,
      tierSince: openedAt,
      lastMessageAt: openedAt,
      lastMessageBy: "ASKER",
    },
  });
}

const ctxAt = (now: Date, durations = DEFAULT_DURATIONS): ReportContext => ({ prisma: db.prisma, durations, now });
const snapshots = () => db.prisma.reportSnapshot.findMany({ orderBy: { computedAt: "asc" } });

beforeAll(async () => {
  db = await createTestDatabase();
  const p = db.prisma;
  await p.province.create({ data: { code: "33", name: "Jawa Tengah", timeZone: "Asia/Jakarta" } });
  await p.regency.createMany({
    data: [
      { code: "33.74", provinceCode: "33", name: "Kota Semarang" },
      { code: "33.24", provinceCode: "33", name: "Kabupaten Kendal" },
    ],
  });
  refs.category = (await p.category.create({ data: { code: "SINK", name: "Sinkronisasi" } })).id;
  refs.school = (
    await p.school.create({
      data: { npsn: "69900001", name: "TK Uji", form: "TK", status: "SWASTA", regencyCode: "33.74" },
    })
  ).id;
  refs.asker = (
    await p.user.create({
      data: { username: "op.uji", displayName: "Operator", role: "SEKOLAH", schoolId: refs.school },
    })
  ).id;
});
afterAll(async () => {
  await db?.destroy();
});
beforeEach(async () => {
  await db.prisma.reportSnapshot.deleteMany();
  await db.prisma.ticket.deleteMany();
  await addTicket(new Date("2026-03-10T03:00:00Z"));
  await addTicket(new Date("2026-03-11T03:00:00Z"), "33.24");
});

describe("reading the report through snapshots", () => {
  it("computes and stores the tables once, reuses them for the configured age, then computes them again", async () => {
    const first = await loadCohortView(ctxAt(NOW), march(), MAX_AGE);
    expect(first).toMatchObject({ reused: false, computedAt: NOW });
    expect(first.tables.summary.opened).toBe(2);
    expect(await snapshots()).toMatchObject([
      { key: snapshotKey(march(), DEFAULT_DURATIONS), computedAt: NOW, readAt: NOW },
    ]);

    await addTicket(new Date("2026-03-12T03:00:00Z"));
    const reused = await loadCohortView(ctxAt(at(5)), march(), MAX_AGE);
    expect(reused).toMatchObject({ reused: true, computedAt: NOW });
    expect(reused.tables.summary.opened).toBe(2);

    const recomputed = await loadCohortView(ctxAt(at(5.01)), march(), MAX_AGE);
    expect(recomputed).toMatchObject({ reused: false, computedAt: at(5.01) });
    expect(recomputed.tables.summary.opened).toBe(3);
    expect(await snapshots()).toHaveLength(1);
  });

  it("gives exactly what a fresh computation gives", async () => {
    await loadCohortView(ctxAt(NOW), march({ province: "33" }), MAX_AGE);
    const reused = await loadCohortView(ctxAt(at(1)), march({ province: "33" }), MAX_AGE);
    expect(reused.reused).toBe(true);
    expect(reused.tables).toEqual(await loadCohortTables(ctxAt(NOW), march({ province: "33" })));
  });

  it("keeps separate snapshots per filter, sort and clock durations", async () => {
    await loadCohortView(ctxAt(NOW), march(), MAX_AGE);
    const kendal = await loadCohortView(ctxAt(at(1)), march({ regency: "33.24" }), MAX_AGE);
    expect(kendal).toMatchObject({ reused: false });
    expect(kendal.tables.summary.opened).toBe(1);
    expect((await loadCohortView(ctxAt(at(1)), march({ sort: "wait" }), MAX_AGE)).reused).toBe(false);
    // An admin shortened the escalation delay: the figures that depend on it are not taken from before.
    const shorter = { ...DEFAULT_DURATIONS, escalationMs: DAY };
    const changed = await loadCohortView(ctxAt(at(2), shorter), march(), MAX_AGE);
    expect(changed.reused).toBe(false);
    expect(changed.tables).toEqual(await loadCohortTables(ctxAt(at(2), shorter), march()));
    expect((await loadCohortView(ctxAt(at(3)), march(), MAX_AGE)).reused).toBe(true);
    expect(await snapshots()).toHaveLength(4);
  });

  it("with a max age of 0 computes every time and stores nothing", async () => {
    const view = await loadCohortView(ctxAt(NOW), march(), 0);
    expect(view).toMatchObject({ reused: false, computedAt: NOW });
    expect(await snapshots()).toHaveLength(0);
    const { report } = await loadReport(ctxAt(NOW), march());
    expect(report).toMatchObject({ fromSnapshot: false, computedAt: NOW });
  });

  it("does not reuse a snapshot computed after now, and an older computation never replaces a newer one", async () => {
    await loadCohortView(ctxAt(at(10)), march(), MAX_AGE);
    const earlier = await loadCohortView(ctxAt(at(5)), march(), MAX_AGE);
    expect(earlier).toMatchObject({ reused: false, computedAt: at(5) });
    expect(await snapshots()).toMatchObject([{ computedAt: at(10) }]);
  });

  it("marks a reused snapshot as read at most once a minute", async () => {
    await loadCohortView(ctxAt(NOW), march(), MAX_AGE);
    await loadCohortView(ctxAt(at(0.5)), march(), MAX_AGE);
    expect((await snapshots())[0]?.readAt).toEqual(NOW);
    await loadCohortView(ctxAt(at(1)), march(), MAX_AGE);
    expect((await snapshots())[0]?.readAt).toEqual(at(1));
  });

  it("the page's loader says where its tables came from", async () => {
    const cold = await loadReport(ctxAt(NOW), march(), { cacheMaxAgeMs: MAX_AGE });
    const warm = await loadReport(ctxAt(at(1)), march(), { cacheMaxAgeMs: MAX_AGE });
    expect(cold.report).toMatchObject({ fromSnapshot: false, computedAt: NOW });
    expect(warm.report).toMatchObject({ fromSnapshot: true, computedAt: NOW });
    expect(warm.report.summary).toEqual(cold.report.summary);
  });
});

describe("the refresher", () => {
  it("computes again the snapshots read lately that are past half their age, oldest first, a few per run", async () => {
    const periods = ["2026-03-01", "2026-03-02", "2026-03-03", "2026-03-04", "2026-03-05"].map((from) =>
      march({ from }),
    );
    for (const [index, filters] of periods.entries()) await loadCohortView(ctxAt(at(index)), filters, MAX_AGE);
    await addTicket(new Date("2026-03-12T03:00:00Z"));
    // 2.5 minutes after the newest: only the ones computed at least 2.5 minutes ago are due.
    const now = at(4 + 2.5);
    const result = await refreshReportSnapshots(ctxAt(now), MAX_AGE);
    expect(result).toEqual({ refreshed: SNAPSHOT_REFRESH_LIMIT, removed: 0 });
    const rows = await db.prisma.reportSnapshot.findMany();
    const byFrom = new Map(rows.map((row) => [(row.filters as { from: string }).from, row]));
    // The three oldest (computed at +0, +1, +2 min) were refreshed; +3 is due next run; +4 is not due.
    for (const from of ["2026-03-01", "2026-03-02", "2026-03-03"]) {
      expect(byFrom.get(from)?.computedAt).toEqual(now);
      expect((byFrom.get(from)?.data as { summary: { opened: number } }).summary.opened).toBe(3);
      // A refresh is not a read.
      expect(byFrom.get(from)?.readAt.getTime()).toBeLessThan(now.getTime());
    }
    expect(byFrom.get("2026-03-04")?.computedAt).toEqual(at(3));
    expect(byFrom.get("2026-03-05")?.computedAt).toEqual(at(4));
    // The next read finds the refreshed tables.
    const read = await loadCohortView(ctxAt(at(8)), periods[0]!, MAX_AGE);
    expect(read).toMatchObject({ reused: true, computedAt: now });
  });

  it("leaves snapshots nobody read lately alone and removes the unread, the outdated and the other durations'", async () => {
    await loadCohortView(ctxAt(NOW), march(), MAX_AGE); // read now: kept warm
    await loadCohortView(ctxAt(at(-45)), march({ province: "33" }), MAX_AGE); // last read 45 min ago
    await loadCohortView(ctxAt(new Date(NOW.getTime() - 8 * DAY)), march({ regency: "33.74" }), MAX_AGE); // a week unread
    await loadCohortView(
      ctxAt(at(-10), { ...DEFAULT_DURATIONS, escalationMs: DAY }),
      march({ regency: "33.24" }),
      MAX_AGE,
    );
    const result = await refreshReportSnapshots(ctxAt(at(3)), MAX_AGE);
    expect(result).toEqual({ refreshed: 1, removed: 2 });
    const rows = await snapshots();
    expect(rows.map((row) => (row.filters as { province: string | null }).province)).toEqual(["33", null]);
    expect(rows[1]?.computedAt).toEqual(at(3));
    expect(rows[0]?.computedAt).toEqual(at(-45));
  });

  it("does nothing when snapshots are switched off", async () => {
    await loadCohortView(ctxAt(NOW), march(), MAX_AGE);
    expect(await refreshReportSnapshots(ctxAt(at(4)), 0)).toEqual({ refreshed: 0, removed: 0 });
    expect(await snapshots()).toMatchObject([{ computedAt: NOW }]);
  });
});
