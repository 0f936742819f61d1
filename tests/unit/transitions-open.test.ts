import { describe, expect, it } from "vitest";
import {
  DEFAULT_DURATIONS,
  can,
  dueClockTransitions,
  helpdeskTargetStatus,
  openTicket,
  openWalkInTicket,
  type Actor,
  type OpenTicketInput,
  type OpenWalkInInput,
} from "../../lib/domain";
import { OTHER_REGENCY, OTHER_SCHOOL, REGENCY, SCHOOL, T0, actors, at, days, expectOk } from "./fixtures";

const schoolInput: OpenTicketInput = {
  id: "t-1",
  regencyCode: REGENCY,
  schoolId: SCHOOL,
  body: "  Kode registrasi ditolak  ",
};
const dinasInput: OpenTicketInput = { id: "t-2", regencyCode: REGENCY, schoolId: null, body: "Prefill gagal" };

describe("openTicket", () => {
  it("sends a school's question to its district office", () => {
    const { ticket, events, messages } = expectOk(openTicket(actors.schoolOperator, schoolInput, T0));
    expect(ticket).toMatchObject({
      state: "OPEN",
      tier: "DINAS",
      askerType: "SEKOLAH",
      channel: "WEB",
      schoolId: SCHOOL,
      regencyCode: REGENCY,
      lastMessageBy: "ASKER",
      assigneeId: null,
      endReason: null,
      version: 1,
    });
    expect([ticket.openedAt, ticket.tierSince, ticket.lastMessageAt]).toEqual([T0, T0, T0]);
    expect(events).toEqual([
      expect.objectContaining({
        type: "OPENED",
        actorId: "u-sekolah-1",
        fromState: null,
        toState: "OPEN",
        fromTier: null,
        toTier: "DINAS",
      }),
    ]);
    expect(messages).toEqual([
      { kind: "PUBLIC", authorId: "u-sekolah-1", authorSide: "ASKER", body: "Kode registrasi ditolak", at: T0 },
    ]);
    // The district of the school sees it at once; the helpdesk does not (yet).
    expect(can(actors.dinasOperator, "ticket.reply", ticket)).toBe(true);
    expect(can(actors.helpdesk, "ticket.view", ticket)).toBe(false);
  });

  it("sends a district office's question straight to the helpdesk", () => {
    const { ticket } = expectOk(openTicket(actors.dinasOperator, dinasInput, T0));
    expect(ticket).toMatchObject({
      state: "OPEN",
      tier: "HELPDESK",
      askerType: "DINAS",
      schoolId: null,
      regencyCode: REGENCY,
    });
    expect(can(actors.helpdesk, "ticket.reply", ticket)).toBe(true);
    expect(can(actors.dinasColleague, "ticket.close", ticket)).toBe(true);
  });

  it("treats a missing ticket id as a bug in the caller, not a user mistake", () => {
    expect(() => openTicket(actors.schoolOperator, { ...schoolInput, id: "" }, T0)).toThrow();
  });

  it.each<[string, Actor, OpenTicketInput, string]>([
    ["a helpdesk member (walk-ins only)", actors.helpdesk, dinasInput, "FORBIDDEN"],
    ["a supervisor", actors.supervisor, dinasInput, "FORBIDDEN"],
    ["an admin", actors.admin, schoolInput, "FORBIDDEN"],
    [
      "a school operator without a school",
      actors.unlinkedSchoolOperator,
      { ...schoolInput, schoolId: null },
      "FORBIDDEN",
    ],
    [
      "a school operator for another school",
      actors.schoolOperator,
      { ...schoolInput, schoolId: OTHER_SCHOOL },
      "FORBIDDEN",
    ],
    [
      "a district operator for another kab/kota",
      actors.dinasOperator,
      { ...dinasInput, regencyCode: OTHER_REGENCY },
      "FORBIDDEN",
    ],
    ["an empty question", actors.schoolOperator, { ...schoolInput, body: " \n\t " }, "INVALID_INPUT"],
    ["a school whose kab/kota is unknown", actors.schoolOperator, { ...schoolInput, regencyCode: "" }, "INVALID_INPUT"],
    [
      "a district question filed under a school",
      actors.dinasOperator,
      { ...dinasInput, schoolId: SCHOOL },
      "INVALID_INPUT",
    ],
  ])("refuses %s", (_label, actor, input, code) => {
    const result = openTicket(actor, input, T0);
    expect(result).toMatchObject({ ok: false, code });
    expect(result.ok || result.message.trim()).not.toBe("");
  });
});

const walkIn: OpenWalkInInput = {
  id: "t-ult",
  askerType: "SEKOLAH",
  schoolId: SCHOOL,
  regencyCode: REGENCY,
  question: "NPSN lembaga tidak ditemukan di referensi",
  answer: null,
  resolvedAtCounter: false,
};

describe("openWalkInTicket (ULT counter)", () => {
  it("records a visit resolved at the counter as closed, answered on time", () => {
    const input = { ...walkIn, answer: "Sudah dibantu ajukan lewat Verval SP", resolvedAtCounter: true };
    const { ticket, events, messages } = expectOk(openWalkInTicket(actors.helpdesk, input, T0));
    expect(ticket).toMatchObject({
      state: "CLOSED",
      endReason: "RESOLVED_AT_COUNTER",
      channel: "WALK_IN",
      tier: "HELPDESK",
      assigneeId: "u-helpdesk-1",
      endedAt: T0,
      firstResponseAt: T0,
      helpdeskFirstResponseAt: T0,
    });
    expect(events.map((event) => event.type)).toEqual(["OPENED", "HANDLER_REPLIED", "CLOSED"]);
    expect(messages.map((message) => [message.kind, message.authorSide])).toEqual([
      ["PUBLIC", "ASKER"],
      ["PUBLIC", "HANDLER"],
    ]);
    expect(helpdeskTargetStatus(ticket, DEFAULT_DURATIONS, at(days(10)))).toBe("MET");
    // The school can read the record of its visit but it is over.
    expect(can(actors.schoolColleague, "ticket.view", ticket)).toBe(true);
    expect(can(actors.schoolColleague, "ticket.reply", ticket)).toBe(false);
  });

  it("continues an unanswered visit as a normal helpdesk ticket the school can follow", () => {
    const { ticket, events } = expectOk(openWalkInTicket(actors.helpdesk, walkIn, T0));
    expect(ticket).toMatchObject({
      state: "OPEN",
      tier: "HELPDESK",
      channel: "WALK_IN",
      lastMessageBy: "ASKER",
      helpdeskFirstResponseAt: null,
    });
    expect(events.map((event) => event.type)).toEqual(["OPENED"]);
    expect(can(actors.schoolOperator, "ticket.reply", ticket)).toBe(true);
    expect(can(actors.dinasOperator, "ticket.reply", ticket)).toBe(false);
    expect(dueClockTransitions(ticket, at(days(3)), DEFAULT_DURATIONS)).toEqual(["BREACH"]);
  });

  it("continues a visit answered at the counter as waiting for the asker", () => {
    const input = { ...walkIn, answer: "Silakan cek lagi besok setelah sinkron" };
    const { ticket, events } = expectOk(openWalkInTicket(actors.helpdesk, input, T0));
    expect(ticket).toMatchObject({ state: "ANSWERED", lastMessageBy: "HANDLER", helpdeskFirstResponseAt: T0 });
    expect(events.map((event) => event.type)).toEqual(["OPENED", "HANDLER_REPLIED"]);
    expect(dueClockTransitions(ticket, at(days(7)), DEFAULT_DURATIONS)).toEqual(["EXPIRE"]);
  });

  it("records a district office's visit with the district as the asker", () => {
    const input = { ...walkIn, askerType: "DINAS" as const, schoolId: null };
    const { ticket } = expectOk(openWalkInTicket(actors.helpdeskColleague, input, T0));
    expect(ticket).toMatchObject({ askerType: "DINAS", assigneeId: "u-helpdesk-2" });
    expect(can(actors.dinasOperator, "ticket.close", ticket)).toBe(true);
  });

  it.each<[string, Actor, OpenWalkInInput, string]>([
    ["a district operator", actors.dinasOperator, walkIn, "FORBIDDEN"],
    ["a school operator", actors.schoolOperator, walkIn, "FORBIDDEN"],
    ["a supervisor", actors.supervisor, walkIn, "FORBIDDEN"],
    [
      "resolved at the counter without an answer",
      actors.helpdesk,
      { ...walkIn, resolvedAtCounter: true, answer: "  " },
      "INVALID_INPUT",
    ],
    ["a school visitor without NPSN/school", actors.helpdesk, { ...walkIn, schoolId: null }, "INVALID_INPUT"],
    ["a district visitor filed under a school", actors.helpdesk, { ...walkIn, askerType: "DINAS" }, "INVALID_INPUT"],
    ["a visit without kab/kota", actors.helpdesk, { ...walkIn, regencyCode: " " }, "INVALID_INPUT"],
    ["an empty question", actors.helpdesk, { ...walkIn, question: "" }, "INVALID_INPUT"],
  ])("refuses %s", (_label, actor, input, code) => {
    const result = openWalkInTicket(actor, input, T0);
    expect(result).toMatchObject({ ok: false, code });
    expect(result.ok || result.message.trim()).not.toBe("");
  });
});
