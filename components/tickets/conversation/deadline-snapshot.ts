// describeDeadline reads a TicketSnapshot; the detail carries all of it except a few fields the
// deadline text does not read, or reads only as "is there one" (helpdeskFirstResponseAt).
// TODO(ticket service): expose those fields on TicketDetail and drop the reconstruction below.
import { isEnded, type TicketSnapshot } from "@/lib/domain";
import type { TicketDetail } from "@/lib/server/tickets";

export function snapshotOf(ticket: TicketDetail): TicketSnapshot {
  // The detail's own deadlines were computed from the full snapshot: an open ticket at the helpdesk
  // without a helpdesk answer deadline has had its helpdesk answer (the exact time is not needed).
  const helpdeskAnswered =
    ticket.tier === "HELPDESK" && !isEnded(ticket) && ticket.deadlines.helpdeskAnswerDueAt === null;
  return {
    id: ticket.id,
    state: ticket.state,
    tier: ticket.tier,
    askerType: ticket.askerType,
    channel: ticket.channel,
    schoolId: null,
    regencyCode: ticket.regency.code,
    assigneeId: ticket.assignee?.id ?? null,
    openedAt: ticket.openedAt,
    tierSince: ticket.tierSince,
    handoff: ticket.handoff,
    handoffAt: ticket.handoffAt,
    firstResponseAt: ticket.firstResponseAt,
    dinasFirstResponseAt: null,
    helpdeskFirstResponseAt: helpdeskAnswered ? (ticket.firstResponseAt ?? ticket.tierSince) : null,
    lastMessageAt: ticket.lastMessageAt,
    lastMessageBy: ticket.lastMessageBy,
    helpdeskBreachedAt: ticket.helpdeskTargetStatus === "BREACHED" ? ticket.tierSince : null,
    endedAt: ticket.endedAt,
    endReason: ticket.endReason,
    version: 0,
  };
}
