// The Inngest durable functions (inngest/functions), run with @inngest/test against a real database:
// the sleeps are mocked, and the `apply` step runs the real applyDueClocks on the ticket as it is when
// the timer wakes. Events are the ones the outbox really recorded for the change.
import { InngestTestEngine } from "@inngest/test";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createInngestClient } from "@/lib/server/outbox/inngest-client";
import { CLOCK_SWEEP_CRON, createClockFunctions } from "@/inngest/functions";
import { DEFAULT_DURATIONS } from "@/lib/domain";
import type { ClockDeps } from "@/lib/server/clock";
import {
  TICKET_ACTIVITY,
  TICKET_AT_HELPDESK,
  TICKET_OPENED,
  createTicketOutbox,
  type OutboxMessage,
} from "@/lib/server/outbox";
import { after, HOUR_MS, retireActiveTickets, serviceWithOutbox } from "./helpers/clock-fixtures";
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
  await world.db.prisma.outboxEvent.deleteMany();
  world.clock.set(T0);
});

const outbox = createTicketOutbox();
const sent: OutboxMessage[] = [];
/** When the timers wake up (the step's `now`); the sleeps themselves are mocked. */
let wakeAt = T0;
const getDeps = (): ClockDeps => ({
  prisma: world.db.prisma,
  durations: DEFAULT_DURATIONS,
  now: () => wakeAt,
  outbox,
  send: async (events) => void sent.push(...events),
});
const functions = createClockFunctions({ client: createInngestClient({ isDev: true }), getDeps });

const service = () => serviceWithOutbox(world, outbox);
const reply = async (who: keyof TicketWorld["actors"], ticketId: string, at: Date, body = "Balasan.") => {
  world.clock.set(at);
  expectOk(await service().replyToTicket(world.actors[who], { ticketId, body }));
};

/** The newest outbox event of that name for the ticket: what Inngest would have received. */
async function eventFor(name: string, ticketId: string) {
  const rows = await world.db.prisma.outboxEvent.findMany({ where: { name }, orderBy: { seq: "desc" } });
  const row = rows.find((r) => (r.payload as { ticketId?: string }).ticketId === ticketId);
  if (!row) throw new Error(`no ${name} event for ${ticketId}`);
  return { id: row.id, name, data: row.payload as Record<string, string> };
}

/** Runs a timer function for `event`, its sleep mocked, waking at `at`. */
async function wake(
  fn: keyof typeof functions,
  event: Awaited<ReturnType<typeof eventFor>>,
  sleepId: string,
  at: Date,
) {
  wakeAt = at;
  const engine = new InngestTestEngine({
    function: functions[fn],
    events: [event],
    steps: [{ id: sleepId, handler: () => undefined }],
  });
  return engine.execute();
}

const ESCALATION_SLEEP = "wait-for-escalation-deadline";
const EXPIRY_SLEEP = "wait-for-expiry-deadline";
const HELPDESK_SLEEP = "wait-for-helpdesk-answer-deadline";

describe("escalation timer (helpdesk/ticket.opened)", () => {
  it("sleeps until the escalation deadline, escalates, and starts the helpdesk answer timer", async () => {
    sent.length = 0;
    const id = await openTicketAs({ ...world, service: service() }, world.actors.opA);
    const event = await eventFor(TICKET_OPENED, id);
    const dueAt = after(T0, 3 * DAY_MS);
    expect(event.data.dueAt).toBe(dueAt.toISOString());

    const { result, ctx } = await wake("escalationTimer", event, ESCALATION_SLEEP, dueAt);
    expect(ctx.step.sleepUntil).toHaveBeenCalledWith(ESCALATION_SLEEP, dueAt.toISOString());
    expect(result).toEqual({ ticketId: id, applied: ["ESCALATE"] });
    expect((await ticketState(world, id)).ticket).toMatchObject({
      tier: "HELPDESK",
      handoff: "ESCALATION",
      tierSince: dueAt,
    });
    expect(ctx.step.run).toHaveBeenCalledWith("dispatch-outbox", expect.any(Function));
    expect(sent.filter((e) => e.name === TICKET_AT_HELPDESK).map((e) => e.data)).toEqual([
      { ticketId: id, dueAt: after(dueAt, 3 * DAY_MS).toISOString() },
    ]);
  });

  it.each([
    [
      "closed by the school",
      async (id: string) => expectOk(await service().closeTicket(world.actors.opA, { ticketId: id })),
    ],
    [
      'answered and then closed ("Ya, masalah selesai")',
      async (id: string) => {
        await reply("dinasSemarang", id, after(T0, HOUR_MS), "Silakan sinkron ulang.");
        world.clock.set(after(T0, 2 * HOUR_MS));
        expectOk(await service().closeTicket(world.actors.opA, { ticketId: id, solved: true }));
      },
    ],
    [
      "already forwarded by the district",
      async (id: string) => {
        world.clock.set(after(T0, HOUR_MS));
        expectOk(await service().forwardTicket(world.actors.dinasSemarang, { ticketId: id, note: "Mohon dibantu." }));
      },
    ],
  ])("does nothing when the ticket was %s", async (_case, change) => {
    const id = await openTicketAs({ ...world, service: service() }, world.actors.opA);
    const event = await eventFor(TICKET_OPENED, id);
    await change(id);
    const before = await ticketState(world, id);

    const { result, ctx } = await wake("escalationTimer", event, ESCALATION_SLEEP, after(T0, 3 * DAY_MS));
    expect(result).toEqual({ ticketId: id, applied: [] });
    expect(ctx.step.run).not.toHaveBeenCalledWith("dispatch-outbox", expect.any(Function));
    expect(await ticketState(world, id)).toEqual(before);
  });

  it("refuses a malformed event once instead of retrying it", async () => {
    const engine = new InngestTestEngine({
      function: functions.escalationTimer,
      events: [{ name: TICKET_OPENED, data: { ticketId: "x", dueAt: "kapan-kapan" } }],
      steps: [{ id: ESCALATION_SLEEP, handler: () => undefined }],
    });
    const { error, result } = await engine.execute();
    expect(result).toBeUndefined();
    expect(error).toMatchObject({
      name: "NonRetriableError",
      message: expect.stringContaining("invalid clock timer event"),
    });
  });
});

describe("expiry timer (helpdesk/ticket.activity)", () => {
  it("is cancelled by a newer message on the same ticket", () => {
    expect(functions.expiryTimer.opts.cancelOn).toEqual([
      { event: TICKET_ACTIVITY, if: "async.data.ticketId == event.data.ticketId" },
    ]);
  });

  it("respects a newer message: the stale run finds nothing due, the newer one ends the ticket", async () => {
    const id = await openTicketAs({ ...world, service: service() }, world.actors.dinasSemarang);
    await reply("helpdesk1", id, after(T0, HOUR_MS), "Sudah kami periksa.");
    const stale = await eventFor(TICKET_ACTIVITY, id);
    const newerAt = after(T0, 6 * DAY_MS);
    await reply("dinasSemarang", id, newerAt, "Masih gagal.");
    const newer = await eventFor(TICKET_ACTIVITY, id);
    expect(newer.data.dueAt).toBe(after(newerAt, 7 * DAY_MS).toISOString());

    const staleRun = await wake("expiryTimer", stale, EXPIRY_SLEEP, new Date(stale.data.dueAt as string));
    expect(staleRun.ctx.step.sleepUntil).toHaveBeenCalledWith(
      EXPIRY_SLEEP,
      after(T0, HOUR_MS + 7 * DAY_MS).toISOString(),
    );
    expect(staleRun.result).toEqual({ ticketId: id, applied: [] });
    expect((await ticketState(world, id)).ticket.state).toBe("OPEN");

    const newerRun = await wake("expiryTimer", newer, EXPIRY_SLEEP, after(newerAt, 7 * DAY_MS));
    expect(newerRun.result).toEqual({ ticketId: id, applied: ["EXPIRE"] });
    expect((await ticketState(world, id)).ticket).toMatchObject({ state: "EXPIRED", endReason: "NO_RESPONSE" });
  });

  it("ends as NO_RESPONSE when the asker spoke last", async () => {
    const id = await openTicketAs({ ...world, service: service() }, world.actors.dinasSemarang);
    await reply("helpdesk1", id, after(T0, HOUR_MS));
    await reply("dinasSemarang", id, after(T0, 2 * HOUR_MS), "Belum berhasil.");
    const event = await eventFor(TICKET_ACTIVITY, id);
    const { result } = await wake("expiryTimer", event, EXPIRY_SLEEP, new Date(event.data.dueAt as string));
    expect(result).toEqual({ ticketId: id, applied: ["EXPIRE"] });
    const { ticket, events } = await ticketState(world, id);
    expect(ticket).toMatchObject({
      state: "EXPIRED",
      endReason: "NO_RESPONSE",
      endedAt: after(T0, 2 * HOUR_MS + 7 * DAY_MS),
    });
    expect(events.at(-1)).toMatchObject({ type: "EXPIRED", actorId: null, detail: { reason: "NO_RESPONSE" } });
  });

  it("ends as ASKER_SILENT when the handler spoke last", async () => {
    const id = await openTicketAs({ ...world, service: service() }, world.actors.dinasSemarang);
    await reply("helpdesk1", id, after(T0, HOUR_MS), "Silakan pasang pembaruan.");
    const event = await eventFor(TICKET_ACTIVITY, id);
    const { result } = await wake("expiryTimer", event, EXPIRY_SLEEP, new Date(event.data.dueAt as string));
    expect(result).toEqual({ ticketId: id, applied: ["EXPIRE"] });
    expect((await ticketState(world, id)).ticket).toMatchObject({ state: "EXPIRED", endReason: "ASKER_SILENT" });
  });

  it("does nothing for a ticket the asker closed", async () => {
    const id = await openTicketAs({ ...world, service: service() }, world.actors.opA);
    const event = await eventFor(TICKET_ACTIVITY, id);
    world.clock.set(after(T0, HOUR_MS));
    expectOk(await service().closeTicket(world.actors.opA, { ticketId: id }));
    const { result } = await wake("expiryTimer", event, EXPIRY_SLEEP, new Date(event.data.dueAt as string));
    expect(result).toEqual({ ticketId: id, applied: [] });
    expect((await ticketState(world, id)).ticket).toMatchObject({ state: "CLOSED", endReason: "CLOSED_BY_ASKER" });
  });
});

describe("helpdesk answer timer (helpdesk/ticket.at-helpdesk)", () => {
  it("records the breach when the helpdesk has not answered by the target", async () => {
    const id = await openTicketAs({ ...world, service: service() }, world.actors.dinasSemarang);
    const event = await eventFor(TICKET_AT_HELPDESK, id);
    const dueAt = after(T0, 3 * DAY_MS);
    const { result, ctx } = await wake("helpdeskAnswerTimer", event, HELPDESK_SLEEP, dueAt);
    expect(ctx.step.sleepUntil).toHaveBeenCalledWith(HELPDESK_SLEEP, dueAt.toISOString());
    expect(result).toEqual({ ticketId: id, applied: ["BREACH"] });
    expect((await ticketState(world, id)).ticket).toMatchObject({
      state: "OPEN",
      tier: "HELPDESK",
      helpdeskBreachedAt: dueAt,
    });
  });

  it("records nothing when the helpdesk answered in time", async () => {
    const id = await openTicketAs({ ...world, service: service() }, world.actors.dinasSemarang);
    const event = await eventFor(TICKET_AT_HELPDESK, id);
    await reply("helpdesk1", id, after(T0, 2 * DAY_MS));
    const { result } = await wake("helpdeskAnswerTimer", event, HELPDESK_SLEEP, after(T0, 3 * DAY_MS));
    expect(result).toEqual({ ticketId: id, applied: [] });
    expect((await ticketState(world, id)).ticket.helpdeskBreachedAt).toBeNull();
  });
});

describe("clock sweep (cron every 10 minutes)", () => {
  it("is a cron function that runs one at a time", () => {
    expect(functions.clockSweep.opts.triggers).toEqual([{ cron: CLOCK_SWEEP_CRON }]);
    expect(functions.escalationTimer.opts.triggers).toEqual([{ event: TICKET_OPENED }]);
    expect(CLOCK_SWEEP_CRON).toBe("*/10 * * * *");
    expect(functions.clockSweep.opts.concurrency).toEqual({ limit: 1 });
  });

  it("applies every overdue transition and dispatches the outbox", async () => {
    sent.length = 0;
    const school = await openTicketAs({ ...world, service: service() }, world.actors.opA);
    const dinas = await openTicketAs({ ...world, service: service() }, world.actors.dinasKendal);
    wakeAt = after(T0, 3 * DAY_MS);
    const { result, ctx } = await new InngestTestEngine({ function: functions.clockSweep }).execute();
    expect(ctx.step.run).toHaveBeenCalledWith("sweep", expect.any(Function));
    expect(result).toMatchObject({
      swept: { escalated: 1, breached: 1, expired: 0 },
      // open (2 + 2 events) + the escalation's answer timer
      dispatched: { sent: 5, failed: 0 },
    });
    expect((await ticketState(world, school)).ticket.tier).toBe("HELPDESK");
    expect((await ticketState(world, dinas)).ticket.helpdeskBreachedAt).toEqual(wakeAt);
    expect(await world.db.prisma.outboxEvent.count({ where: { sentAt: null } })).toBe(0);
    expect(sent).toHaveLength(5);
  });
});
