import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TICKET_ENDED_MESSAGE } from "@/lib/domain";
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

const reply = (
  who: keyof TicketWorld["actors"],
  ticketId: string,
  body = "Silakan coba sinkronisasi ulang.",
  clientKey?: string,
) => world.service.replyToTicket(world.actors[who], { ticketId, body, clientKey });

describe("replyToTicket", () => {
  it("lets the district answer and the school answer back, each reply moving the state and the activity clock", async () => {
    const id = await openTicketAs(world, world.actors.opA);
    world.clock.set(new Date(T0.getTime() + DAY_MS));
    expect(expectOk(await reply("dinasSemarang", id)).ticket.state).toBe("ANSWERED");
    world.clock.set(new Date(T0.getTime() + 2 * DAY_MS));
    expect(expectOk(await reply("opA2", id, "Sudah dicoba, masih gagal.")).ticket.state).toBe("OPEN");
    const { ticket, messages, events } = await ticketState(world, id);
    expect(ticket).toMatchObject({
      lastMessageBy: "ASKER",
      lastMessageAt: world.clock.now(),
      dinasFirstResponseAt: new Date(T0.getTime() + DAY_MS),
      version: 3,
    });
    expect(messages.map((m) => m.authorSide)).toEqual(["ASKER", "HANDLER", "ASKER"]);
    expect(events.map((e) => e.type)).toEqual(["OPENED", "HANDLER_REPLIED", "ASKER_REPLIED"]);
    world.clock.set(T0);
  });

  it.each([
    ["another school", "opB"],
    ["another kab/kota's district office", "dinasKendal"],
    ["the helpdesk, while the ticket is still at the district", "helpdesk1"],
    ["an admin", "admin"],
  ] as const)("answers %s with NOT_FOUND and changes nothing", async (_label, who) => {
    const id = await openTicketAs(world, world.actors.opA);
    const before = await ticketState(world, id);
    expect(await reply(who, id)).toEqual({ ok: false, code: "NOT_FOUND", message: "Tiket tidak ditemukan." });
    expect(await ticketState(world, id)).toEqual(before);
  });

  it("refuses a supervisor (read-only) with FORBIDDEN", async () => {
    const id = await openTicketAs(world, world.actors.opA);
    expect(await reply("supervisor", id)).toMatchObject({ ok: false, code: "FORBIDDEN" });
  });

  it("tells the district its forwarded ticket is read-only (WRONG_TIER)", async () => {
    const id = await openTicketAs(world, world.actors.opA);
    expectOk(await world.service.forwardTicket(world.actors.dinasSemarang, { ticketId: id, note: "Mohon bantuan." }));
    const result = await reply("dinasSemarang2", id);
    expect(result).toMatchObject({
      ok: false,
      code: "WRONG_TIER",
      message: expect.stringContaining("sudah diteruskan ke Helpdesk"),
    });
    expectOk(await reply("helpdesk1", id));
  });

  it("refuses a reply to an ended ticket with the clear message", async () => {
    const id = await openTicketAs(world, world.actors.opA);
    expectOk(await world.service.closeTicket(world.actors.opA, { ticketId: id }));
    expect(await reply("opA", id)).toEqual({ ok: false, code: "TICKET_ENDED", message: TICKET_ENDED_MESSAGE });
    expect(await reply("dinasSemarang", id)).toMatchObject({ ok: false, code: "TICKET_ENDED" });
  });

  it("refuses an empty reply in Indonesian and writes nothing", async () => {
    const id = await openTicketAs(world, world.actors.opA);
    const before = await ticketState(world, id);
    const result = await reply("dinasSemarang", id, "   ");
    expect(result).toMatchObject({ ok: false, code: "INVALID_INPUT", fieldErrors: { body: ["Balasan wajib diisi."] } });
    const tooLong = await reply("dinasSemarang", id, "a".repeat(5001));
    expect(tooLong).toMatchObject({
      ok: false,
      code: "INVALID_INPUT",
      fieldErrors: { body: ["Balasan paling banyak 5.000 karakter."] },
    });
    expect(await ticketState(world, id)).toEqual(before);
  });

  it("saves a retried submit once and answers the retry with the ticket", async () => {
    const id = await openTicketAs(world, world.actors.opA);
    const key = newClientKey();
    const first = expectOk(await reply("dinasSemarang", id, "Jawaban pertama.", key));
    const retry = expectOk(await reply("dinasSemarang", id, "Jawaban pertama.", key));
    expect(first.replayed).toBe(false);
    expect(retry).toMatchObject({ replayed: true, ticket: { id, version: first.ticket.version } });
    // Even after the ticket ended, the retry of a reply that was saved is a success, not an error.
    expectOk(await world.service.closeTicket(world.actors.opA, { ticketId: id }));
    expect(expectOk(await reply("dinasSemarang", id, "Jawaban pertama.", key)).replayed).toBe(true);
    const { messages } = await ticketState(world, id);
    expect(messages.filter((m) => m.clientKey === key)).toHaveLength(1);
  });

  it("does not let someone else's retry reuse a clientKey", async () => {
    const id = await openTicketAs(world, world.actors.opA);
    const key = newClientKey();
    expectOk(await reply("dinasSemarang", id, "Jawaban.", key));
    expect(await reply("opA", id, "Balasan sekolah.", key)).toMatchObject({
      ok: false,
      code: "INVALID_INPUT",
      fieldErrors: { clientKey: [expect.any(String)] },
    });
  });
});

describe("closeTicket", () => {
  it("lets any operator of the asking school close it, recording whether it was solved", async () => {
    const id = await openTicketAs(world, world.actors.opA);
    expectOk(await reply("dinasSemarang", id));
    world.clock.set(new Date(T0.getTime() + 3600_000));
    const closed = expectOk(await world.service.closeTicket(world.actors.opA2, { ticketId: id, solved: false }));
    expect(closed.ticket.state).toBe("CLOSED");
    const { ticket, events } = await ticketState(world, id);
    expect(ticket).toMatchObject({
      state: "CLOSED",
      endReason: "CLOSED_BY_ASKER",
      solved: false,
      endedAt: world.clock.now(),
    });
    expect(events.at(-1)).toMatchObject({
      type: "CLOSED",
      actorId: world.actors.opA2.userId,
      detail: { reason: "CLOSED_BY_ASKER", solved: false },
    });
    world.clock.set(T0);
  });

  it("records solved = true by default (the 'Ya, masalah selesai' button)", async () => {
    const id = await openTicketAs(world, world.actors.dinasSemarang);
    expectOk(await world.service.closeTicket(world.actors.dinasSemarang2, { ticketId: id }));
    expect((await ticketState(world, id)).ticket.solved).toBe(true);
  });

  it("refuses the handler (only the asker closes), another school, and a second close", async () => {
    const id = await openTicketAs(world, world.actors.opA);
    expect(await world.service.closeTicket(world.actors.dinasSemarang, { ticketId: id })).toMatchObject({
      ok: false,
      code: "FORBIDDEN",
    });
    expect(await world.service.closeTicket(world.actors.opB, { ticketId: id })).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
    });
    expect(await world.service.closeTicket(world.actors.opKendal, { ticketId: "tidak-ada" })).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
    });
    expectOk(await world.service.closeTicket(world.actors.opA, { ticketId: id }));
    expect(await world.service.closeTicket(world.actors.opA2, { ticketId: id })).toEqual({
      ok: false,
      code: "TICKET_ENDED",
      message: TICKET_ENDED_MESSAGE,
    });
    expect((await ticketState(world, id)).events.filter((e) => e.type === "CLOSED")).toHaveLength(1);
  });

  it("refuses input that is not a ticket id", async () => {
    const result = await world.service.closeTicket(world.actors.opA, { ticketId: "" });
    expect(result).toMatchObject({
      ok: false,
      code: "INVALID_INPUT",
      fieldErrors: { ticketId: ["Tiket tidak dikenali."] },
    });
  });
});
