import { afterAll, beforeAll, describe, expect, it } from "vitest";
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

const at = (days: number) => new Date(T0.getTime() + days * DAY_MS);
const forward = (who: keyof TicketWorld["actors"], ticketId: string, note = "Sudah dicek, perlu akses server pusat.") =>
  world.service.forwardTicket(world.actors[who], { ticketId, note });

/** A school ticket forwarded to the helpdesk by the Semarang district. */
async function helpdeskTicket(): Promise<string> {
  const id = await openTicketAs(world, world.actors.opA);
  expectOk(await forward("dinasSemarang", id));
  return id;
}

describe("forwardTicket", () => {
  it("moves the ticket to the helpdesk with the district's note, leaving the activity clock alone", async () => {
    const id = await openTicketAs(world, world.actors.opA);
    world.clock.set(at(1));
    const result = expectOk(await forward("dinasSemarang", id));
    expect(result.ticket).toMatchObject({ tier: "HELPDESK", state: "OPEN" });
    const { ticket, messages, events } = await ticketState(world, id);
    expect(ticket).toMatchObject({ handoff: "FORWARD", tierSince: at(1), lastMessageAt: T0 });
    expect(messages.at(-1)).toMatchObject({ kind: "FORWARD_NOTE", body: "Sudah dicek, perlu akses server pusat." });
    expect(events.at(-1)).toMatchObject({ type: "FORWARDED", fromTier: "DINAS", toTier: "HELPDESK" });
    world.clock.set(T0);
  });

  it("says a second forward already happened (ALREADY_DONE), once, without writing", async () => {
    const id = await helpdeskTicket();
    const before = await ticketState(world, id);
    expect(await forward("dinasSemarang2", id)).toEqual({
      ok: false,
      code: "ALREADY_DONE",
      message: "Tiket ini sudah diteruskan ke Helpdesk. Anda tetap dapat membacanya.",
    });
    expect(await ticketState(world, id)).toEqual(before);
  });

  it("says the clock already escalated it when the district forwards too late", async () => {
    const id = await openTicketAs(world, world.actors.opA);
    world.clock.set(at(3));
    expect(expectOk(await world.service.applyDueClocks(id)).applied).toEqual(["ESCALATE"]);
    expect(await forward("dinasSemarang", id)).toMatchObject({
      ok: false,
      code: "ALREADY_DONE",
      message: expect.stringContaining("secara otomatis"),
    });
    world.clock.set(T0);
  });

  it("refuses another district (NOT_FOUND), the school and the helpdesk, an empty note and an ended ticket", async () => {
    const id = await openTicketAs(world, world.actors.opA);
    const before = await ticketState(world, id);
    expect(await forward("dinasKendal", id)).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await forward("opA", id)).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await forward("helpdesk1", id)).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await forward("supervisor", id)).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await forward("dinasSemarang", id, " ")).toMatchObject({
      ok: false,
      code: "INVALID_INPUT",
      fieldErrors: { note: ["Catatan untuk Helpdesk wajib diisi."] },
    });
    expect(await ticketState(world, id)).toEqual(before);
    expectOk(await world.service.closeTicket(world.actors.opA, { ticketId: id }));
    expect(await forward("dinasSemarang", id)).toMatchObject({ ok: false, code: "TICKET_ENDED" });
  });

  it("does not apply to a district's own question (already at the helpdesk, and the district is its asker)", async () => {
    const id = await openTicketAs(world, world.actors.dinasSemarang);
    expect(await forward("dinasSemarang2", id)).toMatchObject({ ok: false, code: "FORBIDDEN" });
  });
});

describe("assignTicket", () => {
  it("lets the helpdesk assign a colleague, reassign, and clear it; a supervisor may reassign too", async () => {
    const id = await helpdeskTicket();
    const { helpdesk1, helpdesk2, supervisor } = world.actors;
    expectOk(await world.service.assignTicket(helpdesk1, { ticketId: id, assigneeId: helpdesk2.userId }));
    expectOk(await world.service.assignTicket(supervisor, { ticketId: id, assigneeId: helpdesk1.userId }));
    expect(await world.service.assignTicket(helpdesk2, { ticketId: id, assigneeId: helpdesk1.userId })).toMatchObject({
      ok: false,
      code: "ALREADY_DONE",
    });
    expectOk(await world.service.assignTicket(helpdesk2, { ticketId: id, assigneeId: null }));
    const { ticket, events } = await ticketState(world, id);
    expect(ticket.assigneeId).toBeNull();
    expect(events.filter((e) => e.type === "ASSIGNED").map((e) => e.detail)).toEqual([
      { from: null, to: helpdesk2.userId },
      { from: helpdesk2.userId, to: helpdesk1.userId },
      { from: helpdesk1.userId, to: null },
    ]);
  });

  it("accepts only an active helpdesk account as assignee", async () => {
    const id = await helpdeskTicket();
    const before = await ticketState(world, id);
    for (const assigneeId of [world.users.helpdeskInactive, world.actors.dinasSemarang.userId, "no-such-user"]) {
      expect(await world.service.assignTicket(world.actors.helpdesk1, { ticketId: id, assigneeId })).toEqual({
        ok: false,
        code: "INVALID_INPUT",
        message: "Petugas yang dipilih bukan anggota Tim Helpdesk yang aktif.",
        fieldErrors: { assigneeId: ["Petugas yang dipilih bukan anggota Tim Helpdesk yang aktif."] },
      });
    }
    expect(await ticketState(world, id)).toEqual(before);
  });

  it("refuses the district and the school, and hides a tier-DINAS ticket from the helpdesk", async () => {
    const forwarded = await helpdeskTicket();
    const assignee = world.actors.helpdesk1.userId;
    expect(
      await world.service.assignTicket(world.actors.dinasSemarang, { ticketId: forwarded, assigneeId: assignee }),
    ).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(
      await world.service.assignTicket(world.actors.opA, { ticketId: forwarded, assigneeId: assignee }),
    ).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(
      await world.service.assignTicket(world.actors.dinasKendal, { ticketId: forwarded, assigneeId: assignee }),
    ).toMatchObject({ ok: false, code: "NOT_FOUND" });
    const atDinas = await openTicketAs(world, world.actors.opA);
    expect(
      await world.service.assignTicket(world.actors.helpdesk1, { ticketId: atDinas, assigneeId: assignee }),
    ).toMatchObject({ ok: false, code: "NOT_FOUND" });
  });
});

describe("addInternalNote", () => {
  it("lets the helpdesk write a note that does not touch the activity clock", async () => {
    const id = await helpdeskTicket();
    world.clock.set(at(1));
    expectOk(
      await world.service.addInternalNote(world.actors.helpdesk2, {
        ticketId: id,
        body: "Cek log server sinkronisasi.",
      }),
    );
    const { ticket, messages, events } = await ticketState(world, id);
    expect(ticket.lastMessageAt).toEqual(T0);
    expect(messages.at(-1)).toMatchObject({ kind: "INTERNAL_NOTE", authorId: world.actors.helpdesk2.userId });
    expect(events.at(-1)?.type).toBe("INTERNAL_NOTE_ADDED");
    world.clock.set(T0);
  });

  it("refuses the district, the asker, a supervisor, an empty note and an ended ticket", async () => {
    const id = await helpdeskTicket();
    const note = (who: keyof TicketWorld["actors"], body = "Catatan.") =>
      world.service.addInternalNote(world.actors[who], { ticketId: id, body });
    expect(await note("dinasSemarang")).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await note("opA")).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await note("supervisor")).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await note("helpdesk1", "")).toMatchObject({
      ok: false,
      code: "INVALID_INPUT",
      fieldErrors: { body: ["Catatan internal wajib diisi."] },
    });
    expectOk(await world.service.closeTicket(world.actors.opA, { ticketId: id }));
    expect(await note("helpdesk1")).toMatchObject({ ok: false, code: "TICKET_ENDED" });
  });
});

describe("applyDueClocks", () => {
  it("does nothing before a deadline, escalates at the boundary, then records the helpdesk breach and the expiry", async () => {
    const id = await openTicketAs(world, world.actors.opA);
    world.clock.set(new Date(at(3).getTime() - 1));
    expect(expectOk(await world.service.applyDueClocks(id)).applied).toEqual([]);
    world.clock.set(at(3));
    expect(expectOk(await world.service.applyDueClocks(id))).toMatchObject({
      applied: ["ESCALATE"],
      ticket: { tier: "HELPDESK" },
    });
    expect(expectOk(await world.service.applyDueClocks(id)).applied).toEqual([]);
    world.clock.set(at(7));
    expect(expectOk(await world.service.applyDueClocks(id))).toMatchObject({
      applied: ["BREACH", "EXPIRE"],
      ticket: { state: "EXPIRED" },
    });
    const { ticket, events } = await ticketState(world, id);
    expect(ticket).toMatchObject({ endReason: "NO_RESPONSE", handoff: "ESCALATION" });
    expect(events.map((e) => [e.type, e.actorId])).toEqual([
      ["OPENED", world.actors.opA.userId],
      ["ESCALATED", null],
      ["HELPDESK_TARGET_BREACHED", null],
      ["EXPIRED", null],
    ]);
    world.clock.set(T0);
  });

  it("answers NOT_FOUND for an unknown ticket", async () => {
    expect(await world.service.applyDueClocks("tidak-ada")).toMatchObject({ ok: false, code: "NOT_FOUND" });
  });
});
