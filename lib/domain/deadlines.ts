// The three clocks of a ticket (docs/rules.md, "The clocks"), computed
// from the snapshot alone so that the UI, the sweep and the reports can never disagree about a deadline.

import { addMs, isEnded } from "./ticket-state";
import type { ClockDurations, TicketSnapshot } from "./types";

export type DeadlineKind = "ESCALATION" | "HELPDESK_ANSWER" | "EXPIRY";

export interface Deadlines {
  /** SEKOLAH-asked, still at tier DINAS, not ended: openedAt + escalation. */
  escalationDueAt: Date | null;
  /** At tier HELPDESK, no helpdesk reply yet, not ended: tierSince + helpdesk answer target. */
  helpdeskAnswerDueAt: Date | null;
  /** Not ended: last public message + expiry. */
  expiryDueAt: Date | null;
  /**
   * The earliest deadline at which a clock will still act (for "paling lambat …", the sweep's candidates
   * and the timers): a clock transition is due at `now` exactly when `next.at <= now`.
   */
  next: { kind: DeadlineKind; at: Date } | null;
}

export function escalationDueAt(ticket: TicketSnapshot, durations: ClockDurations): Date | null {
  // Escalation applies even when the ticket is ANSWERED: "resolved" means closed by the asker (docs/rules.md).
  if (isEnded(ticket) || ticket.askerType !== "SEKOLAH" || ticket.tier !== "DINAS") return null;
  return addMs(ticket.openedAt, durations.escalationMs);
}

/** The helpdesk's target deadline whenever the ticket is at tier HELPDESK, answered or not. */
export function helpdeskTargetDueAt(ticket: TicketSnapshot, durations: ClockDurations): Date | null {
  return ticket.tier === "HELPDESK" ? addMs(ticket.tierSince, durations.helpdeskAnswerMs) : null;
}

export function expiryDueAt(ticket: TicketSnapshot, durations: ClockDurations): Date | null {
  return isEnded(ticket) ? null : addMs(ticket.lastMessageAt, durations.expiryMs);
}

export function computeDeadlines(ticket: TicketSnapshot, durations: ClockDurations): Deadlines {
  const escalation = escalationDueAt(ticket, durations);
  const target = isEnded(ticket) ? null : helpdeskTargetDueAt(ticket, durations);
  const helpdeskAnswer = ticket.helpdeskFirstResponseAt === null ? target : null;
  const expiry = expiryDueAt(ticket, durations);

  // Once its breach is recorded, the helpdesk deadline stays visible but nothing more happens at it,
  // so it must not be "next" (a scheduler waiting on it would wake up forever). An answer that came
  // after the target still has its breach to be recorded at that deadline (recordHelpdeskBreach).
  const answeredLate =
    target !== null &&
    ticket.helpdeskFirstResponseAt !== null &&
    ticket.helpdeskFirstResponseAt.getTime() > target.getTime();
  const candidates: { kind: DeadlineKind; at: Date | null }[] = [
    {
      kind: "HELPDESK_ANSWER",
      at: ticket.helpdeskBreachedAt === null ? (answeredLate ? target : helpdeskAnswer) : null,
    },
    { kind: "EXPIRY", at: expiry },
    { kind: "ESCALATION", at: escalation },
  ];
  let next: Deadlines["next"] = null;
  for (const { kind, at } of candidates) {
    // Strictly earlier wins; on a tie the order above (the sweep's order) decides.
    if (at !== null && (next === null || at.getTime() < next.at.getTime())) next = { kind, at };
  }
  return { escalationDueAt: escalation, helpdeskAnswerDueAt: helpdeskAnswer, expiryDueAt: expiry, next };
}

/**
 * The moment a list sorts a ticket by ("most urgent first"): its next deadline, or null once it ended.
 * Stored on the ticket (Ticket.nextDeadlineAt) by every write, so it must always equal this.
 */
export function nextDeadlineAt(ticket: TicketSnapshot, durations: ClockDurations): Date | null {
  return computeDeadlines(ticket, durations).next?.at ?? null;
}

export type HelpdeskTargetStatus = "NOT_APPLICABLE" | "PENDING" | "MET" | "BREACHED";

/**
 * The helpdesk 3-day answer target, for supervisors and reports. It applies once the ticket reached
 * tier HELPDESK (tier never moves back, so "is at HELPDESK" = "reached it"). A ticket that ended
 * unanswered before its deadline (e.g. the asker closed it) never gave the helpdesk its full time.
 */
export function helpdeskTargetStatus(
  ticket: TicketSnapshot,
  durations: ClockDurations,
  now: Date,
): HelpdeskTargetStatus {
  const due = helpdeskTargetDueAt(ticket, durations);
  if (due === null) return "NOT_APPLICABLE";
  if (ticket.helpdeskFirstResponseAt !== null) {
    return ticket.helpdeskFirstResponseAt.getTime() <= due.getTime() ? "MET" : "BREACHED";
  }
  if (ticket.helpdeskBreachedAt !== null) return "BREACHED";
  const until = isEnded(ticket) ? (ticket.endedAt ?? now) : now;
  if (until.getTime() >= due.getTime()) return "BREACHED";
  return isEnded(ticket) ? "NOT_APPLICABLE" : "PENDING";
}
