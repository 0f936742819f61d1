import { describe, expect, it } from "vitest";
import {
  DEFAULT_DURATIONS,
  closeTicket,
  computeDeadlines,
  escalateTicket,
  expireTicket,
  helpdeskTargetStatus,
  recordHelpdeskBreach,
  runDueClockTransitions,
  type HelpdeskTargetStatus,
  type TicketSnapshot,
} from "../../lib/domain";
import {
  HOUR_MS,
  ONE_MINUTE_DURATIONS,
  actors,
  at,
  days,
  expectOk,
  forward,
  openDinasTicket,
  openSchoolTicket,
  reply,
} from "./fixtures";

describe("computeDeadlines: the deadline a user is shown", () => {
  it("a new school ticket: the district has until T+3d before it goes to the helpdesk", () => {
    expect(computeDeadlines(openSchoolTicket(), DEFAULT_DURATIONS)).toEqual({
      escalationDueAt: at(days(3)),
      helpdeskAnswerDueAt: null,
      expiryDueAt: at(days(7)),
      next: { kind: "ESCALATION", at: at(days(3)) },
    });
  });

  it("an answered school ticket still at the district keeps its escalation deadline", () => {
    const answered = reply(openSchoolTicket(), actors.dinasOperator, at(HOUR_MS));
    expect(computeDeadlines(answered, DEFAULT_DURATIONS)).toMatchObject({
      escalationDueAt: at(days(3)),
      expiryDueAt: at(days(7), at(HOUR_MS)),
      next: { kind: "ESCALATION" },
    });
  });

  it("a forwarded ticket: the helpdesk has 3 days from the forward", () => {
    const forwarded = forward(openSchoolTicket(), at(days(1)));
    expect(computeDeadlines(forwarded, DEFAULT_DURATIONS)).toEqual({
      escalationDueAt: null,
      helpdeskAnswerDueAt: at(days(4)),
      expiryDueAt: at(days(7)),
      next: { kind: "HELPDESK_ANSWER", at: at(days(4)) },
    });
  });

  it("an escalated ticket: the helpdesk target counts from the escalation", () => {
    const escalated = expectOk(escalateTicket(openSchoolTicket(), at(days(3)), DEFAULT_DURATIONS)).ticket;
    expect(computeDeadlines(escalated, DEFAULT_DURATIONS).helpdeskAnswerDueAt).toEqual(at(days(6)));
  });

  it("once the helpdesk answered, only the expiry remains", () => {
    const answered = reply(openDinasTicket(), actors.helpdesk, at(days(1)));
    expect(computeDeadlines(answered, DEFAULT_DURATIONS)).toEqual({
      escalationDueAt: null,
      helpdeskAnswerDueAt: null,
      expiryDueAt: at(days(8)),
      next: { kind: "EXPIRY", at: at(days(8)) },
    });
  });

  it("a recorded breach stays visible but is no longer the next thing to happen", () => {
    const breached = expectOk(recordHelpdeskBreach(openDinasTicket(), at(days(3)), DEFAULT_DURATIONS)).ticket;
    const deadlines = computeDeadlines(breached, DEFAULT_DURATIONS);
    expect(deadlines.helpdeskAnswerDueAt).toEqual(at(days(3)));
    expect(deadlines.next).toEqual({ kind: "EXPIRY", at: at(days(7)) });
  });

  it.each<[string, () => TicketSnapshot]>([
    ["closed", () => expectOk(closeTicket(openSchoolTicket(), actors.schoolOperator, at(HOUR_MS))).ticket],
    ["expired", () => expectOk(expireTicket(openDinasTicket(), at(days(7)), DEFAULT_DURATIONS)).ticket],
  ])("a %s ticket has no deadlines", (_label, build) => {
    expect(computeDeadlines(build(), DEFAULT_DURATIONS)).toEqual({
      escalationDueAt: null,
      helpdeskAnswerDueAt: null,
      expiryDueAt: null,
      next: null,
    });
  });

  it("an answer after the target leaves its breach to be recorded at the target: that is next", () => {
    const late = reply(openDinasTicket(), actors.helpdesk, at(days(4)));
    expect(computeDeadlines(late, DEFAULT_DURATIONS).next).toEqual({ kind: "HELPDESK_ANSWER", at: at(days(3)) });
    const recorded = expectOk(recordHelpdeskBreach(late, at(days(4)), DEFAULT_DURATIONS)).ticket;
    expect(computeDeadlines(recorded, DEFAULT_DURATIONS).next).toEqual({ kind: "EXPIRY", at: at(days(11)) });
  });

  // The clock sweep reads its candidates by the stored next deadline: that must be exactly "something is due".
  it.each<[string, () => TicketSnapshot]>([
    ["a new school ticket", () => openSchoolTicket()],
    ["an answered school ticket", () => reply(openSchoolTicket(), actors.dinasOperator, at(HOUR_MS))],
    ["a forwarded ticket", () => forward(openSchoolTicket(), at(HOUR_MS))],
    ["a district question", () => openDinasTicket()],
    ["an answered district question", () => reply(openDinasTicket(), actors.helpdesk, at(days(1)))],
    ["a late-answered district question", () => reply(openDinasTicket(), actors.helpdesk, at(days(4)))],
    ["an escalated ticket", () => expectOk(escalateTicket(openSchoolTicket(), at(days(3)), DEFAULT_DURATIONS)).ticket],
    [
      "a breached ticket",
      () => expectOk(recordHelpdeskBreach(openDinasTicket(), at(days(3)), DEFAULT_DURATIONS)).ticket,
    ],
    ["a closed ticket", () => expectOk(closeTicket(openSchoolTicket(), actors.schoolOperator, at(HOUR_MS))).ticket],
  ])("%s: a clock transition is due at a moment exactly when the next deadline has passed", (_label, build) => {
    const ticket = build();
    for (let hours = 0; hours <= 24 * 12; hours += 1) {
      const now = at(hours * HOUR_MS);
      const next = computeDeadlines(ticket, DEFAULT_DURATIONS).next;
      const isDue = runDueClockTransitions(ticket, now, DEFAULT_DURATIONS) !== null;
      expect(isDue, `${hours} h`).toBe(next !== null && next.at.getTime() <= now.getTime());
    }
  });

  it("follows the installation's durations (1 minute)", () => {
    expect(computeDeadlines(openSchoolTicket(), ONE_MINUTE_DURATIONS)).toMatchObject({
      escalationDueAt: at(60_000),
      expiryDueAt: at(60_000),
      // On a tie the sweep expires rather than escalates, and `next` says so.
      next: { kind: "EXPIRY", at: at(60_000) },
    });
  });
});

describe("helpdeskTargetStatus", () => {
  const forwardedAt = at(HOUR_MS);
  const due = at(days(3), forwardedAt);
  const forwarded = () => forward(openSchoolTicket(), forwardedAt);

  it.each<[string, () => TicketSnapshot, Date, HelpdeskTargetStatus]>([
    ["a ticket still at the district", () => openSchoolTicket(), at(days(10)), "NOT_APPLICABLE"],
    ["unanswered, before the target", forwarded, at(-1, due), "PENDING"],
    ["unanswered, exactly at the target", forwarded, due, "BREACHED"],
    ["answered exactly at the target", () => reply(forwarded(), actors.helpdesk, due), at(days(30)), "MET"],
    [
      "answered 1 ms late (breach never recorded by a sweep)",
      () => reply(forwarded(), actors.helpdesk, at(1, due)),
      at(days(30)),
      "BREACHED",
    ],
    [
      "breach recorded, then answered later",
      () =>
        reply(
          expectOk(recordHelpdeskBreach(forwarded(), due, DEFAULT_DURATIONS)).ticket,
          actors.helpdesk,
          at(HOUR_MS, due),
        ),
      at(days(30)),
      "BREACHED",
    ],
    [
      "expired unanswered after the target",
      () => expectOk(expireTicket(forwarded(), at(days(7)), DEFAULT_DURATIONS)).ticket,
      at(days(30)),
      "BREACHED",
    ],
    [
      "closed by the asker before the target, unanswered",
      () => expectOk(closeTicket(forwarded(), actors.schoolOperator, at(days(1)))).ticket,
      at(days(30)),
      "NOT_APPLICABLE",
    ],
    [
      "a district office's ticket answered on day 2",
      () => reply(openDinasTicket(), actors.helpdesk, at(days(2))),
      at(days(30)),
      "MET",
    ],
  ])("%s → %s", (_label, build, now, expected) => {
    expect(helpdeskTargetStatus(build(), DEFAULT_DURATIONS, now)).toBe(expected);
  });

  it("with 1-minute durations the target is one minute after reaching the helpdesk", () => {
    const ticket = openDinasTicket();
    expect(helpdeskTargetStatus(ticket, ONE_MINUTE_DURATIONS, at(59_999))).toBe("PENDING");
    expect(helpdeskTargetStatus(ticket, ONE_MINUTE_DURATIONS, at(60_000))).toBe("BREACHED");
  });
});
