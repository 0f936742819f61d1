// "Unread": a ticket whose last public message came from the other side after the user last looked,
// or one the clocks moved or ended since (lib/server/tickets/notices.ts).
// The marker stores the ticket's lastMessageAt as seen (not the wall clock), so a message written
// while the page was open still counts as unread.
import { relationOf, type Actor } from "@/lib/domain";
import type { Prisma } from "../generated/prisma/client";
import type { TicketServiceDeps } from "./deps";
import { listClockNotices } from "./notices";
import { inScope } from "./scope";

/** The tickets whose new messages a role is expected to follow. */
function followedWhere(actor: Actor): Prisma.TicketWhereInput | null {
  switch (actor.role) {
    case "SEKOLAH":
    case "DINAS":
      return {}; // a school's tickets; a district's inbox and its own questions (its scope)
    case "HELPDESK":
      return { tier: "HELPDESK", assigneeId: actor.userId };
    default:
      return null;
  }
}

// Bounds the work of one count on a busy account; the badge then reads "500+".
export const UNREAD_SCAN_LIMIT = 500;

/** The ids of the tickets with messages the user has not seen (at most UNREAD_SCAN_LIMIT). */
export async function unreadTicketIds({ prisma }: TicketServiceDeps, actor: Actor): Promise<string[]> {
  const followed = followedWhere(actor);
  if (!followed) return [];
  const rows = await prisma.ticket.findMany({
    where: inScope(actor, { ...followed, state: { in: ["OPEN", "ANSWERED"] } }),
    select: {
      id: true,
      askerType: true,
      schoolId: true,
      regencyCode: true,
      lastMessageAt: true,
      lastMessageBy: true,
      reads: { where: { userId: actor.userId }, select: { readAt: true } },
    },
    orderBy: { lastMessageAt: "desc" },
    take: UNREAD_SCAN_LIMIT,
  });
  return rows.filter((row) => {
    const mySide = relationOf(actor, row) === "ASKER" ? "ASKER" : "HANDLER";
    const seen = row.reads[0]?.readAt;
    return row.lastMessageBy !== mySide && (!seen || seen < row.lastMessageAt);
  }).map((row) => row.id);
}

/** The navigation badge: tickets with unseen messages or unseen clock notices, each counted once. */
export async function countUnread(deps: TicketServiceDeps, actor: Actor): Promise<number> {
  const [unread, notices] = await Promise.all([unreadTicketIds(deps, actor), listClockNotices(deps, actor, UNREAD_SCAN_LIMIT)]);
  return Math.min(UNREAD_SCAN_LIMIT, new Set([...unread, ...notices.map((notice) => notice.ticket.id)]).size);
}

/**
 * Records that the user has seen the ticket up to its current last message and its newest history
 * event (`eventSeq`: the clock notices count from there; never lowered, two tabs may race).
 */
export async function markTicketRead(
  { prisma }: TicketServiceDeps,
  userId: string,
  ticketId: string,
  lastMessageAt: Date,
  eventSeq = 0,
) {
  await prisma.$executeRaw`
    INSERT INTO "TicketRead" ("userId", "ticketId", "readAt", "eventSeq")
    VALUES (${userId}, ${ticketId}, ${lastMessageAt}, ${eventSeq})
    ON CONFLICT ("userId", "ticketId") DO UPDATE
      SET "readAt" = EXCLUDED."readAt", "eventSeq" = GREATEST("TicketRead"."eventSeq", EXCLUDED."eventSeq")`;
}
