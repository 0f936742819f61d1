// What a ticket's page needs, for the signed-in user of any role: the ticket as that user may see it,
// the helpdesk members to assign, the SLA clocks and the installation's limits. Cached per request (the
// user object is per-request too, see getCurrentUser), so the page and its metadata read it once. A
// ticket outside the user's scope is null: the page then shows the same not-found page as a missing id.
import "server-only";
import crypto from "node:crypto";
import { cache } from "react";
import type { CurrentUser } from "@/lib/server/auth/session";
import { getPrisma } from "@/lib/server/database";
import { helpdeskMemberNames, listActiveHelpdeskMembers, type HelpdeskMember } from "@/lib/server/accounts";
import { loadTicketClocks, type TicketClocks } from "@/lib/server/reports/ticket-clocks";
import { getAttachmentLimits, getClockDurations } from "@/lib/server/settings";
import { getTicketService } from "@/lib/server/tickets/ticket-service";
import type { TicketDetail, TicketEventDto } from "@/lib/server/tickets";
import { isStaff, type ClockDurations } from "@/lib/domain";
import type { AttachmentLimits } from "@/lib/server/settings";

export interface Conversation {
  user: CurrentUser;
  ticket: TicketDetail;
  /** Choices for the assign select (empty unless the user may assign). */
  members: HelpdeskMember[];
  assigneeNames: Map<string, string>;
  /** The SLA clocks, for staff and the district handling the ticket (askers have the deadline box). */
  clocks: TicketClocks | null;
  /** The reply form's first clientKey, rendered into the page so it is the same before and after hydration. */
  initialClientKey: string;
  durations: ClockDurations;
  attachmentLimits: AttachmentLimits;
}

const MAX_ID_LENGTH = 64;

export const loadConversation = cache(async (user: CurrentUser, ticketId: string): Promise<Conversation | null> => {
  if (ticketId.length > MAX_ID_LENGTH) return null;
  const ticket = await getTicketService().getTicketForActor(user.actor, ticketId);
  if (!ticket) return null;
  const prisma = getPrisma();
  const durations = getClockDurations();
  const showsClocks = isStaff(ticket.relation) || ticket.relation === "DINAS_HANDLER";
  const [members, assigneeNames, clocks] = await Promise.all([
    ticket.can.assign ? listActiveHelpdeskMembers(prisma) : [],
    isStaff(ticket.relation) ? helpdeskMemberNames(prisma, assigneeIdsOf(ticket.events)) : new Map<string, string>(),
    // The ticket is in the user's scope (checked just above), so its clocks may be read unscoped.
    showsClocks ? loadTicketClocks(prisma, ticket.id, durations, new Date()) : null,
  ]);
  return {
    user,
    ticket,
    members,
    assigneeNames,
    clocks,
    initialClientKey: crypto.randomUUID(),
    durations,
    attachmentLimits: getAttachmentLimits(),
  };
});

/** The ids behind the ticket's assignment entries, for the name lookup. */
function assigneeIdsOf(events: readonly TicketEventDto[]): string[] {
  return events.flatMap((event) => {
    const detail = event.type === "ASSIGNED" ? event.detail : null;
    const to =
      detail !== null && typeof detail === "object" && !Array.isArray(detail)
        ? (detail as Record<string, unknown>).to
        : null;
    return typeof to === "string" && to !== "" ? [to] : [];
  });
}

/**
 * Marks the ticket read up to its last message and newest event: the unread badge counts from here.
 * A visit that brings nothing new writes nothing (most visits: a page view should not cost a commit).
 */
export async function markConversationRead({ user, ticket }: Conversation) {
  const eventSeq = ticket.events.reduce((newest, event) => Math.max(newest, event.seq), 0);
  const seen = ticket.readByActor;
  if (seen && seen.readAt.getTime() >= ticket.lastMessageAt.getTime() && seen.eventSeq >= eventSeq) return;
  await getTicketService().markTicketRead(user.actor, ticket.id, ticket.lastMessageAt, eventSeq);
}
