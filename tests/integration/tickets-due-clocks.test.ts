// Nobody acts on a ticket as if its clock had not run: every change first applies the clocks that fell
// due (each at its deadline), in the same write, whether or not a sweep has come by since.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { after, HOUR_MS, MINUTE_MS, retireActiveTickets, sweepAt } from "./helpers/clock-fixtures";
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

describe("a change to a ticket whose clock fell due, before any sweep", () => {
  it("a reply eight days after the last message finds the ticket ended, and ends it as the clock would have", async () => {
    const id = await openTicketAs(world, world.actors.opA);
    world.clock.set(after(T0, HOUR_MS));
    expectOk(
      await world.service.replyToTicket(world.actors.dinasSemarang, { ticketId: id, body: "Silakan sinkron ulang." }),
    );
    world.clock.set(after(T0, 8 * DAY_MS + HOUR_MS));
    const late = await world.service.replyToTicket(world.actors.opA, { ticketId: id, body: "Masih gagal." });
    expect(late).toMatchObject({ ok: false, code: "TICKET_ENDED" });
    const { ticket, messages, events } = await ticketState(world, id);
    expect(ticket).toMatchObject({
      state: "EXPIRED",
      endReason: "ASKER_SILENT",
      endedAt: after(T0, 7 * DAY_MS + HOUR_MS),
    });
    expect(messages.map((m) => m.body)).not.toContain("Masih gagal.");
    expect(events.map((e) => [e.type, e.at])).toEqual([
      ["OPENED", T0],
      ["HANDLER_REPLIED", after(T0, HOUR_MS)],
      ["ESCALATED", after(T0, 3 * DAY_MS)],
      ["HELPDESK_TARGET_BREACHED", after(T0, 6 * DAY_MS)],
      ["EXPIRED", after(T0, 7 * DAY_MS + HOUR_MS)],
    ]);
    // The sweep that comes later finds nothing left to do.
    expect(await sweepAt(world, after(T0, 9 * DAY_MS))).toMatchObject({ escalated: 0, breached: 0, expired: 0 });
  });

  it("a district's reply after the escalation deadline finds the ticket at the helpdesk", async () => {
    const id = await openTicketAs(world, world.actors.opA);
    world.clock.set(after(T0, 3 * DAY_MS + MINUTE_MS));
    const reply = await world.service.replyToTicket(world.actors.dinasSemarang, {
      ticketId: id,
      body: "Baru sempat menjawab.",
    });
    expect(reply.ok).toBe(false);
    const { ticket, events } = await ticketState(world, id);
    expect(ticket).toMatchObject({ tier: "HELPDESK", handoff: "ESCALATION", tierSince: after(T0, 3 * DAY_MS) });
    expect(events.map((e) => e.type)).toEqual(["OPENED", "ESCALATED"]);
  });

  it("an allowed change and the clocks due before it are one write: one version step, the clock's events first", async () => {
    const id = await openTicketAs(world, world.actors.dinasSemarang); // at the helpdesk from the start: 3 days to answer
    const before = (await ticketState(world, id)).ticket.version;
    world.clock.set(after(T0, 4 * DAY_MS));
    expectOk(
      await world.service.replyToTicket(world.actors.helpdesk1, {
        ticketId: id,
        body: "Mohon maaf terlambat; silakan coba ini.",
      }),
    );
    const { ticket, events } = await ticketState(world, id);
    expect(ticket).toMatchObject({
      version: before + 1,
      state: "ANSWERED",
      helpdeskBreachedAt: after(T0, 3 * DAY_MS),
      helpdeskFirstResponseAt: after(T0, 4 * DAY_MS),
    });
    expect(events.map((e) => [e.type, e.at])).toEqual([
      ["OPENED", T0],
      ["HELPDESK_TARGET_BREACHED", after(T0, 3 * DAY_MS)],
      ["HANDLER_REPLIED", after(T0, 4 * DAY_MS)],
    ]);
  });
});
