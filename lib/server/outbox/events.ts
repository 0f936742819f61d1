// The events that start the durable clock timers (inngest/functions), and which ticket change starts
// which. They carry only the ticket id and the deadline: the timer re-reads the ticket when it wakes,
// and lib/domain decides then whether anything is still due.
import "server-only";
import {
  escalationDueAt,
  expiryDueAt,
  helpdeskTargetDueAt,
  type ClockDurations,
  type TransitionSuccess,
} from "@/lib/domain";

export const TICKET_OPENED = "helpdesk/ticket.opened";
export const TICKET_ACTIVITY = "helpdesk/ticket.activity";
export const TICKET_AT_HELPDESK = "helpdesk/ticket.at-helpdesk";

export interface TicketOpenedData {
  ticketId: string;
  /** ISO time: when the school ticket escalates if still at tier DINAS. */
  dueAt: string;
}

export interface TicketActivityData {
  ticketId: string;
  /** ISO time of the public message that restarted the activity clock. */
  lastMessageAt: string;
  /** ISO time: when the ticket expires if no newer message comes. */
  dueAt: string;
}

export interface TicketAtHelpdeskData {
  ticketId: string;
  /** ISO time: the helpdesk's answer target. */
  dueAt: string;
}

export type ClockEvent =
  | { name: typeof TICKET_OPENED; data: TicketOpenedData }
  | { name: typeof TICKET_ACTIVITY; data: TicketActivityData }
  | { name: typeof TICKET_AT_HELPDESK; data: TicketAtHelpdeskData };

/**
 * The timer events a written transition starts, read off the transition itself: a new SEKOLAH ticket
 * starts its escalation timer; every public message restarts the expiry timer; arriving at tier
 * HELPDESK (a DINAS question, a forward, an escalation) starts the answer target. The deadlines come
 * from lib/domain, so the timers, the sweep and the UI agree. An ended ticket starts nothing.
 */
export function clockEventsOf(result: TransitionSuccess, durations: ClockDurations): ClockEvent[] {
  const ticket = result.ticket;
  const ticketId = ticket.id;
  const events: ClockEvent[] = [];

  const escalation = escalationDueAt(ticket, durations);
  if (escalation && result.events.some((e) => e.type === "OPENED")) {
    events.push({ name: TICKET_OPENED, data: { ticketId, dueAt: escalation.toISOString() } });
  }

  const expiry = expiryDueAt(ticket, durations);
  if (expiry && result.messages.some((m) => m.kind === "PUBLIC")) {
    events.push({
      name: TICKET_ACTIVITY,
      data: { ticketId, lastMessageAt: ticket.lastMessageAt.toISOString(), dueAt: expiry.toISOString() },
    });
  }

  const target = helpdeskTargetDueAt(ticket, durations);
  const arrived = result.events.some((e) => e.toTier === "HELPDESK" && e.fromTier !== "HELPDESK");
  if (target && arrived && expiry !== null) {
    events.push({ name: TICKET_AT_HELPDESK, data: { ticketId, dueAt: target.toISOString() } });
  }
  return events;
}
