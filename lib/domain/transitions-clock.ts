// Transitions made by the clock (actorId null). The sweep calls them with its own `now`; each one is
// idempotent in effect: asked again after it happened, it answers ALREADY_DONE instead of acting twice.
// A late sweep acts at `now`, not at the deadline: the ticket really reached the helpdesk inbox (and its
// 3-day target really started) only when the sweep moved it.

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

  // The activity clock is untouched: escalation is not a response (SPEC "Expiry").
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

/**
 * The one clock transition to apply next, or null. The order matters when a sweep runs late and
 * several deadlines have passed:
 * - BREACH before EXPIRE: the missed target happened before the ticket ended, and an ended ticket
 *   refuses every write, so afterwards its event (and helpdeskBreachedAt) could never be recorded.
 * - EXPIRE wins over ESCALATE: once the 7-day silence has passed the ticket ends where it is. Moving it
 *   to the helpdesk in the same instant would show the asker an escalation nobody could act on and
 *   charge the NO_RESPONSE to a tier that held the ticket for 0 ms; the tier that held it through the
 *   silence is the honest one to record. (ESCALATE and BREACH never compete: one needs tier DINAS,
 *   the other tier HELPDESK.)
 */
function nextDueClockTransition(
  ticket: TicketSnapshot,
  now: Date,
  durations: ClockDurations,
): { kind: ClockTransitionKind; result: TransitionSuccess } | null {
  const attempts: [ClockTransitionKind, typeof expireTicket][] = [
    ["BREACH", recordHelpdeskBreach],
    ["EXPIRE", expireTicket],
    ["ESCALATE", escalateTicket],
  ];
  for (const [kind, transition] of attempts) {
    const result = transition(ticket, now, durations);
    if (result.ok) return { kind, result };
  }
  return null;
}

export interface ClockSweepResult extends TransitionSuccess {
  applied: ClockTransitionKind[];
}

/**
 * Applies every clock transition due at `now`, in order, as one change (one conditional update and
 * its events in one transaction). Null when nothing is due.
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
