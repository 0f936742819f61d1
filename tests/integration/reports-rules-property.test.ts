// The report's SQL restates two rules of lib/domain (lib/server/reports/figures.ts): the helpdesk's answer
// target status and the escalation deadline. Random tickets at random instants, under random clock
// durations, are written to the database; for each one the SQL must say what the domain says.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  escalationDueAt,
  helpdeskTargetStatus,
  type ClockDurations,
  type EndReason,
  type TicketSnapshot,
  type TicketState,
} from "@/lib/domain";
import { escalationDueSql, helpdeskStatusSql, type ReportContext } from "@/lib/server/reports";
import { createTestDatabase, type TestDatabase } from "./helpers/test-database";

const MINUTE = 60_000;
const T0 = Date.parse("2026-03-02T01:00:00Z");
const REGENCY = "33.74";

let db: TestDatabase;
let categoryId: string;
let schoolId: string;
let schoolAsker: string;
let dinasAsker: string;

beforeAll(async () => {
  db = await createTestDatabase();
  const p = db.prisma;
  await p.province.create({ data: { code: "33", name: "Jawa Tengah", timeZone: "Asia/Jakarta" } });
  await p.regency.create({ data: { code: REGENCY, provinceCode: "33", name: "Kota Semarang" } });
  categoryId = (await p.category.create({ data: { code: "SINK", name: "Sinkronisasi", isActive: true, sortOrder: 0 } }))
    .id;
  const school = await p.school.create({
    data: { npsn: "69900001", name: "TK Uji", form: "TK", status: "SWASTA", regencyCode: REGENCY },
  });
  schoolId = school.id;
  schoolAsker = (
    await p.user.create({ data: { username: "op.uji", displayName: "Operator", role: "SEKOLAH", schoolId } })
  ).id;
  dinasAsker = (
    await p.user.create({ data: { username: "dinas.uji", displayName: "Dinas", role: "DINAS", regencyCode: REGENCY } })
  ).id;
});
afterAll(async () => {
  await db?.destroy();
});

/** Minutes after T0, so every instant is a whole millisecond the timestamp(3) columns keep exactly. */
const offset = fc.integer({ min: 0, max: 20 * 24 * 60 });
// Half the time each reply or breach did not happen yet: unanswered running tickets (PENDING) are common.
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null, freq: 2 });
const END_REASONS: Record<"CLOSED" | "EXPIRED", EndReason[]> = {
  CLOSED: ["CLOSED_BY_ASKER", "RESOLVED_AT_COUNTER"],
  EXPIRED: ["NO_RESPONSE", "ASKER_SILENT"],
};

const ticketArb = fc
  .record({
    askerType: fc.constantFrom("SEKOLAH" as const, "DINAS" as const),
    state: fc.constantFrom<TicketState>("OPEN", "ANSWERED", "CLOSED", "EXPIRED"),
    atHelpdesk: fc.boolean(),
    opened: offset,
    toHelpdeskAfter: offset,
    dinasReplyAfter: maybe(offset),
    helpdeskReplyAfter: maybe(offset),
    breachedAfter: maybe(offset),
    endedAfter: offset,
    endReasonIndex: fc.integer({ min: 0, max: 1 }),
  })
  .map((r) => {
    const at = (minutes: number) => new Date(T0 + minutes * MINUTE);
    const openedAt = at(r.opened);
    // A district's question starts at the helpdesk; a school's starts at its district.
    const tier = r.askerType === "DINAS" || r.atHelpdesk ? ("HELPDESK" as const) : ("DINAS" as const);
    const moved = r.askerType === "SEKOLAH" && tier === "HELPDESK";
    const tierSince = moved ? at(r.opened + r.toHelpdeskAfter) : openedAt;
    const dinasFirstResponseAt =
      r.askerType === "SEKOLAH" && r.dinasReplyAfter !== null ? at(r.opened + r.dinasReplyAfter) : null;
    const helpdeskFirstResponseAt =
      tier === "HELPDESK" && r.helpdeskReplyAfter !== null
        ? at(r.opened + r.toHelpdeskAfter + r.helpdeskReplyAfter)
        : null;
    const helpdeskBreachedAt = tier === "HELPDESK" && r.breachedAfter !== null ? at(r.opened + r.breachedAfter) : null;
    const ended = r.state === "CLOSED" || r.state === "EXPIRED";
    const snapshot: Omit<TicketSnapshot, "id"> = {
      state: r.state,
      tier,
      askerType: r.askerType,
      channel: "WEB",
      schoolId: r.askerType === "SEKOLAH" ? "school" : null,
      regencyCode: REGENCY,
      assigneeId: null,
      openedAt,
      tierSince,
      handoff: moved ? "ESCALATION" : null,
      handoffAt: moved ? tierSince : null,
      firstResponseAt: dinasFirstResponseAt ?? helpdeskFirstResponseAt,
      dinasFirstResponseAt,
      helpdeskFirstResponseAt,
      lastMessageAt: openedAt,
      lastMessageBy: "ASKER",
      helpdeskBreachedAt,
      endedAt: ended ? at(r.opened + r.endedAfter) : null,
      endReason: ended ? (END_REASONS[r.state as "CLOSED" | "EXPIRED"][r.endReasonIndex] ?? null) : null,
      version: 1,
    };
    return snapshot;
  });

const durationsArb: fc.Arbitrary<ClockDurations> = fc.record({
  escalationMs: fc.integer({ min: 1, max: 10 * 24 * 60 }).map((m) => m * MINUTE),
  helpdeskAnswerMs: fc.integer({ min: 1, max: 10 * 24 * 60 }).map((m) => m * MINUTE),
  expiryMs: fc.integer({ min: 1, max: 10 * 24 * 60 }).map((m) => m * MINUTE),
});

let numbers = 0;

async function insert(tickets: Omit<TicketSnapshot, "id">[]): Promise<TicketSnapshot[]> {
  return Promise.all(
    tickets.map(async (ticket) => {
      const { id } = await db.prisma.ticket.create({
        data: {
          number: `HD-2026-${String(++numbers).padStart(6, "0")}`,
          subject: "Tiket acak",
          categoryId,
          askerType: ticket.askerType,
          askerId: ticket.askerType === "SEKOLAH" ? schoolAsker : dinasAsker,
          schoolId: ticket.askerType === "SEKOLAH" ? schoolId : null,
          regencyCode: ticket.regencyCode,
          channel: ticket.channel,
          state: ticket.state,
          tier: ticket.tier,
          openedAt: ticket.openedAt,
          tierSince: ticket.tierSince,
          handoff: ticket.handoff,
          handoffAt: ticket.handoffAt,
          firstResponseAt: ticket.firstResponseAt,
          dinasFirstResponseAt: ticket.dinasFirstResponseAt,
          helpdeskFirstResponseAt: ticket.helpdeskFirstResponseAt,
          lastMessageAt: ticket.lastMessageAt,
          lastMessageBy: ticket.lastMessageBy,
          helpdeskBreachedAt: ticket.helpdeskBreachedAt,
          endedAt: ticket.endedAt,
          endReason: ticket.endReason,
        },
      });
      return { ...ticket, id };
    }),
  );
}

describe("the report's SQL says what lib/domain says", () => {
  it("for the helpdesk's answer target and the escalation deadline, of any ticket at any instant", async () => {
    const statusesSeen = new Set<string>();
    let escalationsCompared = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(ticketArb, { minLength: 1, maxLength: 30 }),
        durationsArb,
        fc.integer({ min: 0, max: 25 * 24 * 60 }),
        async (drafts, durations, nowMinutes) => {
          const tickets = await insert(drafts);
          const now = new Date(T0 + nowMinutes * MINUTE);
          const ctx: ReportContext = { prisma: db.prisma, durations, now };
          const rows = await db.prisma.$queryRaw<{ id: string; status: string; escalationDue: Date }[]>`
            SELECT t."id", ${helpdeskStatusSql(ctx)} AS "status", ${escalationDueSql(ctx)} AS "escalationDue"
            FROM "Ticket" t`;
          const byId = new Map(rows.map((row) => [row.id, row]));
          for (const ticket of tickets) {
            const row = byId.get(ticket.id);
            const status = helpdeskTargetStatus(ticket, durations, now);
            expect(row?.status, JSON.stringify(ticket)).toBe(status);
            statusesSeen.add(status);
            const due = escalationDueAt(ticket, durations);
            if (due === null) continue;
            expect(new Date(row!.escalationDue).getTime()).toBe(due.getTime());
            escalationsCompared++;
          }
          await db.prisma.ticket.deleteMany({});
        },
      ),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 25) },
    );
    // The random tickets reached every answer-target status and running escalations.
    expect([...statusesSeen].sort()).toEqual(["BREACHED", "MET", "NOT_APPLICABLE", "PENDING"]);
    expect(escalationsCompared).toBeGreaterThan(0);
  });
});
