// The 3-day and 7-day rules at their exact boundaries, with the default durations and with a shortened
// installation (1 minute), as the sweep would call them.

import { describe, expect, it } from "vitest";
import {
  DEFAULT_DURATIONS,
  addInternalNote,
  assignTicket,
  dueClockTransitions,
  escalateTicket,
  expireTicket,
  recordHelpdeskBreach,
  replyToTicket,
  runDueClockTransitions,
  type ClockDurations,
  type TicketSnapshot,
} from "../../lib/domain";
import {
  HOUR_MS,
  ONE_MINUTE_DURATIONS,
  T0,
  actors,
  at,
  days,
  expectOk,
  forward,
  openDinasTicket,
  openSchoolTicket,
  reply,
} from "./fixtures";

const DURATION_SETS: [string, ClockDurations][] = [
  ["default durations", DEFAULT_DURATIONS],
  ["1-minute durations", ONE_MINUTE_DURATIONS],
  [
    "escalate 2h / answer 5h / expire 1d",
    { escalationMs: 2 * HOUR_MS, helpdeskAnswerMs: 5 * HOUR_MS, expiryMs: days(1) },
  ],
];

describe.each(DURATION_SETS)("escalation with %s", (_label, durations) => {
  const due = at(durations.escalationMs);

  it("escalates exactly at openedAt + escalation, by the system, to the helpdesk", () => {
    const opened = openSchoolTicket();
    const { ticket, events } = expectOk(escalateTicket(opened, due, durations));
    expect(ticket).toMatchObject({
      tier: "HELPDESK",
      state: "OPEN",
      handoff: "ESCALATION",
      handoffAt: due,
      tierSince: due,
      lastMessageAt: T0,
    });
    expect(events).toEqual([
      expect.objectContaining({ type: "ESCALATED", actorId: null, fromTier: "DINAS", toTier: "HELPDESK" }),
    ]);
  });

  it("does not escalate 1 ms before", () => {
    expect(escalateTicket(openSchoolTicket(), at(durations.escalationMs - 1), durations)).toMatchObject({
      ok: false,
      code: "NOT_DUE",
    });
  });

  it("escalates an ANSWERED ticket too: only the asker closing it resolves it", () => {
    const answered = reply(openSchoolTicket(), actors.dinasOperator, at(1));
    expect(escalateTicket(answered, due, durations)).toMatchObject({
      ok: true,
      ticket: { tier: "HELPDESK", state: "ANSWERED" },
    });
  });

  it.each<[string, () => TicketSnapshot, string]>([
    ["a forwarded ticket", () => forward(openSchoolTicket(), at(1)), "ALREADY_DONE"],
    ["an escalated ticket", () => expectOk(escalateTicket(openSchoolTicket(), due, durations)).ticket, "ALREADY_DONE"],
    ["a district office's ticket (starts at the helpdesk)", () => openDinasTicket(), "NOT_APPLICABLE"],
    [
      "a closed ticket",
      () => ({ ...openSchoolTicket(), state: "CLOSED", endReason: "CLOSED_BY_ASKER", endedAt: T0 }),
      "TICKET_ENDED",
    ],
  ])("never escalates %s", (_label, build, code) => {
    expect(escalateTicket(build(), at(days(30)), durations)).toMatchObject({ ok: false, code });
  });
});

describe.each(DURATION_SETS)("expiry with %s", (_label, durations) => {
  it("ends an unanswered ticket exactly at lastMessage + expiry as NO_RESPONSE", () => {
    const opened = openDinasTicket();
    const { ticket, events } = expectOk(expireTicket(opened, at(durations.expiryMs), durations));
    expect(ticket).toMatchObject({ state: "EXPIRED", endReason: "NO_RESPONSE", endedAt: at(durations.expiryMs) });
    expect(events[0]).toMatchObject({
      type: "EXPIRED",
      actorId: null,
      detail: { reason: "NO_RESPONSE", tier: "HELPDESK" },
    });
  });

  it("ends an answered ticket whose asker went silent as ASKER_SILENT", () => {
    const answered = reply(openDinasTicket(), actors.helpdesk, at(1));
    const { ticket } = expectOk(expireTicket(answered, at(1 + durations.expiryMs), durations));
    expect(ticket).toMatchObject({ state: "EXPIRED", endReason: "ASKER_SILENT" });
  });

  it("does not expire 1 ms before", () => {
    expect(expireTicket(openDinasTicket(), at(durations.expiryMs - 1), durations)).toMatchObject({
      ok: false,
      code: "NOT_DUE",
    });
  });

  it("does not expire an ended ticket again", () => {
    const expired = expectOk(expireTicket(openDinasTicket(), at(durations.expiryMs), durations)).ticket;
    expect(expireTicket(expired, at(days(60)), durations)).toMatchObject({ ok: false, code: "ALREADY_DONE" });
  });
});

describe("what moves the 7-day activity clock", () => {
  const justBefore = at(days(7) - HOUR_MS); // T + 6d23h

  it("a public reply at T+6d23h moves the expiry to 7 days after it", () => {
    const replied = reply(openSchoolTicket(), actors.schoolOperator, justBefore, "Masih menunggu jawaban");
    expect(expireTicket(replied, at(days(7)), DEFAULT_DURATIONS)).toMatchObject({ ok: false, code: "NOT_DUE" });
    expect(expireTicket(replied, at(days(7), justBefore), DEFAULT_DURATIONS)).toMatchObject({
      ok: true,
      ticket: { endReason: "NO_RESPONSE" },
    });
  });

  it("a handler reply at T+6d23h keeps the ticket alive and changes the eventual reason", () => {
    const replied = reply(openSchoolTicket(), actors.dinasOperator, justBefore);
    expect(expireTicket(replied, at(days(7)), DEFAULT_DURATIONS)).toMatchObject({ ok: false, code: "NOT_DUE" });
    expect(expireTicket(replied, at(days(7), justBefore), DEFAULT_DURATIONS)).toMatchObject({
      ok: true,
      ticket: { endReason: "ASKER_SILENT" },
    });
  });

  // Each of these happens at T+6d23h; none is a response, so the ticket still expires at T+7d as NO_RESPONSE.
  it.each<[string, (t: TicketSnapshot) => TicketSnapshot]>([
    ["a forward note", (t) => forward(t, justBefore)],
    ["an escalation", (t) => expectOk(escalateTicket(t, justBefore, DEFAULT_DURATIONS)).ticket],
    [
      "an internal note",
      (t) => expectOk(addInternalNote(forward(t, at(1)), actors.helpdesk, "Cek log", justBefore)).ticket,
    ],
    [
      "an assignment",
      (t) => expectOk(assignTicket(forward(t, at(1)), actors.helpdesk, "u-helpdesk-1", justBefore)).ticket,
    ],
    [
      "a supervisor's reassignment",
      (t) => expectOk(assignTicket(forward(t, at(1)), actors.supervisor, "u-helpdesk-2", justBefore)).ticket,
    ],
  ])("%s does not move it", (_label, act) => {
    const ticket = act(openSchoolTicket());
    expect(ticket.lastMessageAt).toEqual(T0);
    expect(expireTicket(ticket, at(days(7)), DEFAULT_DURATIONS)).toMatchObject({
      ok: true,
      ticket: { state: "EXPIRED", endReason: "NO_RESPONSE" },
    });
  });

  it("a forwarded-then-unanswered ticket ends NO_RESPONSE, charged to the helpdesk tier", () => {
    const forwarded = forward(openSchoolTicket(), at(days(2)));
    const { events } = expectOk(expireTicket(forwarded, at(days(7)), DEFAULT_DURATIONS));
    expect(events[0]).toMatchObject({ detail: { reason: "NO_RESPONSE", tier: "HELPDESK" } });
  });
});

describe.each(DURATION_SETS)("helpdesk answer target with %s", (_label, durations) => {
  const forwardedAt = at(HOUR_MS);
  const due = at(durations.helpdeskAnswerMs, forwardedAt);
  const forwarded = () => forward(openSchoolTicket(), forwardedAt);

  it("records the breach exactly at tierSince + target, without moving the ticket", () => {
    const before = forwarded();
    const { ticket, events } = expectOk(recordHelpdeskBreach(before, due, durations));
    expect(ticket).toMatchObject({
      helpdeskBreachedAt: due,
      state: before.state,
      tier: "HELPDESK",
      lastMessageAt: before.lastMessageAt,
    });
    expect(events[0]).toMatchObject({
      type: "HELPDESK_TARGET_BREACHED",
      actorId: null,
      fromState: "OPEN",
      toState: "OPEN",
    });
  });

  it("records a late answer's breach that the sweep had not seen yet", () => {
    const answeredLate = reply(forwarded(), actors.helpdesk, at(1, due));
    expect(recordHelpdeskBreach(answeredLate, at(2, due), durations)).toMatchObject({ ok: true });
  });

  it.each<[string, () => TicketSnapshot, Date, string]>([
    ["1 ms before the target", forwarded, at(-1, due), "NOT_DUE"],
    ["answered exactly on the target", () => reply(forwarded(), actors.helpdesk, due), at(days(9)), "NOT_APPLICABLE"],
    ["still at tier DINAS", () => openSchoolTicket(), at(days(9)), "NOT_APPLICABLE"],
    [
      "already recorded",
      () => expectOk(recordHelpdeskBreach(forwarded(), due, durations)).ticket,
      at(days(9)),
      "ALREADY_DONE",
    ],
  ])("does nothing when %s", (_label, build, now, code) => {
    expect(recordHelpdeskBreach(build(), now, durations)).toMatchObject({ ok: false, code });
  });
});

describe("the sweep: which clock transitions are due, and in which order", () => {
  it.each<[string, () => TicketSnapshot, Date, string[]]>([
    ["a fresh school ticket", () => openSchoolTicket(), at(HOUR_MS), []],
    ["a school ticket at 3 days", () => openSchoolTicket(), at(days(3)), ["ESCALATE"]],
    [
      "a school ticket answered by the district, at 3 days",
      () => reply(openSchoolTicket(), actors.dinasOperator, at(1)),
      at(days(3)),
      ["ESCALATE"],
    ],
    [
      "an escalated ticket 3 days later",
      () => expectOk(escalateTicket(openSchoolTicket(), at(days(3)), DEFAULT_DURATIONS)).ticket,
      at(days(6)),
      ["BREACH"],
    ],
    ["a district ticket at 3 days", () => openDinasTicket(), at(days(3)), ["BREACH"]],
    ["a district ticket never answered, sweep at 7 days", () => openDinasTicket(), at(days(7)), ["BREACH", "EXPIRE"]],
    [
      "a district ticket whose breach is recorded, at 7 days",
      () => expectOk(recordHelpdeskBreach(openDinasTicket(), at(days(3)), DEFAULT_DURATIONS)).ticket,
      at(days(7)),
      ["EXPIRE"],
    ],
    // Replayed as if the sweep had been punctual: moved at day 3, the helpdesk's target missed at day 6, ended at day 7.
    [
      "a school ticket the sweep missed for 7 days",
      () => openSchoolTicket(),
      at(days(7)),
      ["ESCALATE", "BREACH", "EXPIRE"],
    ],
    ["a school ticket the sweep missed for 4 days", () => openSchoolTicket(), at(days(4)), ["ESCALATE"]],
    ["a district ticket, any time later", () => reply(openDinasTicket(), actors.helpdesk, at(1)), at(days(2)), []],
    [
      "a closed ticket",
      () => ({ ...openSchoolTicket(), state: "CLOSED", endedAt: T0, endReason: "CLOSED_BY_ASKER" }),
      at(days(30)),
      [],
    ],
  ])("%s → %j", (_label, build, now, expected) => {
    expect(dueClockTransitions(build(), now, DEFAULT_DURATIONS)).toEqual(expected);
  });

  it("a late sweep writes the history a punctual one would have: each clock at its own deadline", () => {
    const opened = openSchoolTicket();
    const result = runDueClockTransitions(opened, at(days(9)), DEFAULT_DURATIONS);
    expect(result?.applied).toEqual(["ESCALATE", "BREACH", "EXPIRE"]);
    expect(result?.events.map((event) => [event.type, event.at])).toEqual([
      ["ESCALATED", at(days(3))],
      ["HELPDESK_TARGET_BREACHED", at(days(6))],
      ["EXPIRED", at(days(7))],
    ]);
    expect(result?.ticket).toMatchObject({
      version: opened.version + 1,
      state: "EXPIRED",
      endReason: "NO_RESPONSE",
      endedAt: at(days(7)),
      tier: "HELPDESK",
      tierSince: at(days(3)),
      handoff: "ESCALATION",
      helpdeskBreachedAt: at(days(6)),
    });
  });

  it("applies breach then expiry as one write with both events at their deadlines", () => {
    const opened = openDinasTicket();
    const result = runDueClockTransitions(opened, at(days(8)), DEFAULT_DURATIONS);
    expect(result?.applied).toEqual(["BREACH", "EXPIRE"]);
    expect(result?.events.map((event) => [event.type, event.at])).toEqual([
      ["HELPDESK_TARGET_BREACHED", at(days(3))],
      ["EXPIRED", at(days(7))],
    ]);
    expect(result?.ticket).toMatchObject({
      version: opened.version + 1,
      state: "EXPIRED",
      helpdeskBreachedAt: at(days(3)),
      endedAt: at(days(7)),
    });
  });

  it("a late sweep and a punctual one end in the same ticket", () => {
    let punctual = openSchoolTicket();
    for (const day of [3, 6, 7])
      punctual = runDueClockTransitions(punctual, at(days(day)), DEFAULT_DURATIONS)?.ticket ?? punctual;
    const late = runDueClockTransitions(openSchoolTicket(), at(days(10)), DEFAULT_DURATIONS)?.ticket;
    const { version: _v1, ...punctualColumns } = punctual;
    const { version: _v2, ...lateColumns } = late ?? punctual;
    expect(lateColumns).toEqual(punctualColumns);
  });

  it("returns null when nothing is due", () => {
    expect(runDueClockTransitions(openSchoolTicket(), at(HOUR_MS), DEFAULT_DURATIONS)).toBeNull();
  });

  it("a district office's ticket never escalates, however long it waits", () => {
    for (const offset of [days(3), days(6), days(7), days(30)]) {
      expect(dueClockTransitions(openDinasTicket(), at(offset), DEFAULT_DURATIONS)).not.toContain("ESCALATE");
    }
  });

  it("with 1-minute durations the whole life of an unanswered school ticket fits in minutes", () => {
    let ticket = openSchoolTicket();
    ticket = runDueClockTransitions(ticket, at(60_000), ONE_MINUTE_DURATIONS)?.ticket ?? ticket;
    expect(ticket).toMatchObject({ state: "EXPIRED", tier: "DINAS" }); // expiry (1 min) wins the tie with escalation
    let answered = reply(openSchoolTicket(), actors.dinasOperator, at(30_000));
    answered = runDueClockTransitions(answered, at(60_000), ONE_MINUTE_DURATIONS)?.ticket ?? answered;
    expect(answered).toMatchObject({ tier: "HELPDESK", handoff: "ESCALATION", state: "ANSWERED" });
    const ended = runDueClockTransitions(answered, at(90_000), ONE_MINUTE_DURATIONS);
    expect(ended?.ticket).toMatchObject({ state: "EXPIRED", endReason: "ASKER_SILENT" });
    expect(replyToTicket(ended!.ticket, actors.schoolOperator, "halo?", at(100_000))).toMatchObject({
      ok: false,
      code: "TICKET_ENDED",
    });
  });
});
