// Races with their interleaving forced, on a PostgreSQL server: one writer is held just before its
// conditional write (a Prisma query extension that waits at the Ticket update — the real service, the
// real database, only paused), the other writer commits meanwhile, then the first goes on. So each
// outcome of a race is made to happen and checked, instead of accepting whichever one the scheduler
// happened to produce (tickets-concurrency.test.ts). PGlite has one connection: a held transaction would
// hold the other writer too, so these run on PostgreSQL only.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TICKET_ENDED_MESSAGE } from "@/lib/domain";
import type { PrismaClient } from "@/lib/server/generated/prisma/client";
import { createTicketService, type TicketService } from "@/lib/server/tickets";
import { isPostgresServer } from "./helpers/test-database";
import {
  DAY_MS,
  DEFAULT_DURATIONS,
  T0,
  createTicketWorld,
  expectOk,
  openTicketAs,
  ticketState,
  type TicketWorld,
} from "./helpers/ticket-fixtures";

let world: TicketWorld;
beforeAll(async () => {
  if (isPostgresServer) world = await createTicketWorld();
});
afterAll(async () => world?.db.destroy());

/** A point where one writer waits: `reached` when it gets there, it goes on after `release()`. */
function pausePoint() {
  let arrive!: () => void;
  let release!: () => void;
  const reached = new Promise<void>((resolve) => (arrive = resolve));
  const released = new Promise<void>((resolve) => (release = resolve));
  let armed = true;
  return {
    reached,
    release,
    /** Called by the held writer: waits the first time only (its retry goes straight through). */
    async pass() {
      if (!armed) return;
      armed = false;
      arrive();
      await released;
    },
  };
}

/** The ticket service on the same database, whose first conditional Ticket update waits at `point`. */
function heldService(point: ReturnType<typeof pausePoint>): TicketService {
  const prisma = world.db.prisma.$extends({
    query: {
      ticket: {
        async updateMany({ args, query }) {
          await point.pass();
          return query(args);
        },
      },
    },
  });
  return createTicketService({
    prisma: prisma as unknown as PrismaClient,
    durations: DEFAULT_DURATIONS,
    now: world.clock.now,
  });
}

describe.skipIf(!isPostgresServer)("forced interleavings (PostgreSQL)", () => {
  it("reply vs close, the close first: the reply read the open ticket, finds it closed on writing, and is told so", async () => {
    world.clock.set(T0);
    const id = await openTicketAs(world, world.actors.opA);
    const point = pausePoint();
    const reply = heldService(point).replyToTicket(world.actors.dinasSemarang, {
      ticketId: id,
      body: "Jawaban yang terlambat sedetik.",
    });
    await point.reached; // the reply has read version 1 (open) and is about to write
    expectOk(await world.service.closeTicket(world.actors.opA, { ticketId: id }));
    point.release();
    expect(await reply).toEqual({ ok: false, code: "TICKET_ENDED", message: TICKET_ENDED_MESSAGE });
    const { ticket, messages, events } = await ticketState(world, id);
    expect(ticket).toMatchObject({ state: "CLOSED", version: 2 });
    expect(messages).toHaveLength(1);
    expect(events.map((e) => e.type)).toEqual(["OPENED", "CLOSED"]);
  });

  it("reply vs close, the reply first: the close read the open ticket, re-reads the answered one and closes it; the reply is kept", async () => {
    world.clock.set(T0);
    const id = await openTicketAs(world, world.actors.opA);
    const point = pausePoint();
    const close = heldService(point).closeTicket(world.actors.opA, { ticketId: id });
    await point.reached;
    expectOk(
      await world.service.replyToTicket(world.actors.dinasSemarang, { ticketId: id, body: "Jawaban tepat waktu." }),
    );
    point.release();
    expectOk(await close);
    const { ticket, messages, events } = await ticketState(world, id);
    expect(ticket).toMatchObject({ state: "CLOSED", version: 3 });
    expect(messages.map((m) => m.body)).toContain("Jawaban tepat waktu.");
    expect(events.map((e) => e.type)).toEqual(["OPENED", "HANDLER_REPLIED", "CLOSED"]);
  });

  it("forward vs escalation, the escalation first: the forward finds the ticket already at the helpdesk", async () => {
    world.clock.set(T0);
    const id = await openTicketAs(world, world.actors.opA);
    world.clock.set(new Date(T0.getTime() + 3 * DAY_MS - 1_000)); // the forward is decided a second before the deadline
    const point = pausePoint();
    const forward = heldService(point).forwardTicket(world.actors.dinasSemarang, {
      ticketId: id,
      note: "Mohon dibantu.",
    });
    await point.reached;
    world.clock.set(new Date(T0.getTime() + 3 * DAY_MS));
    expect(expectOk(await world.service.applyDueClocks(id)).applied).toEqual(["ESCALATE"]);
    point.release();
    expect(await forward).toMatchObject({
      ok: false,
      code: "ALREADY_DONE",
      message: expect.stringContaining("secara otomatis"),
    });
    const { ticket, events } = await ticketState(world, id);
    expect(ticket.tier).toBe("HELPDESK");
    expect(events.filter((e) => e.fromTier === "DINAS" && e.toTier === "HELPDESK").map((e) => e.type)).toEqual([
      "ESCALATED",
    ]);
    world.clock.set(T0);
  });

  it("forward vs escalation, the forward first: the sweep finds the ticket already forwarded and escalates nothing", async () => {
    world.clock.set(T0);
    const id = await openTicketAs(world, world.actors.opA);
    world.clock.set(new Date(T0.getTime() + 3 * DAY_MS));
    const point = pausePoint();
    const sweep = heldService(point).applyDueClocks(id); // read the ticket still at the district, escalation due
    await point.reached;
    world.clock.set(new Date(T0.getTime() + 3 * DAY_MS - 1_000)); // the forward a second before the deadline
    expectOk(await world.service.forwardTicket(world.actors.dinasSemarang, { ticketId: id, note: "Mohon dibantu." }));
    world.clock.set(new Date(T0.getTime() + 3 * DAY_MS));
    point.release();
    expect(expectOk(await sweep).applied).toEqual([]);
    const { ticket, events } = await ticketState(world, id);
    expect(ticket.tier).toBe("HELPDESK");
    expect(events.filter((e) => e.fromTier === "DINAS" && e.toTier === "HELPDESK").map((e) => e.type)).toEqual([
      "FORWARDED",
    ]);
    world.clock.set(T0);
  });
});
