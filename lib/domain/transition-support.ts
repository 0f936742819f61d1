// Shared plumbing for the transition functions: building the success value and the history event
// the same way everywhere, so that "every change bumps the version and has its event" holds by design.

import { refuse, type Refusal, type TransitionSuccess } from "./result";
import type { MessageDraft, TicketEventDraft, TicketEventType, TicketSnapshot } from "./types";

type EventDetail = TicketEventDraft["detail"];

/** An event describing the move from `before` (null for a new ticket) to `after`. */
export function describeChange(
  type: TicketEventType,
  actorId: string | null,
  at: Date,
  before: Pick<TicketSnapshot, "state" | "tier"> | null,
  after: Pick<TicketSnapshot, "state" | "tier">,
  detail?: EventDetail,
): TicketEventDraft {
  return {
    type,
    actorId,
    at,
    fromState: before?.state ?? null,
    toState: after.state,
    fromTier: before?.tier ?? null,
    toTier: after.tier,
    ...(detail ? { detail } : {}),
  };
}

/** Applies `changes` to an existing ticket with the version bump the conditional update relies on. */
export function changeTicket(ticket: TicketSnapshot, changes: Partial<TicketSnapshot>): TicketSnapshot {
  return { ...ticket, ...changes, version: ticket.version + 1 };
}

export function succeed(
  ticket: TicketSnapshot,
  events: TicketEventDraft[],
  messages: MessageDraft[] = [],
): TransitionSuccess {
  return { ok: true, ticket, events, messages };
}

/** Trimmed text, or a refusal naming what is missing (the forms validate too; this is the backstop). */
export function requireText(text: string | null | undefined, what: string): string | Refusal {
  const trimmed = (text ?? "").trim();
  return trimmed === "" ? refuse("INVALID_INPUT", `${what} tidak boleh kosong.`) : trimmed;
}
