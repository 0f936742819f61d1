// What handlers do besides replying: forward to the helpdesk, assign, write internal notes.
// None of these is a public message, so none of them moves the 7-day activity clock or counts as a
// response (docs/rules.md, "The clocks": a forwarded-then-unanswered ticket still ends as NO_RESPONSE).

import { authorize } from "./permissions";
import { refuse, type TransitionResult } from "./result";
import { changeTicket, describeChange, requireText, succeed } from "./transition-support";
import type { Actor, TicketSnapshot } from "./types";

/**
 * The district hands a school's ticket to the helpdesk. The note is required: the helpdesk needs to
 * know what the district already tried. The helpdesk's 3-day target starts now (tierSince).
 */
export function forwardTicket(ticket: TicketSnapshot, actor: Actor, note: string, now: Date): TransitionResult {
  const allowed = authorize(actor, "ticket.forward", ticket);
  if (!allowed.ok) return allowed;
  const text = requireText(note, "Catatan untuk Helpdesk");
  if (typeof text !== "string") return text;

  const next = changeTicket(ticket, { tier: "HELPDESK", tierSince: now, handoff: "FORWARD", handoffAt: now });
  return succeed(
    next,
    [describeChange("FORWARDED", actor.userId, now, ticket, next)],
    [{ kind: "FORWARD_NOTE", authorId: actor.userId, authorSide: "HANDLER", body: text, at: now }],
  );
}

/**
 * Sets (or clears, with null) the helpdesk member responsible. Whether the assignee is an active
 * helpdesk account is checked by lib/server, which knows the users; the rules only know ids.
 */
export function assignTicket(
  ticket: TicketSnapshot,
  actor: Actor,
  assigneeId: string | null,
  now: Date,
): TransitionResult {
  const allowed = authorize(actor, "ticket.assign", ticket);
  if (!allowed.ok) return allowed;
  if (assigneeId !== null && assigneeId.trim() === "") {
    return refuse("INVALID_INPUT", "Pilih petugas yang akan ditugaskan.");
  }
  if (assigneeId === ticket.assigneeId) {
    return refuse(
      "ALREADY_DONE",
      assigneeId === null
        ? "Tiket ini memang belum ditugaskan kepada siapa pun."
        : "Tiket ini sudah ditugaskan kepada petugas tersebut.",
    );
  }
  const next = changeTicket(ticket, { assigneeId });
  return succeed(next, [
    describeChange("ASSIGNED", actor.userId, now, ticket, next, { from: ticket.assigneeId, to: assigneeId }),
  ]);
}

/** A note for the helpdesk team only; askers never see it (see canSeeMessageKind). */
export function addInternalNote(ticket: TicketSnapshot, actor: Actor, body: string, now: Date): TransitionResult {
  const allowed = authorize(actor, "ticket.note", ticket);
  if (!allowed.ok) return allowed;
  const text = requireText(body, "Catatan internal");
  if (typeof text !== "string") return text;

  const next = changeTicket(ticket, {});
  return succeed(
    next,
    [describeChange("INTERNAL_NOTE_ADDED", actor.userId, now, ticket, next)],
    [{ kind: "INTERNAL_NOTE", authorId: actor.userId, authorSide: "HANDLER", body: text, at: now }],
  );
}
