// Every write, by every kind of actor, on every kind of ticket: who succeeds and why the others are refused.

import { describe, expect, it } from "vitest";
import {
  addInternalNote,
  assignTicket,
  closeTicket,
  forwardTicket,
  replyToTicket,
  type Actor,
  type TicketSnapshot,
  type TransitionResult,
} from "../../lib/domain";
import { ACTOR_NAMES, HOUR_MS, actors, at, situations, type ActorName, type SituationName } from "./fixtures";

const tickets = situations();
const when = at(2 * HOUR_MS);

const WRITES = {
  reply: (t: TicketSnapshot, a: Actor) => replyToTicket(t, a, "Sudah saya coba, masih gagal", when),
  forward: (t: TicketSnapshot, a: Actor) => forwardTicket(t, a, "Mohon bantuan, di luar kewenangan Dinas", when),
  assign: (t: TicketSnapshot, a: Actor) => assignTicket(t, a, "u-helpdesk-2", when),
  note: (t: TicketSnapshot, a: Actor) => addInternalNote(t, a, "Cek log server sinkron", when),
  close: (t: TicketSnapshot, a: Actor) => closeTicket(t, a, when),
} satisfies Record<string, (t: TicketSnapshot, a: Actor) => TransitionResult>;
type Write = keyof typeof WRITES;

type Outcome = "ok" | "FORBIDDEN" | "WRONG_TIER" | "TICKET_ENDED";
const F = "FORBIDDEN";
const W = "WRONG_TIER";
const NONE: Outcome[] = [F, F, F, F, F];

// Columns:                 reply  forward  assign  note  close
const GRID: Record<"schoolAtDinas" | "schoolForwarded" | "dinasAtHelpdesk", Record<ActorName, Outcome[]>> = {
  schoolAtDinas: {
    schoolOperator: ["ok", F, F, F, "ok"],
    schoolColleague: ["ok", F, F, F, "ok"],
    otherSchoolOperator: NONE,
    unlinkedSchoolOperator: NONE,
    dinasOperator: ["ok", "ok", F, F, F],
    dinasColleague: ["ok", "ok", F, F, F],
    otherDinasOperator: NONE,
    unlinkedDinasOperator: NONE,
    helpdesk: [W, F, W, W, F],
    helpdeskColleague: [W, F, W, W, F],
    supervisor: [F, F, W, F, F],
    admin: NONE,
  },
  schoolForwarded: {
    schoolOperator: ["ok", F, F, F, "ok"],
    schoolColleague: ["ok", F, F, F, "ok"],
    otherSchoolOperator: NONE,
    unlinkedSchoolOperator: NONE,
    dinasOperator: [W, W, F, F, F],
    dinasColleague: [W, W, F, F, F],
    otherDinasOperator: NONE,
    unlinkedDinasOperator: NONE,
    helpdesk: ["ok", F, "ok", "ok", F],
    helpdeskColleague: ["ok", F, "ok", "ok", F],
    supervisor: [F, F, "ok", F, F],
    admin: NONE,
  },
  dinasAtHelpdesk: {
    schoolOperator: NONE,
    schoolColleague: NONE,
    otherSchoolOperator: NONE,
    unlinkedSchoolOperator: NONE,
    dinasOperator: ["ok", F, F, F, "ok"],
    dinasColleague: ["ok", F, F, F, "ok"],
    otherDinasOperator: NONE,
    unlinkedDinasOperator: NONE,
    helpdesk: ["ok", F, "ok", "ok", F],
    helpdeskColleague: ["ok", F, "ok", "ok", F],
    supervisor: [F, F, "ok", F, F],
    admin: NONE,
  },
};
const COLUMNS: Write[] = ["reply", "forward", "assign", "note", "close"];

const openCases = (Object.keys(GRID) as (keyof typeof GRID)[]).flatMap((situation) =>
  ACTOR_NAMES.flatMap((actor) =>
    COLUMNS.map((write, column) => ({ situation, actor, write, expected: GRID[situation][actor][column] as Outcome })),
  ),
);

function outcomeOf(result: TransitionResult): string {
  return result.ok ? "ok" : result.code;
}

describe("writes on live tickets", () => {
  it.each(openCases)("$situation: $actor $write → $expected", ({ situation, actor, write, expected }) => {
    const before = tickets[situation];
    const result = WRITES[write](before, actors[actor]);
    expect(outcomeOf(result)).toBe(expected);
    if (result.ok) {
      expect(result.ticket.version).toBe(before.version + 1);
      expect(result.events.length).toBeGreaterThan(0);
      expect(result.events.every((event) => event.actorId === actors[actor].userId)).toBe(true);
    } else {
      expect(result.message.trim()).not.toBe("");
    }
  });
});

// An ended ticket is read-only: nobody succeeds. Whoever had any right to this write on the live ticket
// (even at the other tier) is told the ticket ended, since that is final and says what to do next
// (open a follow-up ticket); strangers are still just FORBIDDEN.
const ENDED: [SituationName, keyof typeof GRID][] = [
  ["schoolClosed", "schoolAtDinas"],
  ["schoolForwardedExpired", "schoolForwarded"],
  ["dinasClosed", "dinasAtHelpdesk"],
  ["dinasExpired", "dinasAtHelpdesk"],
];
const endedCases = ENDED.flatMap(([situation, liveTwin]) =>
  ACTOR_NAMES.flatMap((actor) =>
    COLUMNS.map((write, column) => {
      const live = GRID[liveTwin][actor][column] as Outcome;
      return { situation, actor, write, expected: live === F ? F : "TICKET_ENDED" };
    }),
  ),
);

describe("ended tickets (CLOSED and EXPIRED) refuse every write", () => {
  it.each(endedCases)("$situation: $actor $write → $expected", ({ situation, actor, write, expected }) => {
    const result = WRITES[write](tickets[situation], actors[actor]);
    expect(outcomeOf(result)).toBe(expected);
  });
});
