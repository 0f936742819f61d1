// "Unread": a ticket whose last public message came from the other side after the user last looked,
// or one the clocks moved or ended since (lib/server/tickets/notices.ts).
// The marker stores the ticket's lastMessageAt as seen (not the wall clock), so a message written
// while the page was open still counts as unread.
import "server-only";
import type { Actor } from "@/lib/domain";
import { readRows } from "@/lib/server/database";
import { Prisma } from "../generated/prisma/client";
import type { TicketServiceDeps } from "./deps";
import { listUnseenNoticeKeys } from "./notices";
import { scopeSql } from "./scope";
import { unreadSql } from "./ticket-sql";

/** The tickets whose new messages a role is expected to follow, as SQL over `t` (ANDed with the scope). */
function followedSql(actor: Actor): Prisma.Sql | null {
  switch (actor.role) {
    case "SEKOLAH":
    case "DINAS":
      return Prisma.sql`TRUE`; // a school's tickets; a district's inbox and its own questions (its scope)
    case "HELPDESK":
      return Prisma.sql`t."tier" = 'HELPDESK' AND t."assigneeId" = ${actor.userId}`;
    default:
      return null;
  }
}

// Bounds the work of one count on a busy account; the badge then reads "500+".
export const UNREAD_SCAN_LIMIT = 500;

/**
 * The navigation badge: running tickets whose last public message came from the other side after the
 * user last looked, and tickets with unseen clock notices, each counted once (at most UNREAD_SCAN_LIMIT).
 * Every page of the signed-in roles shows it: one statement, plus the notices the page reads anyway.
 */
export async function countUnread(deps: TicketServiceDeps, actor: Actor): Promise<number> {
  const followed = followedSql(actor);
  if (!followed) return 0;
  const [unread, notices] = await Promise.all([
    readRows<{ id: string }>(
      deps.prisma,
      Prisma.sql`
        SELECT t."id" FROM "Ticket" t
        WHERE ${scopeSql(actor)} AND ${followed} AND ${unreadSql(actor)}
        LIMIT ${UNREAD_SCAN_LIMIT}`,
    ),
    listUnseenNoticeKeys(deps, actor),
  ]);
  return Math.min(
    UNREAD_SCAN_LIMIT,
    new Set([...unread.map((row) => row.id), ...notices.map((notice) => notice.id)]).size,
  );
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
