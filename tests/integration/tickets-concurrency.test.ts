// Races between writers. Against a PostgreSQL server (DATABASE_URL) the calls really run at once on
// separate connections; on the embedded PGlite they are serialized, and the same outcomes must hold.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TICKET_ENDED_MESSAGE } from "@/lib/domain";
import { isUniqueViolation } from "@/lib/server/database";
import {
  DAY_MS,
  T0,
  createTicketWorld,
  expectOk,
  newClientKey,
  openTicketAs,
  ticketState,
  type TicketWorld,
} from "./helpers/ticket-fixtures";

let world: TicketWorld;
beforeAll(async () => {
  world = await createTicketWorld();
});
afterAll(async () => world?.db.destroy());

const ROUNDS = 5;
const rounds = () => Array.from({ length: ROUNDS }, (_, i) => i);

describe("concurrent writers", () => {
  it("saves both of two replies sent at once, with consistent state and two events", async () => {
    for (const _ of rounds()) {
      const id = await openTicketAs(world, world.actors.opA);
      const [fromDinas, fromColleague] = await Promise.all([
        world.service.replyToTicket(world.actors.dinasSemarang, { ticketId: id, body: "Jawaban dinas." }),
        world.service.replyToTicket(world.actors.opA2, { ticketId: id, body: "Tambahan dari sekolah." }),
      ]);
      expectOk(fromDinas);
      expectOk(fromColleague);
      const { ticket, messages, events } = await ticketState(world, id);
      expect(
        messages
          .slice(1)
          .map((m) => m.body)
          .sort(),
      ).toEqual(["Jawaban dinas.", "Tambahan dari sekolah."]);
      expect(events.map((e) => e.type).sort()).toEqual(["ASKER_REPLIED", "HANDLER_REPLIED", "OPENED"]);
      expect(ticket.version).toBe(3);
      // The ticket reflects whichever reply was written last.
      const last = events.at(-1);
      expect(ticket.state).toBe(last?.type === "HANDLER_REPLIED" ? "ANSWERED" : "OPEN");
      expect(ticket.dinasFirstResponseAt).toEqual(T0);
    }
  });

  it("saves every one of several replies sent at once", async () => {
    const id = await openTicketAs(world, world.actors.opA);
    const bodies = ["Satu.", "Dua.", "Tiga.", "Empat."];
    const results = await Promise.all(
      bodies.map((body) => world.service.replyToTicket(world.actors.opA, { ticketId: id, body })),
    );
    results.forEach((result) => expectOk(result));
    const { ticket, messages } = await ticketState(world, id);
    expect(messages).toHaveLength(1 + bodies.length);
    expect(ticket.version).toBe(1 + bodies.length);
  });

  it("forwards once when two district operators forward at once", async () => {
    for (const _ of rounds()) {
      const id = await openTicketAs(world, world.actors.opA);
      const results = await Promise.all([
        world.service.forwardTicket(world.actors.dinasSemarang, { ticketId: id, note: "Catatan pertama." }),
        world.service.forwardTicket(world.actors.dinasSemarang2, { ticketId: id, note: "Catatan kedua." }),
      ]);
      expect(results.filter((r) => r.ok)).toHaveLength(1);
      expect(results.find((r) => !r.ok)).toMatchObject({
        code: "ALREADY_DONE",
        message: expect.stringContaining("sudah diteruskan ke Helpdesk"),
      });
      const { messages, events } = await ticketState(world, id);
      expect(events.filter((e) => e.type === "FORWARDED")).toHaveLength(1);
      expect(messages.filter((m) => m.kind === "FORWARD_NOTE")).toHaveLength(1);
    }
  });

  it("moves the ticket DINAS → HELPDESK exactly once when a forward races the escalation at the boundary", async () => {
    for (const _ of rounds()) {
      world.clock.set(T0);
      const id = await openTicketAs(world, world.actors.opA);
      world.clock.set(new Date(T0.getTime() + 3 * DAY_MS));
      const [forwarded, clocks] = await Promise.all([
        world.service.forwardTicket(world.actors.dinasSemarang, { ticketId: id, note: "Mohon dibantu." }),
        world.service.applyDueClocks(id),
      ]);
      const { ticket, events } = await ticketState(world, id);
      const moves = events.filter((e) => e.fromTier === "DINAS" && e.toTier === "HELPDESK");
      expect(moves).toHaveLength(1);
      expect(ticket.tier).toBe("HELPDESK");
      if (moves[0]?.type === "FORWARDED") {
        expect(forwarded.ok).toBe(true);
        expect(expectOk(clocks).applied).toEqual([]);
      } else {
        // The escalation came first: written by the sweep, or by the forward itself, which applies the
        // clocks that fell due before deciding (and then finds the ticket already at the helpdesk).
        expect(forwarded).toMatchObject({
          ok: false,
          code: "ALREADY_DONE",
          message: expect.stringContaining("secara otomatis"),
        });
        expect([[], ["ESCALATE"]]).toContainEqual(expectOk(clocks).applied);
      }
    }
    world.clock.set(T0);
  });

  it("escalates once when two sweeps apply the clocks at once", async () => {
    const id = await openTicketAs(world, world.actors.opA);
    world.clock.set(new Date(T0.getTime() + 3 * DAY_MS));
    const results = await Promise.all([world.service.applyDueClocks(id), world.service.applyDueClocks(id)]);
    expect(results.map((r) => expectOk(r).applied).sort()).toEqual([[], ["ESCALATE"]]);
    expect((await ticketState(world, id)).events.filter((e) => e.type === "ESCALATED")).toHaveLength(1);
    world.clock.set(T0);
  });

  it("either saves a reply before a racing close, or tells the replier the ticket ended — never loses it silently", async () => {
    const outcomes = new Set<string>();
    for (const _ of rounds()) {
      const id = await openTicketAs(world, world.actors.opA);
      const [replied, closed] = await Promise.all([
        world.service.replyToTicket(world.actors.dinasSemarang, {
          ticketId: id,
          body: "Jawaban yang hampir terlambat.",
        }),
        world.service.closeTicket(world.actors.opA, { ticketId: id }),
      ]);
      expectOk(closed);
      const { ticket, messages, events } = await ticketState(world, id);
      expect(ticket.state).toBe("CLOSED");
      const types = events.map((e) => e.type);
      if (replied.ok) {
        outcomes.add("saved");
        expect(messages.map((m) => m.body)).toContain("Jawaban yang hampir terlambat.");
        expect(types).toEqual(["OPENED", "HANDLER_REPLIED", "CLOSED"]);
      } else {
        outcomes.add("ended");
        expect(replied).toEqual({ ok: false, code: "TICKET_ENDED", message: TICKET_ENDED_MESSAGE });
        expect(messages).toHaveLength(1);
        expect(types).toEqual(["OPENED", "CLOSED"]);
      }
    }
    expect(outcomes.size).toBeGreaterThan(0);
  });

  it("saves one message when the same submit (clientKey) arrives twice at once", async () => {
    for (const _ of rounds()) {
      const id = await openTicketAs(world, world.actors.opA);
      const clientKey = newClientKey();
      const send = () =>
        world.service.replyToTicket(world.actors.dinasSemarang, {
          ticketId: id,
          body: "Jawaban sekali saja.",
          clientKey,
        });
      const results = await Promise.all([send(), send()]);
      expect(results.map((r) => expectOk(r).replayed).sort()).toEqual([false, true]);
      const { messages, events } = await ticketState(world, id);
      expect(messages.filter((m) => m.body === "Jawaban sekali saja.")).toHaveLength(1);
      expect(events.filter((e) => e.type === "HANDLER_REPLIED")).toHaveLength(1);
    }
  });

  it("recognises the unique-index backstop for a duplicate clientKey on this database", async () => {
    const id = await openTicketAs(world, world.actors.opA);
    const clientKey = newClientKey();
    const message = { ticketId: id, kind: "PUBLIC" as const, body: "Dobel.", clientKey, createdAt: T0 };
    await world.db.prisma.message.create({ data: message });
    const error = await world.db.prisma.message.create({ data: message }).catch((e: unknown) => e);
    expect(isUniqueViolation(error)).toBe(true);
  });
});
