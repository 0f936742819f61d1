// The sweep (lib/server/clock/sweep.ts) with an injected clock: exact deadlines, the 7-day rule both
// ways, idempotence, two sweeps at once, and a reply committed while the sweep runs.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/server/generated/prisma/client";
import { after, HOUR_MS, NOTHING_CHANGED, retireActiveTickets, sweepAt } from "./helpers/clock-fixtures";
import {
  DAY_MS,
  T0,
  createTicketWorld,
  expectOk,
  openTicketAs,
  ticketState,
  type TicketWorld,
} from "./helpers/ticket-fixtures";

let world: TicketWorld;
beforeAll(async () => {
  world = await createTicketWorld();
});
afterAll(async () => world?.db.destroy());
beforeEach(async () => {
  await retireActiveTickets(world);
  world.clock.set(T0);
});

const reply = (who: keyof TicketWorld["actors"], ticketId: string, body = "Balasan.") =>
  world.service.replyToTicket(world.actors[who], { ticketId, body }).then(expectOk);

describe("escalation (3 days after opening, still at the district)", () => {
  it("changes nothing at T+3d−1ms, escalates exactly once at T+3d, and a second sweep at T+3d changes nothing", async () => {
    const id = await openTicketAs(world, world.actors.opA);
    const before = await ticketState(world, id);

    expect(await sweepAt(world, after(T0, 3 * DAY_MS - 1))).toMatchObject({ ...NOTHING_CHANGED, scanned: 0 });
    expect((await ticketState(world, id)).ticket).toEqual(before.ticket);

    const dueAt = after(T0, 3 * DAY_MS);
    expect(await sweepAt(world, dueAt)).toMatchObject({ escalated: 1, breached: 0, expired: 0 });
    const { ticket, events } = await ticketState(world, id);
    expect(ticket).toMatchObject({
      tier: "HELPDESK",
      state: "OPEN",
      handoff: "ESCALATION",
      handoffAt: dueAt,
      tierSince: dueAt,
      version: 2,
    });
    // The activity clock is untouched by the escalation.
    expect(ticket.lastMessageAt).toEqual(T0);
    expect(events.map((e) => [e.type, e.actorId])).toEqual([
      ["OPENED", world.actors.opA.userId],
      ["ESCALATED", null],
    ]);

    expect(await sweepAt(world, dueAt)).toMatchObject(NOTHING_CHANGED);
    expect((await ticketState(world, id)).events).toHaveLength(2);
  });

  it("escalates an answered ticket too (resolved means closed by the school), but never a closed or forwarded one", async () => {
    const answered = await openTicketAs(world, world.actors.opA);
    await reply("dinasSemarang", answered, "Coba sinkron ulang.");
    const closed = await openTicketAs(world, world.actors.opA);
    await reply("dinasSemarang", closed);
    expectOk(await world.service.closeTicket(world.actors.opA, { ticketId: closed }));
    const forwarded = await openTicketAs(world, world.actors.opA);
    expectOk(
      await world.service.forwardTicket(world.actors.dinasSemarang, { ticketId: forwarded, note: "Mohon bantuan." }),
    );

    // The forwarded ticket reached the helpdesk at T too: its answer target (not an escalation) falls due.
    expect(await sweepAt(world, after(T0, 3 * DAY_MS))).toMatchObject({ escalated: 1, breached: 1, expired: 0 });
    expect((await ticketState(world, answered)).ticket).toMatchObject({
      tier: "HELPDESK",
      state: "ANSWERED",
      handoff: "ESCALATION",
    });
    expect((await ticketState(world, closed)).ticket).toMatchObject({ tier: "DINAS", state: "CLOSED" });
    expect((await ticketState(world, forwarded)).events.map((e) => e.type)).toEqual([
      "OPENED",
      "FORWARDED",
      "HELPDESK_TARGET_BREACHED",
    ]);
  });
});

describe("expiry (7 days without a public message)", () => {
  it("ends as NO_RESPONSE when the asker spoke last, exactly 7 days after their message", async () => {
    const id = await openTicketAs(world, world.actors.dinasSemarang); // at the helpdesk from the start
    world.clock.set(after(T0, DAY_MS));
    await reply("helpdesk1", id, "Sudah kami periksa."); // within the 3-day target
    const lastMessage = after(T0, 2 * DAY_MS);
    world.clock.set(lastMessage);
    await reply("dinasSemarang", id, "Masih gagal.");

    expect(await sweepAt(world, after(lastMessage, 7 * DAY_MS - 1))).toMatchObject(NOTHING_CHANGED);
    const endedAt = after(lastMessage, 7 * DAY_MS);
    expect(await sweepAt(world, endedAt)).toMatchObject({ expired: 1, breached: 0, escalated: 0 });
    const { ticket, events } = await ticketState(world, id);
    expect(ticket).toMatchObject({ state: "EXPIRED", endReason: "NO_RESPONSE", endedAt, tier: "HELPDESK" });
    expect(events.at(-1)).toMatchObject({
      type: "EXPIRED",
      actorId: null,
      detail: { reason: "NO_RESPONSE", tier: "HELPDESK" },
    });
    expect(await sweepAt(world, after(endedAt, DAY_MS))).toMatchObject(NOTHING_CHANGED);
  });

  it("ends as ASKER_SILENT when the handler spoke last", async () => {
    const id = await openTicketAs(world, world.actors.dinasSemarang);
    const answeredAt = after(T0, DAY_MS);
    world.clock.set(answeredAt);
    await reply("helpdesk1", id, "Silakan unduh patch terbaru.");

    expect(await sweepAt(world, after(answeredAt, 7 * DAY_MS - 1))).toMatchObject(NOTHING_CHANGED);
    expect(await sweepAt(world, after(answeredAt, 7 * DAY_MS))).toMatchObject({ expired: 1 });
    expect((await ticketState(world, id)).ticket).toMatchObject({ state: "EXPIRED", endReason: "ASKER_SILENT" });
  });

  it("restarts the clock on a message at T+6d23h", async () => {
    const id = await openTicketAs(world, world.actors.dinasSemarang);
    world.clock.set(after(T0, HOUR_MS));
    await reply("helpdesk1", id, "Sudah kami terima.");
    const late = after(T0, 6 * DAY_MS + 23 * HOUR_MS);
    world.clock.set(late);
    await reply("dinasSemarang", id, "Masih belum bisa, mohon dicek lagi.");

    expect(await sweepAt(world, after(T0, 7 * DAY_MS))).toMatchObject(NOTHING_CHANGED);
    expect(await sweepAt(world, after(late, 7 * DAY_MS - 1))).toMatchObject(NOTHING_CHANGED);
    expect(await sweepAt(world, after(late, 7 * DAY_MS))).toMatchObject({ expired: 1 });
    expect((await ticketState(world, id)).ticket).toMatchObject({
      state: "EXPIRED",
      endReason: "NO_RESPONSE",
      endedAt: after(late, 7 * DAY_MS),
    });
  });

  it("a sweep that comes after every deadline writes the history a punctual one would have", async () => {
    const id = await openTicketAs(world, world.actors.opA);
    expect(await sweepAt(world, after(T0, 10 * DAY_MS))).toMatchObject({ escalated: 1, breached: 1, expired: 1 });
    const { ticket, events } = await ticketState(world, id);
    expect(ticket).toMatchObject({
      state: "EXPIRED",
      endReason: "NO_RESPONSE",
      tier: "HELPDESK",
      tierSince: after(T0, 3 * DAY_MS),
      endedAt: after(T0, 7 * DAY_MS),
    });
    expect(events.map((e) => [e.type, e.at])).toEqual([
      ["OPENED", T0],
      ["ESCALATED", after(T0, 3 * DAY_MS)],
      ["HELPDESK_TARGET_BREACHED", after(T0, 6 * DAY_MS)],
      ["EXPIRED", after(T0, 7 * DAY_MS)],
    ]);
  });
});

describe("helpdesk answer target (3 days at the helpdesk)", () => {
  it("records a breach once, at the deadline, for an unanswered ticket; a late answer records its own breach first", async () => {
    const unanswered = await openTicketAs(world, world.actors.dinasSemarang);
    const lateAnswer = await openTicketAs(world, world.actors.dinasSemarang);
    const onTime = await openTicketAs(world, world.actors.dinasSemarang);
    world.clock.set(after(T0, 2 * DAY_MS));
    await reply("helpdesk1", onTime);
    const due = after(T0, 3 * DAY_MS);
    expect(await sweepAt(world, after(due, -1))).toMatchObject(NOTHING_CHANGED);

    // No sweep has run since the deadline: the answer itself applies the clock first, in its own write.
    world.clock.set(after(T0, 4 * DAY_MS));
    await reply("helpdesk1", lateAnswer);
    const late = await ticketState(world, lateAnswer);
    expect(late.ticket).toMatchObject({ helpdeskBreachedAt: due, state: "ANSWERED" });
    expect(late.events.map((e) => e.type)).toEqual(["OPENED", "HELPDESK_TARGET_BREACHED", "HANDLER_REPLIED"]);

    const sweptAt = after(T0, 4 * DAY_MS + HOUR_MS);
    expect(await sweepAt(world, sweptAt)).toMatchObject({ breached: 1, expired: 0, escalated: 0 });
    expect((await ticketState(world, unanswered)).ticket).toMatchObject({
      state: "OPEN",
      tier: "HELPDESK",
      helpdeskBreachedAt: due,
    });
    expect((await ticketState(world, onTime)).ticket.helpdeskBreachedAt).toBeNull();
    expect(await sweepAt(world, sweptAt)).toMatchObject(NOTHING_CHANGED);
  });
});

describe("batches", () => {
  it("works through more overdue tickets than one batch holds, a bounded page at a time", async () => {
    const ids = [];
    for (let i = 0; i < 7; i++) ids.push(await openTicketAs(world, world.actors.opB));
    const result = await sweepAt(world, after(T0, 3 * DAY_MS), { batchSize: 3 });
    expect(result).toMatchObject({ escalated: 7, scanned: 7, batches: 3 });
    for (const id of ids) expect((await ticketState(world, id)).ticket.tier).toBe("HELPDESK");
  });

  it("does not read a candidate twice when several share the same instant", async () => {
    for (let i = 0; i < 5; i++) await openTicketAs(world, world.actors.dinasSemarang); // all at T0
    const result = await sweepAt(world, after(T0, 3 * DAY_MS), { batchSize: 2 });
    expect(result).toMatchObject({ breached: 5, scanned: 5, batches: 3 });
  });
});

describe("the sweep's chunked write", () => {
  /** What a user or a report could see of a ticket and its history, without ids and bookkeeping. */
  async function visible(id: string) {
    const { ticket, events } = await ticketState(world, id);
    // The clock seqs point at each ticket's own history: compare where they point, not the numbers.
    const {
      id: _id,
      number: _n,
      subject: _s,
      createdAt: _c,
      updatedAt: _u,
      escalatedEventSeq,
      expiredEventSeq,
      ...columns
    } = ticket;
    const typeOfSeq = (seq: number | null) =>
      seq === null ? null : (events.find((e) => e.seq === seq)?.type ?? "ELSEWHERE");
    return {
      columns: { ...columns, escalatedEvent: typeOfSeq(escalatedEventSeq), expiredEvent: typeOfSeq(expiredEventSeq) },
      events: events.map(({ id: _i, seq: _q, ticketId: _t, ...event }) => event),
    };
  }

  it.each([
    ["an escalation", "opA" as const, 3 * DAY_MS],
    ["a breach and an expiry at once", "dinasSemarang" as const, 8 * DAY_MS],
    ["an expiry that wins over the escalation", "opA" as const, 8 * DAY_MS],
  ])("writes exactly what applyDueClocks writes: %s", async (_case, asker, late) => {
    const bySweep = await openTicketAs(world, world.actors[asker]);
    const byService = await openTicketAs(world, world.actors[asker]);
    world.clock.set(after(T0, late));
    expect(expectOk(await world.service.applyDueClocks(byService)).applied.length).toBeGreaterThan(0);
    await sweepAt(world, after(T0, late));
    const [swept, applied] = [await visible(bySweep), await visible(byService)];
    expect(swept.columns).toEqual(applied.columns);
    expect(swept.events).toEqual(applied.events);
    expect(swept.events.length).toBeGreaterThan(1);
  });

  it("retries the tickets of a chunk one by one when its transaction fails, and still changes each once", async () => {
    const ids = [];
    for (let i = 0; i < 4; i++) ids.push(await openTicketAs(world, world.actors.opA));
    let failures = 0;
    const flaky = {
      async record() {
        if (failures++ === 0) throw new Error("serialization failure");
        return 0;
      },
      afterCommit: () => undefined,
    };
    const result = await sweepAt(world, after(T0, 3 * DAY_MS), { outbox: flaky });
    expect(result).toMatchObject({ escalated: 4, conflicts: 0 });
    for (const id of ids)
      expect((await ticketState(world, id)).events.filter((e) => e.type === "ESCALATED")).toHaveLength(1);
  });
});

describe("concurrency", () => {
  it("changes each ticket once, with one history event, when two sweeps run at the same moment", async () => {
    const schoolIds: string[] = [];
    const dinasIds: string[] = [];
    for (let i = 0; i < 12; i++) schoolIds.push(await openTicketAs(world, world.actors.opA));
    for (let i = 0; i < 6; i++) dinasIds.push(await openTicketAs(world, world.actors.dinasKendal));
    const now = after(T0, 3 * DAY_MS);

    const results = await Promise.all([sweepAt(world, now, { batchSize: 5 }), sweepAt(world, now, { batchSize: 5 })]);
    expect(results[0].escalated + results[1].escalated).toBe(12);
    expect(results[0].breached + results[1].breached).toBe(6);
    for (const id of schoolIds) {
      const { ticket, events } = await ticketState(world, id);
      expect(events.filter((e) => e.type === "ESCALATED")).toHaveLength(1);
      expect(ticket.version).toBe(2);
    }
    for (const id of dinasIds) {
      const { ticket, events } = await ticketState(world, id);
      expect(events.filter((e) => e.type === "HELPDESK_TARGET_BREACHED")).toHaveLength(1);
      expect(ticket.version).toBe(2);
    }
  });

  /**
   * The sweep's prisma, with a hook between its read of `ticketId` (the chunk's findMany) and its
   * write: a reply committed exactly there is the worst moment for a lost update.
   */
  /** The database, with `between` run right after the sweep's read of the ticket (its candidate query). */
  function interleaved(prisma: PrismaClient, ticketId: string, between: () => Promise<void>): PrismaClient {
    let fired = false;
    const queryRaw = async (...args: Parameters<PrismaClient["$queryRaw"]>) => {
      const rows: unknown = await prisma.$queryRaw(...args);
      if (!fired && Array.isArray(rows) && rows.some((row: { id?: unknown }) => row?.id === ticketId)) {
        fired = true;
        await between();
      }
      return rows;
    };
    return new Proxy(prisma, {
      get(target, prop) {
        if (prop === "$queryRaw") return queryRaw;
        const value = Reflect.get(target, prop, target);
        return typeof value === "function" ? value.bind(target) : value;
      },
    });
  }

  it("never loses a reply committed between the sweep's read and its write (expiry): the sweep re-reads and finds nothing due", async () => {
    const id = await openTicketAs(world, world.actors.dinasSemarang);
    world.clock.set(after(T0, HOUR_MS));
    await reply("helpdesk1", id, "Sudah kami terima.");
    const sweepNow = after(T0, HOUR_MS + 7 * DAY_MS);
    world.clock.set(after(sweepNow, -1000)); // the asker writes one second before the deadline…
    const prisma = interleaved(world.db.prisma, id, async () => {
      await reply("dinasSemarang", id, "Masih gagal, mohon dicek."); // …while the sweep holds the old ticket
    });

    const result = await sweepAt(world, sweepNow, { prisma });
    expect(result).toMatchObject({ ...NOTHING_CHANGED, scanned: 1, conflicts: 0 });
    const { ticket, messages, events } = await ticketState(world, id);
    expect(ticket).toMatchObject({ state: "OPEN", lastMessageBy: "ASKER", endReason: null, version: 3 });
    expect(messages.map((m) => m.body)).toContain("Masih gagal, mohon dicek.");
    expect(events.map((e) => e.type)).toEqual(["OPENED", "HANDLER_REPLIED", "ASKER_REPLIED"]);
  });

  it("never overwrites a reply committed between the sweep's read and its write (escalation): the sweep re-reads and escalates the answered ticket", async () => {
    const id = await openTicketAs(world, world.actors.opA);
    const sweepNow = after(T0, 3 * DAY_MS);
    world.clock.set(after(sweepNow, -1000));
    const prisma = interleaved(world.db.prisma, id, async () => {
      await reply("dinasSemarang", id, "Jawaban dinas tepat sebelum batas.");
    });

    expect(await sweepAt(world, sweepNow, { prisma })).toMatchObject({ escalated: 1 });
    const { ticket, messages, events } = await ticketState(world, id);
    // Both changes are there: the district's answer (state, first response) and the escalation.
    expect(ticket).toMatchObject({
      state: "ANSWERED",
      tier: "HELPDESK",
      lastMessageBy: "HANDLER",
      dinasFirstResponseAt: after(sweepNow, -1000),
      version: 3,
    });
    expect(messages.map((m) => m.body)).toContain("Jawaban dinas tepat sebelum batas.");
    expect(events.map((e) => e.type)).toEqual(["OPENED", "HANDLER_REPLIED", "ESCALATED"]);
  });
});
