// The transactional outbox of the clock timers: which changes write which events (in the change's own
// transaction), the dispatcher that hands them to Inngest, and what happens when Inngest is unreachable.
import net from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createInngestClient, sendWith } from "@/lib/server/outbox/inngest-client";
import {
  backoffMs,
  createTicketOutbox,
  dispatchOutbox,
  recordClockEvents,
  TICKET_ACTIVITY,
  TICKET_AT_HELPDESK,
  TICKET_OPENED,
  type OutboxMessage,
  type OutboxSend,
} from "@/lib/server/outbox";
import type { TicketOutbox } from "@/lib/server/tickets";
import { after, HOUR_MS, MINUTE_MS, retireActiveTickets, serviceWithOutbox, sweepAt } from "./helpers/clock-fixtures";
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
const service = () => serviceWithOutbox(world, outbox);
const rows = () => world.db.prisma.outboxEvent.findMany({ orderBy: { seq: "asc" } });
const iso = (date: Date) => date.toISOString();

/** A `send` that records what it was given. */
function recordingSend(): OutboxSend & { calls: OutboxMessage[][] } {
  const calls: OutboxMessage[][] = [];
  return Object.assign(async (events: OutboxMessage[]) => void calls.push(events), { calls });
}

/** A port on 127.0.0.1 nobody listens on. */
async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe("recording the timer events with the change", () => {
  it("a school's question starts the escalation timer and the expiry timer", async () => {
    const id = await openTicketAs({ ...world, service: service() }, world.actors.opA);
    expect((await rows()).map((r) => [r.name, r.payload])).toEqual([
      [TICKET_OPENED, { ticketId: id, dueAt: iso(after(T0, 3 * DAY_MS)) }],
      [TICKET_ACTIVITY, { ticketId: id, lastMessageAt: iso(T0), dueAt: iso(after(T0, 7 * DAY_MS)) }],
    ]);
  });

  it("a district's question starts the expiry timer and the helpdesk answer target", async () => {
    const id = await openTicketAs({ ...world, service: service() }, world.actors.dinasSemarang);
    expect((await rows()).map((r) => [r.name, r.payload])).toEqual([
      [TICKET_ACTIVITY, { ticketId: id, lastMessageAt: iso(T0), dueAt: iso(after(T0, 7 * DAY_MS)) }],
      [TICKET_AT_HELPDESK, { ticketId: id, dueAt: iso(after(T0, 3 * DAY_MS)) }],
    ]);
  });

  it("every public reply restarts the expiry timer; a forward starts the answer target; notes and closing start nothing", async () => {
    const svc = service();
    const id = await openTicketAs({ ...world, service: svc }, world.actors.opA);
    await world.db.prisma.outboxEvent.deleteMany();

    world.clock.set(after(T0, HOUR_MS));
    expectOk(await svc.replyToTicket(world.actors.dinasSemarang, { ticketId: id, body: "Coba ulangi." }));
    world.clock.set(after(T0, 2 * HOUR_MS));
    expectOk(await svc.forwardTicket(world.actors.dinasSemarang, { ticketId: id, note: "Mohon dibantu." }));
    world.clock.set(after(T0, 3 * HOUR_MS));
    expectOk(await svc.addInternalNote(world.actors.helpdesk1, { ticketId: id, body: "Cek log." }));
    expectOk(await svc.closeTicket(world.actors.opA, { ticketId: id }));

    expect((await rows()).map((r) => [r.name, r.payload])).toEqual([
      [
        TICKET_ACTIVITY,
        { ticketId: id, lastMessageAt: iso(after(T0, HOUR_MS)), dueAt: iso(after(T0, HOUR_MS + 7 * DAY_MS)) },
      ],
      [TICKET_AT_HELPDESK, { ticketId: id, dueAt: iso(after(T0, 2 * HOUR_MS + 3 * DAY_MS)) }],
    ]);
  });

  it("an escalation by the sweep starts the helpdesk answer target", async () => {
    const id = await openTicketAs(world, world.actors.opA); // the plain service: no outbox rows
    expect(await rows()).toEqual([]);
    // A minute late: the ticket moved at its deadline, and the helpdesk's 3 days count from there.
    const escalatedAt = after(T0, 3 * DAY_MS);
    expect(await sweepAt(world, after(escalatedAt, MINUTE_MS), { outbox })).toMatchObject({ escalated: 1 });
    expect((await rows()).map((r) => [r.name, r.payload])).toEqual([
      [TICKET_AT_HELPDESK, { ticketId: id, dueAt: iso(after(escalatedAt, 3 * DAY_MS)) }],
    ]);
  });

  it("writes nothing when Inngest is not configured (the service has no outbox)", async () => {
    const id = await openTicketAs(world, world.actors.opA);
    expectOk(await world.service.replyToTicket(world.actors.dinasSemarang, { ticketId: id, body: "Jawaban." }));
    expect(await rows()).toEqual([]);
  });

  it("leaves no event when the change rolls back, and no change without its event", async () => {
    const id = await openTicketAs(world, world.actors.opA);
    // Records the events, then the transaction fails after them (as any later failure in it would).
    const failing: TicketOutbox = {
      async record(tx, result, durations) {
        await recordClockEvents(tx, result, durations);
        throw new Error("database went away mid-transaction");
      },
      afterCommit: () => undefined,
    };
    const svc = serviceWithOutbox(world, failing);
    await expect(
      svc.replyToTicket(world.actors.dinasSemarang, { ticketId: id, body: "Tidak tersimpan." }),
    ).rejects.toThrow("went away");
    await expect(
      svc.openTicket(world.actors.opA, {
        categoryId: world.categories.sinkronisasi,
        subject: "Pertanyaan yang tidak tersimpan",
        body: "Pertanyaan baru yang tidak tersimpan.",
      }),
    ).rejects.toThrow("went away");

    expect(await rows()).toEqual([]);
    const { ticket, messages } = await ticketState(world, id);
    expect(ticket.version).toBe(1);
    expect(messages.map((m) => m.body)).not.toContain("Tidak tersimpan.");
    expect(await world.db.prisma.ticket.count({ where: { subject: "Pertanyaan yang tidak tersimpan" } })).toBe(0);
  });

  it("hands the events on after commit, without making the user wait", async () => {
    let handed = 0;
    const svc = serviceWithOutbox(world, createTicketOutbox({ afterCommit: () => void (handed += 1) }));
    const id = await openTicketAs({ ...world, service: svc }, world.actors.opA);
    expect(handed).toBe(1);
    expectOk(await svc.replyToTicket(world.actors.dinasSemarang, { ticketId: id, body: "Jawaban." }));
    expect(handed).toBe(2);
    // A change that starts no timer has nothing to hand on.
    expectOk(await svc.closeTicket(world.actors.opA, { ticketId: id }));
    expect(handed).toBe(2);
  });
});

describe("dispatching to Inngest", () => {
  async function threeRows() {
    const svc = service();
    const id = await openTicketAs({ ...world, service: svc }, world.actors.opA); // 2 rows
    expectOk(await svc.replyToTicket(world.actors.dinasSemarang, { ticketId: id, body: "Jawaban." })); // 1 row
    return id;
  }

  it("sends unsent rows in order, with the row id as the event id, and marks them sent", async () => {
    await threeRows();
    const send = recordingSend();
    const now = after(T0, MINUTE_MS);
    expect(await dispatchOutbox({ prisma: world.db.prisma, send, now })).toEqual({ sent: 3, failed: 0 });
    const stored = await rows();
    expect(send.calls).toHaveLength(1);
    expect(send.calls[0]).toEqual(stored.map((r) => ({ id: r.id, name: r.name, data: r.payload })));
    expect(send.calls[0]?.map((e) => e.name)).toEqual([TICKET_OPENED, TICKET_ACTIVITY, TICKET_ACTIVITY]);
    expect(stored.every((r) => r.sentAt?.getTime() === now.getTime() && r.attempts === 0)).toBe(true);

    expect(await dispatchOutbox({ prisma: world.db.prisma, send, now: after(now, DAY_MS) })).toEqual({
      sent: 0,
      failed: 0,
    });
    expect(send.calls).toHaveLength(1);
  });

  it("sends a page at a time", async () => {
    await threeRows();
    const send = recordingSend();
    expect(await dispatchOutbox({ prisma: world.db.prisma, send, now: T0, limit: 2 })).toMatchObject({ sent: 2 });
    expect(await dispatchOutbox({ prisma: world.db.prisma, send, now: T0, limit: 2 })).toMatchObject({ sent: 1 });
    expect(send.calls.flat().map((e) => e.id)).toEqual((await rows()).map((r) => r.id));
  });

  it("never sends a row twice when two dispatchers run at once", async () => {
    await threeRows();
    await threeRows();
    const send = recordingSend();
    const results = await Promise.all([
      dispatchOutbox({ prisma: world.db.prisma, send, now: T0, limit: 4 }),
      dispatchOutbox({ prisma: world.db.prisma, send, now: T0, limit: 4 }),
    ]);
    expect(results[0].sent + results[1].sent).toBe(6);
    const ids = send.calls.flat().map((e) => e.id);
    expect(new Set(ids).size).toBe(6);
  });

  it("records a failed send through the real Inngest client (nothing listening), backs off 2, 4 … 60 minutes, then sends", async () => {
    await threeRows();
    const port = await closedPort();
    const unreachable = sendWith(
      createInngestClient({
        isDev: false,
        eventKey: "test-event-key",
        signingKey: "signkey-test-0123",
        baseUrl: `http://127.0.0.1:${port}`,
      }),
    );

    const first = await dispatchOutbox({ prisma: world.db.prisma, send: unreachable, now: T0 });
    expect(first).toMatchObject({ sent: 0, failed: 3, error: expect.stringMatching(/fetch failed|ECONNREFUSED/) });
    let stored = await rows();
    expect(stored.map((r) => [r.attempts, r.sentAt, r.availableAt])).toEqual(
      Array(3).fill([1, null, after(T0, 2 * MINUTE_MS)]),
    );
    expect(stored[0]?.lastError).toMatch(/ECONNREFUSED|fetch failed/);

    // Not before the backoff: nothing is even tried.
    const send = recordingSend();
    expect(await dispatchOutbox({ prisma: world.db.prisma, send, now: after(T0, 2 * MINUTE_MS - 1) })).toEqual({
      sent: 0,
      failed: 0,
    });
    expect(send.calls).toHaveLength(0);

    const failing: OutboxSend = async () => {
      throw new Error("Inngest API error: 503 Service Unavailable");
    };
    let now = after(T0, 2 * MINUTE_MS);
    for (const attempts of [2, 3, 4, 5, 6, 7]) {
      expect(await dispatchOutbox({ prisma: world.db.prisma, send: failing, now })).toMatchObject({ failed: 3 });
      stored = await rows();
      expect(stored.map((r) => r.attempts)).toEqual([attempts, attempts, attempts]);
      expect(stored[0]?.availableAt).toEqual(after(now, Math.min(2 ** attempts, 60) * MINUTE_MS));
      expect(stored[0]?.lastError).toBe("Error: Inngest API error: 503 Service Unavailable");
      now = stored[0]?.availableAt as Date;
    }
    expect(backoffMs(7)).toBe(60 * MINUTE_MS);

    expect(await dispatchOutbox({ prisma: world.db.prisma, send, now })).toEqual({ sent: 3, failed: 0 });
    expect((await rows()).every((r) => r.sentAt !== null && r.lastError === null)).toBe(true);
  });

  it("lets the user's action succeed when Inngest is unreachable; the events wait in the outbox", async () => {
    const port = await closedPort();
    const client = createInngestClient({ isDev: true, baseUrl: `http://127.0.0.1:${port}` });
    const dispatches: Promise<unknown>[] = [];
    const logged: unknown[] = [];
    // As lib/server/outbox/app-outbox.ts wires it: dispatch after commit, fire-and-forget, errors logged.
    const appLike = createTicketOutbox({
      afterCommit() {
        const dispatch = dispatchOutbox({ prisma: world.db.prisma, send: sendWith(client), now: world.clock.now() })
          .then((result) => void (result.error && logged.push(result.error)))
          .catch((error: unknown) => void logged.push(error));
        dispatches.push(dispatch);
      },
    });
    const svc = serviceWithOutbox(world, appLike);

    const opened = expectOk(
      await svc.openTicket(world.actors.opA, {
        categoryId: world.categories.sinkronisasi,
        subject: "Akun terkunci",
        body: "Akun operator terkunci.",
      }),
    );
    expect(opened.ticket).toMatchObject({ state: "OPEN", tier: "DINAS" });
    await Promise.all(dispatches);
    expect(logged).toHaveLength(1);
    expect((await rows()).map((r) => [r.name, r.attempts, r.sentAt])).toEqual([
      [TICKET_OPENED, 1, null],
      [TICKET_ACTIVITY, 1, null],
    ]);
    // The sweep still applies the overdue transition, Inngest or not.
    expect(await sweepAt(world, after(T0, 3 * DAY_MS), { outbox: appLike })).toMatchObject({ escalated: 1 });
    expect((await ticketState(world, opened.ticket.id)).ticket.tier).toBe("HELPDESK");
  });
});
