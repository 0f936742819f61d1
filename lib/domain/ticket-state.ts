// Small facts about a ticket's lifecycle that both the permission table and the transitions need.

import type { TicketSnapshot, TicketState } from "./types";

const ENDED_STATES: readonly TicketState[] = ["CLOSED", "EXPIRED"];

/** CLOSED and EXPIRED are final: an ended ticket is read-only for everyone. */
export function isEnded(ticket: Pick<TicketSnapshot, "state">): boolean {
  return ENDED_STATES.includes(ticket.state);
}

export function addMs(date: Date, ms: number): Date {
  return new Date(date.getTime() + ms);
}
