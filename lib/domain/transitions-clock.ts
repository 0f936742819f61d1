// Transitions made by the clock (actorId null). Each one is idempotent in effect: asked again after it
// happened, it answers ALREADY_DONE instead of acting twice. runDueClockTransitions applies each due one
// at its own deadline, in the order the deadlines fell: a sweep (or a user's action) that comes late
// writes the same history a punctual one would have — a school ticket silent for 9 days was escalated at
// day 3, missed the helpdesk's target at day 6 and ended at day 7 — instead of ending it where it sat.

import { escalationDueAt, expiryDueAt, helpdeskTargetDueAt } from "./deadlines";
import { refuse, type TransitionResult, type TransitionSuccess } from "./result";
import { changeTicket, describeChange, succeed } from "./transition-support";
import { isEnded } from "./ticket-state";
import type { ClockDurations, TicketSnapshot } from "./types";

const ENDED_MESSAGE = "Tiket ini sudah berakhir.";

function isBefore(now: Date, due: Date): boolean {
  return now.getTime() < due.getTime();
}

/** SEKOLAH-asked tickets still at tier DINAS move to the helpdesk `escalationMs` after opening. */
export function escalateTicket(ticket: TicketSnapshot, now: Date, durations: ClockDurations): TransitionResult {
  if (isEnded(ticket)) return refuse("TICKET_ENDED", ENDED_MESSAGE);
  if (ticket.askerType !== "SEKOLAH") {
    return refuse("NOT_APPLICABLE", "Tiket dari Dinas Pendidikan langsung ditangani Helpdesk dan tidak dieskalasi.");
  }
  if (ticket.tier === "HELPDESK") return refuse("ALREADY_DONE", "Tiket ini sudah ditangani Helpdesk.");
  const due = escalationDueAt(ticket, durations);
  if (due === null || isBefore(now, due)) return refuse("NOT_DUE", "Batas waktu eskalasi belum tercapai.");

  // The activity clock is untouched: escalation is not a response (docs/rules.md, "The clocks").
  const next = changeTicket(ticket, { tier: "HELPDESK", tierSince: now, handoff: "ESCALATION", handoffAt: now });
  return succeed(next, [describeChange("ESCALATED", null, now, ticket, next, { dueAt: due.toISOString() })]);
}

/** Ends a ticket `expiryMs` after its last public message; whose message it was decides the reason. */
export function expireTicket(ticket: TicketSnapshot, now: Date, durations: ClockDurations): TransitionResult {
  const due = expiryDueAt(ticket, durations);
  if (due === null) return refuse("ALREADY_DONE", ENDED_MESSAGE);
  if (isBefore(now, due)) return refuse("NOT_DUE", "Batas waktu tiket tanpa tanggapan belum tercapai.");

  // Asker spoke last → the handler never answered (a service failure); handler spoke last → answered.
  const reason = ticket.lastMessageBy === "ASKER" ? "NO_RESPONSE" : "ASKER_SILENT";
  const next = changeTicket(ticket, { state: "EXPIRED", endReason: reason, endedAt: now });
  return succeed(next, [
    describeChange("EXPIRED", null, now, ticket, next, { reason, tier: ticket.tier, dueAt: due.toISOString() }),
  ]);
}

/**
 * Records (once) that the helpdesk missed its answer target, so supervisors see it. The ticket is
 * not moved or changed otherwise. A late answer whose breach the sweep never saw is still recorded.
 */
export function recordHelpdeskBreach(ticket: TicketSnapshot, now: Date, durations: ClockDurations): TransitionResult {
  if (isEnded(ticket)) return refuse("TICKET_ENDED", ENDED_MESSAGE);
  const due = helpdeskTargetDueAt(ticket, durations);
  if (due === null) return refuse("NOT_APPLICABLE", "Tiket ini belum ditangani Helpdesk.");
  if (ticket.helpdeskBreachedAt !== null) return refuse("ALREADY_DONE", "Pelanggaran target sudah tercatat.");
  const answeredAt = ticket.helpdeskFirstResponseAt;
  if (answeredAt !== null && !isBefore(due, answeredAt)) {
    return refuse("NOT_APPLICABLE", "Helpdesk sudah menjawab tepat waktu.");
  }
  if (isBefore(now, due)) return refuse("NOT_DUE", "Batas waktu jawaban Helpdesk belum tercapai.");

  const next = changeTicket(ticket, { helpdeskBreachedAt: now });
  return succeed(next, [
    describeChange("HELPDESK_TARGET_BREACHED", null, now, ticket, next, { dueAt: due.toISOString() }),
  ]);
}

export type ClockTransitionKind = "BREACH" | "EXPIRE" | "ESCALATE";

type ClockTransition = (ticket: TicketSnapshot, now: Date, durations: ClockDurations) => TransitionResult;

/** The clock transitions with the deadline each acts at. The list order breaks ties (see below). */
const CLOCK_TRANSITIONS: [
  ClockTransitionKind,
  ClockTransition,
  (ticket: TicketSnapshot, durations: ClockDurations) => Date | null,
][] = [
  ["BREACH", recordHelpdeskBreach, helpdeskTargetDueAt],
  ["EXPIRE", expireTicket, expiryDueAt],
  ["ESCALATE", escalateTicket, escalationDueAt],
];

/**
 * The clock transition due at `now` whose deadline came first, applied at that deadline; or null. Ties,
 * when two deadlines fall on the same instant:
 * - BREACH before EXPIRE: the missed target happened before the ticket ended, and an ended ticket
 *   refuses every write, so afterwards its event (and helpdeskBreachedAt) could never be recorded.
 * - EXPIRE before ESCALATE: a ticket whose silence ends at the very instant it would move is ended where
 *   it is, not handed to the helpdesk for 0 ms (which would charge the NO_RESPONSE to a tier that never
 *   held it). (ESCALATE and BREACH never compete: one needs tier DINAS, the other tier HELPDESK.)
 */
function nextDueClockTransition(
  ticket: TicketSnapshot,
  now: Date,
  durations: ClockDurations,
): { kind: ClockTransitionKind; result: TransitionSuccess } | null {
  let first: { kind: ClockTransitionKind; transition: ClockTransition; dueAt: Date } | null = null;
  for (const [kind, transition, dueOf] of CLOCK_TRANSITIONS) {
    if (!transition(ticket, now, durations).ok) continue;
    const dueAt = dueOf(ticket, durations);
    if (dueAt !== null && (first === null || dueAt.getTime() < first.dueAt.getTime()))
      first = { kind, transition, dueAt };
  }
  if (first === null) return null;
  const result = first.transition(ticket, first.dueAt, durations);
  return result.ok ? { kind: first.kind, result } : null;
}

export interface ClockSweepResult extends TransitionSuccess {
  applied: ClockTransitionKind[];
}

/**
 * Applies every clock transition due at `now`, each at its deadline and in deadline order, as one change
 * (one conditional update and its events in one transaction). Null when nothing is due.
 */
export function runDueClockTransitions(
  ticket: TicketSnapshot,
  now: Date,
  durations: ClockDurations,
): ClockSweepResult | null {
  let current = ticket;
  const applied: ClockTransitionKind[] = [];
  const events: TransitionSuccess["events"] = [];
  // Each kind can happen at most once per ticket, so three rounds always suffice; the bound only
  // guards against a future rule that would keep re-triggering.
  for (let round = 0; round < 3; round++) {
    const step = nextDueClockTransition(current, now, durations);
    if (step === null) break;
    applied.push(step.kind);
    events.push(...step.result.events);
    current = step.result.ticket;
  }
  if (applied.length === 0) return null;
  // One write, so one version step, whatever the number of events.
  return { ...succeed({ ...current, version: ticket.version + 1 }, events), applied };
}

/** Which clock transitions the sweep would apply now, in order (empty when none is due). */
export function dueClockTransitions(
  ticket: TicketSnapshot,
  now: Date,
  durations: ClockDurations,
): ClockTransitionKind[] {
  return runDueClockTransitions(ticket, now, durations)?.applied ?? [];
}
