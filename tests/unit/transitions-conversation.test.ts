import { describe, expect, it } from "vitest";
import {
  addInternalNote,
  assignTicket,
  closeTicket,
  forwardTicket,
  replyToTicket,
  type Actor,
  type TicketSnapshot,
} from "../../lib/domain";
import { HOUR_MS, T0, actors, at, days, expectOk, forward, openDinasTicket, openSchoolTicket, reply } from "./fixtures";

describe("replyToTicket", () => {
  it("a district answer puts the school's ticket in the school's court and starts no other clock", () => {
    const opened = openSchoolTicket();
    const { ticket, events, messages } = expectOk(
      replyToTicket(opened, actors.dinasOperator, "Coba generate prefill ulang", at(HOUR_MS)),
    );
    expect(ticket).toMatchObject({
      state: "ANSWERED",
      tier: "DINAS",
      lastMessageBy: "HANDLER",
      lastMessageAt: at(HOUR_MS),
      firstResponseAt: at(HOUR_MS),
      dinasFirstResponseAt: at(HOUR_MS),
      helpdeskFirstResponseAt: null,
    });
    expect(events[0]).toMatchObject({
      type: "HANDLER_REPLIED",
      fromState: "OPEN",
      toState: "ANSWERED",
      fromTier: "DINAS",
      toTier: "DINAS",
    });
    expect(messages[0]).toMatchObject({ kind: "PUBLIC", authorSide: "HANDLER", body: "Coba generate prefill ulang" });
  });

  it.each<[string, Actor]>([
    ["the operator who asked", actors.schoolOperator],
    ["a colleague of the same school", actors.schoolColleague],
  ])("%s replying puts the ticket back to the district (ANSWERED → OPEN)", (_label, asker) => {
    const answered = reply(openSchoolTicket(), actors.dinasOperator, at(HOUR_MS));
    const { ticket, events } = expectOk(replyToTicket(answered, asker, "Belum, masih gagal", at(2 * HOUR_MS)));
    expect(ticket).toMatchObject({ state: "OPEN", lastMessageBy: "ASKER", lastMessageAt: at(2 * HOUR_MS) });
    expect(events[0]).toMatchObject({ type: "ASKER_REPLIED", fromState: "ANSWERED", toState: "OPEN" });
  });

  it("an asker adding detail to an unanswered ticket keeps it OPEN", () => {
    const { ticket } = expectOk(
      replyToTicket(openSchoolTicket(), actors.schoolOperator, "Tambahan: error 2.104", at(HOUR_MS)),
    );
    expect(ticket).toMatchObject({ state: "OPEN", lastMessageAt: at(HOUR_MS) });
  });

  it("only the first reply of each tier counts as that tier's first response", () => {
    let ticket = reply(openSchoolTicket(), actors.dinasOperator, at(1 * HOUR_MS));
    ticket = reply(ticket, actors.schoolOperator, at(2 * HOUR_MS));
    ticket = reply(ticket, actors.dinasColleague, at(3 * HOUR_MS));
    ticket = forward(ticket, at(4 * HOUR_MS));
    ticket = reply(ticket, actors.helpdesk, at(5 * HOUR_MS));
    ticket = reply(ticket, actors.helpdeskColleague, at(6 * HOUR_MS));
    expect(ticket).toMatchObject({
      firstResponseAt: at(1 * HOUR_MS),
      dinasFirstResponseAt: at(1 * HOUR_MS),
      helpdeskFirstResponseAt: at(5 * HOUR_MS),
      lastMessageAt: at(6 * HOUR_MS),
      version: 7,
    });
  });

  it.each(["", "   ", "\n"])("refuses an empty reply %j", (body) => {
    expect(replyToTicket(openSchoolTicket(), actors.schoolOperator, body, at(HOUR_MS))).toMatchObject({
      ok: false,
      code: "INVALID_INPUT",
    });
  });
});

describe("forwardTicket", () => {
  it("hands the ticket to the helpdesk without touching the conversation", () => {
    const answered = reply(openSchoolTicket(), actors.dinasOperator, at(HOUR_MS));
    const { ticket, events, messages } = expectOk(
      forwardTicket(answered, actors.dinasColleague, "Perlu cek server pusat", at(days(1))),
    );
    expect(ticket).toMatchObject({
      tier: "HELPDESK",
      state: "ANSWERED",
      handoff: "FORWARD",
      handoffAt: at(days(1)),
      tierSince: at(days(1)),
      lastMessageAt: at(HOUR_MS),
      lastMessageBy: "HANDLER",
    });
    expect(events[0]).toMatchObject({ type: "FORWARDED", actorId: "u-dinas-2", fromTier: "DINAS", toTier: "HELPDESK" });
    expect(messages).toEqual([
      {
        kind: "FORWARD_NOTE",
        authorId: "u-dinas-2",
        authorSide: "HANDLER",
        body: "Perlu cek server pusat",
        at: at(days(1)),
      },
    ]);
  });

  it("requires a note so the helpdesk knows what was tried", () => {
    expect(forwardTicket(openSchoolTicket(), actors.dinasOperator, "  ", at(HOUR_MS))).toMatchObject({
      ok: false,
      code: "INVALID_INPUT",
    });
  });

  it("cannot forward twice", () => {
    const forwarded = forward(openSchoolTicket(), at(HOUR_MS));
    expect(forwardTicket(forwarded, actors.dinasOperator, "lagi", at(2 * HOUR_MS))).toMatchObject({
      ok: false,
      code: "WRONG_TIER",
    });
  });
});

describe("assignTicket", () => {
  const ticket = openDinasTicket();
  it.each<[string, Actor, TicketSnapshot, string | null, string | null]>([
    ["a helpdesk member takes it", actors.helpdesk, ticket, "u-helpdesk-1", null],
    [
      "a helpdesk member hands it to a colleague",
      actors.helpdesk,
      { ...ticket, assigneeId: "u-helpdesk-1" },
      "u-helpdesk-2",
      "u-helpdesk-1",
    ],
    [
      "a supervisor reassigns",
      actors.supervisor,
      { ...ticket, assigneeId: "u-helpdesk-1" },
      "u-helpdesk-2",
      "u-helpdesk-1",
    ],
    ["a supervisor unassigns", actors.supervisor, { ...ticket, assigneeId: "u-helpdesk-1" }, null, "u-helpdesk-1"],
  ])("%s", (_label, actor, before, to, from) => {
    const { ticket: after, events } = expectOk(assignTicket(before, actor, to, at(HOUR_MS)));
    expect(after.assigneeId).toBe(to);
    expect(events[0]).toMatchObject({ type: "ASSIGNED", actorId: actor.userId, detail: { from, to } });
    expect([after.state, after.tier, after.lastMessageAt, after.tierSince]).toEqual([
      before.state,
      before.tier,
      before.lastMessageAt,
      before.tierSince,
    ]);
  });

  it.each<[string | null, string | null]>([
    ["u-helpdesk-1", "u-helpdesk-1"],
    [null, null],
  ])("assigning %s again is ALREADY_DONE", (current, to) => {
    expect(assignTicket({ ...ticket, assigneeId: current }, actors.helpdesk, to, at(HOUR_MS))).toMatchObject({
      ok: false,
      code: "ALREADY_DONE",
    });
  });
});

describe("addInternalNote", () => {
  it("writes a helpdesk-only note and leaves the ticket as it was", () => {
    const ticket = openDinasTicket();
    const result = expectOk(addInternalNote(ticket, actors.helpdesk, "Sudah dilaporkan ke tim server", at(HOUR_MS)));
    expect(result.messages).toEqual([
      {
        kind: "INTERNAL_NOTE",
        authorId: "u-helpdesk-1",
        authorSide: "HANDLER",
        body: "Sudah dilaporkan ke tim server",
        at: at(HOUR_MS),
      },
    ]);
    expect(result.events[0]).toMatchObject({ type: "INTERNAL_NOTE_ADDED", fromState: "OPEN", toState: "OPEN" });
    expect({ ...result.ticket, version: ticket.version }).toEqual(ticket);
  });

  it("refuses an empty note", () => {
    expect(addInternalNote(openDinasTicket(), actors.helpdesk, "", at(HOUR_MS))).toMatchObject({
      ok: false,
      code: "INVALID_INPUT",
    });
  });
});

describe("closeTicket", () => {
  it.each<[string, boolean | undefined, boolean]>([
    ['"Ya, masalah selesai"', undefined, true],
    ["closing an unsolved question anyway", false, false],
  ])("%s ends the ticket as CLOSED_BY_ASKER", (_label, solved, recorded) => {
    const answered = reply(openSchoolTicket(), actors.dinasOperator, at(HOUR_MS));
    const { ticket, events } = expectOk(closeTicket(answered, actors.schoolColleague, at(2 * HOUR_MS), solved));
    expect(ticket).toMatchObject({ state: "CLOSED", endReason: "CLOSED_BY_ASKER", endedAt: at(2 * HOUR_MS) });
    expect(events[0]).toMatchObject({
      type: "CLOSED",
      fromState: "ANSWERED",
      toState: "CLOSED",
      detail: { solved: recorded },
    });
  });

  it("cannot close twice", () => {
    const closed = expectOk(closeTicket(openSchoolTicket(), actors.schoolOperator, T0)).ticket;
    expect(closeTicket(closed, actors.schoolOperator, at(HOUR_MS))).toMatchObject({ ok: false, code: "TICKET_ENDED" });
  });
});
