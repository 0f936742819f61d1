// The per-ticket SLA timeline: for each clock, when it started, was due and was met or breached, and
// by which tier — from the ticket row and its history, with the installation's durations.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_DURATIONS } from "@/lib/domain/settings";
import { loadTicketClocks, type TicketClock } from "@/lib/server/reports";
import { createTestDatabase, type TestDatabase } from "./helpers/test-database";

const HOUR = 3_600_000;
const T = new Date("2026-03-02T01:00:00Z");
const t = (hours: number) => new Date(T.getTime() + hours * HOUR);
const NOW = t(400);

let db: TestDatabase;
const ids: Record<string, string> = {};

type EventRow = {
  type:
    | "OPENED"
    | "ASKER_REPLIED"
    | "HANDLER_REPLIED"
    | "FORWARDED"
    | "ESCALATED"
    | "HELPDESK_TARGET_BREACHED"
    | "EXPIRED"
    | "CLOSED";
  at: Date;
  toTier: "DINAS" | "HELPDESK";
  toState: "OPEN" | "ANSWERED" | "CLOSED" | "EXPIRED";
};

beforeAll(async () => {
  db = await createTestDatabase();
  const p = db.prisma;
  await p.province.create({ data: { code: "33", name: "Jawa Tengah", timeZone: "Asia/Jakarta" } });
  await p.regency.create({ data: { code: "33.74", provinceCode: "33", name: "Kota Semarang" } });
  const category = await p.category.create({ data: { code: "SINK", name: "Sinkronisasi" } });
  const school = await p.school.create({
    data: { npsn: "69900001", name: "TK Pelita", form: "TK", status: "SWASTA", regencyCode: "33.74" },
  });
  const asker = await p.user.create({
    data: { username: "op", displayName: "Operator", role: "SEKOLAH", schoolId: school.id },
  });
  const dinas = await p.user.create({
    data: { username: "dinas", displayName: "Dinas", role: "DINAS", regencyCode: "33.74" },
  });
  const base = {
    subject: "Sinkronisasi gagal",
    categoryId: category.id,
    regencyCode: "33.74",
    channel: "WEB" as const,
  };
  const create = async (key: string, data: Record<string, unknown>, events: EventRow[]) => {
    const ticket = await p.ticket.create({
      data: { ...base, number: `HD-2026-00000${Object.keys(ids).length + 1}`, ...data } as never,
    });
    ids[key] = ticket.id;
    await p.ticketEvent.createMany({
      data: events.map((e) => ({ ticketId: ticket.id, type: e.type, at: e.at, toTier: e.toTier, toState: e.toState })),
    });
  };
  // Not answered by the district, escalated at 72 h, never answered by the helpdesk (breach recorded at
  // 144 h), expired NO_RESPONSE at 168 h while at the helpdesk.
  await create(
    "escalated",
    {
      askerType: "SEKOLAH",
      askerId: asker.id,
      schoolId: school.id,
      state: "EXPIRED",
      tier: "HELPDESK",
      openedAt: t(0),
      tierSince: t(72),
      handoff: "ESCALATION",
      handoffAt: t(72),
      lastMessageAt: t(0),
      lastMessageBy: "ASKER",
      helpdeskBreachedAt: t(144),
      endedAt: t(168),
      endReason: "NO_RESPONSE",
    },
    [
      { type: "OPENED", at: t(0), toTier: "DINAS", toState: "OPEN" },
      { type: "ESCALATED", at: t(72), toTier: "HELPDESK", toState: "OPEN" },
      { type: "HELPDESK_TARGET_BREACHED", at: t(144), toTier: "HELPDESK", toState: "OPEN" },
      { type: "EXPIRED", at: t(168), toTier: "HELPDESK", toState: "EXPIRED" },
    ],
  );
  // Answered by the district after 5 h, the school replied, the district answered again, then closed.
  await create(
    "answered",
    {
      askerType: "SEKOLAH",
      askerId: asker.id,
      schoolId: school.id,
      state: "CLOSED",
      tier: "DINAS",
      openedAt: t(0),
      tierSince: t(0),
      firstResponseAt: t(5),
      dinasFirstResponseAt: t(5),
      lastMessageAt: t(9),
      lastMessageBy: "HANDLER",
      endedAt: t(10),
      endReason: "CLOSED_BY_ASKER",
    },
    [
      { type: "OPENED", at: t(0), toTier: "DINAS", toState: "OPEN" },
      { type: "HANDLER_REPLIED", at: t(5), toTier: "DINAS", toState: "ANSWERED" },
      { type: "ASKER_REPLIED", at: t(6), toTier: "DINAS", toState: "OPEN" },
      { type: "HANDLER_REPLIED", at: t(9), toTier: "DINAS", toState: "ANSWERED" },
      { type: "CLOSED", at: t(10), toTier: "DINAS", toState: "CLOSED" },
    ],
  );
  // A district's own question at the helpdesk, opened 10 h before now: the target is running.
  await create(
    "district",
    {
      askerType: "DINAS",
      askerId: dinas.id,
      state: "OPEN",
      tier: "HELPDESK",
      openedAt: t(390),
      tierSince: t(390),
      lastMessageAt: t(390),
      lastMessageBy: "ASKER",
    },
    [{ type: "OPENED", at: t(390), toTier: "HELPDESK", toState: "OPEN" }],
  );
});
afterAll(async () => {
  await db?.destroy();
});

const clocksOf = async (key: string) => {
  const result = await loadTicketClocks(db.prisma, ids[key] as string, DEFAULT_DURATIONS, NOW);
  if (!result) throw new Error(`no ticket ${key}`);
  return Object.fromEntries(result.clocks.map((c) => [c.kind, c])) as Record<TicketClock["kind"], TicketClock>;
};

describe("SLA timeline of one ticket", () => {
  it("an escalated ticket nobody answered: every clock breached, charged to the tier that held it", async () => {
    const c = await clocksOf("escalated");
    expect(c.DINAS_ANSWER).toMatchObject({
      status: "BREACHED",
      startedAt: t(0),
      dueAt: t(72),
      settledAt: t(72),
      settledBy: "DEADLINE",
      tier: "DINAS",
    });
    expect(c.ESCALATION).toMatchObject({
      status: "BREACHED",
      dueAt: t(72),
      settledAt: t(72),
      settledBy: "ESCALATION",
      tier: "DINAS",
    });
    expect(c.HELPDESK_ANSWER).toMatchObject({
      status: "BREACHED",
      startedAt: t(72),
      dueAt: t(144),
      settledAt: t(144),
      settledBy: "DEADLINE",
      tier: "HELPDESK",
      breachRecordedAt: t(144),
    });
    expect(c.EXPIRY).toMatchObject({
      status: "BREACHED",
      startedAt: t(0),
      dueAt: t(168),
      settledAt: t(168),
      settledBy: "EXPIRY",
      tier: "HELPDESK",
      endReason: "NO_RESPONSE",
    });
    expect(c.EXPIRY.restarts).toEqual([{ at: t(0), side: "ASKER", tier: "DINAS" }]);
  });

  it("a ticket the district answered and the school closed: met, and the helpdesk clock never started", async () => {
    const c = await clocksOf("answered");
    expect(c.DINAS_ANSWER).toMatchObject({ status: "MET", settledAt: t(5), settledBy: "ANSWER", tier: "DINAS" });
    expect(c.ESCALATION).toMatchObject({ status: "MET", settledAt: t(10), settledBy: "CLOSE" });
    expect(c.HELPDESK_ANSWER).toMatchObject({ status: "NOT_APPLICABLE", startedAt: null, dueAt: null });
    // Every public message restarted the 7-day clock; the last one (9 h) set its final deadline.
    expect(c.EXPIRY).toMatchObject({ status: "STOPPED", startedAt: t(9), dueAt: t(9 + 168), settledBy: "CLOSE" });
    expect(c.EXPIRY.restarts?.map((r) => [r.at, r.side])).toEqual([
      [t(0), "ASKER"],
      [t(5), "HANDLER"],
      [t(6), "ASKER"],
      [t(9), "HANDLER"],
    ]);
  });

  it("a district's question: no district clocks, the helpdesk target running", async () => {
    const c = await clocksOf("district");
    expect(c.DINAS_ANSWER.status).toBe("NOT_APPLICABLE");
    expect(c.ESCALATION.status).toBe("NOT_APPLICABLE");
    expect(c.HELPDESK_ANSWER).toMatchObject({ status: "RUNNING", startedAt: t(390), dueAt: t(462), settledAt: null });
    expect(c.EXPIRY).toMatchObject({ status: "RUNNING", dueAt: t(390 + 168), tier: "HELPDESK" });
  });

  it("finds nothing for an unknown or malformed id", async () => {
    expect(await loadTicketClocks(db.prisma, "tidak-ada", DEFAULT_DURATIONS, NOW)).toBeNull();
    expect(await loadTicketClocks(db.prisma, "'; DROP TABLE x; --", DEFAULT_DURATIONS, NOW)).toBeNull();
  });
});
