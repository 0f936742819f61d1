// The public conversation: replies from either side, and the asker closing the ticket.
// Only these public messages move the activity clock (lastMessageAt) of the 7-day rule.

import { authorize } from "./permissions";
import { relationOf } from "./relation";
import type { TransitionResult } from "./result";
import { changeTicket, describeChange, requireText, succeed } from "./transition-support";
import type { Actor, TicketSnapshot } from "./types";

/**
 * The asker's reply puts the ticket back in the handler's court (OPEN); a handler's reply puts it in
 * the asker's court (ANSWERED) and, the first time at its tier, records the first response that the
 * 3-day targets are measured by.
 */
export function replyToTicket(ticket: TicketSnapshot, actor: Actor, body: string, now: Date): TransitionResult {
  const allowed = authorize(actor, "ticket.reply", ticket);
  if (!allowed.ok) return allowed;
  const text = requireText(body, "Balasan");
  if (typeof text !== "string") return text;

  if (relationOf(actor, ticket) === "ASKER") {
    const next = changeTicket(ticket, { state: "OPEN", lastMessageAt: now, lastMessageBy: "ASKER" });
    return succeed(
      next,
      [describeChange("ASKER_REPLIED", actor.userId, now, ticket, next)],
      [{ kind: "PUBLIC", authorId: actor.userId, authorSide: "ASKER", body: text, at: now }],
    );
  }

  // The permission table only lets a handler reply at its own tier, so the tier names the target.
  const next = changeTicket(ticket, {
    state: "ANSWERED",
    lastMessageAt: now,
    lastMessageBy: "HANDLER",
    firstResponseAt: ticket.firstResponseAt ?? now,
    dinasFirstResponseAt: ticket.tier === "DINAS" ? (ticket.dinasFirstResponseAt ?? now) : ticket.dinasFirstResponseAt,
    helpdeskFirstResponseAt:
      ticket.tier === "HELPDESK" ? (ticket.helpdeskFirstResponseAt ?? now) : ticket.helpdeskFirstResponseAt,
  });
  return succeed(
    next,
    [describeChange("HANDLER_REPLIED", actor.userId, now, ticket, next)],
    [{ kind: "PUBLIC", authorId: actor.userId, authorSide: "HANDLER", body: text, at: now }],
  );
}

/**
 * The asker ends the ticket ("Ya, masalah selesai", or closing it anyway). `solved` records which, so
 * reports can tell a resolved question from one the asker gave up on.
 */
export function closeTicket(ticket: TicketSnapshot, actor: Actor, now: Date, solved = true): TransitionResult {
  const allowed = authorize(actor, "ticket.close", ticket);
  if (!allowed.ok) return allowed;
  const next = changeTicket(ticket, { state: "CLOSED", endReason: "CLOSED_BY_ASKER", endedAt: now });
  return succeed(next, [
    describeChange("CLOSED", actor.userId, now, ticket, next, { reason: "CLOSED_BY_ASKER", solved }),
  ]);
}
