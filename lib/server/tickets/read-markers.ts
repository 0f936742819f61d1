// "Unread": a ticket whose last public message came from the other side after the user last looked.
// The marker stores the ticket's lastMessageAt as seen (not the wall clock), so a message written
// while the page was open still counts as unread.
import { relationOf, type Actor } from "@/lib/domain";
import type { Prisma } from "../generated/prisma/client";
import type { TicketServiceDeps } from "./deps";
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

export async function countUnread({ prisma }: TicketServiceDeps, actor: Actor): Promise<number> {
  const followed = followedWhere(actor);
  if (!followed) return 0;
  const rows = await prisma.ticket.findMany({
    where: inScope(actor, { ...followed, state: { in: ["OPEN", "ANSWERED"] } }),
    select: {
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
  }).length;
}

/** Records that the user has seen the ticket up to its current last message. */
export async function markTicketRead({ prisma }: TicketServiceDeps, userId: string, ticketId: string, lastMessageAt: Date) {
  await prisma.ticketRead.upsert({
    where: { userId_ticketId: { userId, ticketId } },
    create: { userId, ticketId, readAt: lastMessageAt },
    update: { readAt: lastMessageAt },
  });
}
