// What every rule returns. Expected failures are values (shown to the user in Bahasa Indonesia);
// only bugs are thrown. lib/actions turns a Refusal into `{ ok: false, code, message }` unchanged.

import type { MessageDraft, TicketEventDraft, TicketSnapshot } from "./types";

export const REFUSAL_CODES = [
  "FORBIDDEN", // the actor has no right to do this (wrong role, another school or kab/kota)
  "TICKET_ENDED", // the ticket is CLOSED or EXPIRED: read-only
  "WRONG_TIER", // the right party, but the ticket is held by the other tier
  "NOT_DUE", // a clock transition asked for before its deadline
  "ALREADY_DONE", // the change was already made (safe to ignore: sweeps and double clicks)
  "NOT_APPLICABLE", // a clock rule that never applies to this ticket (e.g. escalating a DINAS-asked ticket)
  "INVALID_INPUT", // empty text, missing school, inconsistent walk-in data
] as const;
export type RefusalCode = (typeof REFUSAL_CODES)[number];

export type Refusal = { ok: false; code: RefusalCode; message: string };

/**
 * A successful transition: the ticket as it must be written (version already incremented), and the
 * history events and messages to insert in the same transaction. Always arrays, because one call can
 * produce several (a walk-in resolved at the counter is OPENED + HANDLER_REPLIED + CLOSED).
 */
export type TransitionSuccess = {
  ok: true;
  ticket: TicketSnapshot;
  events: TicketEventDraft[];
  messages: MessageDraft[];
};

export type TransitionResult = TransitionSuccess | Refusal;

export type Authorization = { ok: true } | Refusal;

export function refuse(code: RefusalCode, message: string): Refusal {
  return { ok: false, code, message };
}

export function isRefusal(result: { ok: boolean }): result is Refusal {
  return !result.ok;
}
