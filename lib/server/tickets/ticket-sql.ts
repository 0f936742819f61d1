// Conditions over the `Ticket` alias `t` that several hot queries share (the lists, the unread badge),
// written once so a list's "unread" mark and the navigation badge can never disagree.
import "server-only";
import type { Actor } from "@/lib/domain";
import { Prisma } from "../generated/prisma/client";

/** Running tickets, in the words of the partial indexes that serve them (migration national_scale_lists). */
export const RUNNING = Prisma.sql`t."state" IN ('OPEN', 'ANSWERED')`;
export const ENDED = Prisma.sql`t."state" IN ('CLOSED', 'EXPIRED')`;

/**
 * The user's side of a ticket: lib/domain relationOf reduced to asker or handler for the roles that
 * take part in conversations (a school is the asker of all its tickets, a district of its own questions
 * only, the helpdesk always handles); null for the roles that only watch (supervisor, admin).
 * tests/integration/tickets-unread.test.ts holds the counts to what the pages show.
 */
export function mySideSql(actor: Actor): Prisma.Sql | null {
  switch (actor.role) {
    case "SEKOLAH":
      return Prisma.sql`'ASKER'`;
    case "DINAS":
      return Prisma.sql`(CASE WHEN t."askerType" = 'DINAS' THEN 'ASKER' ELSE 'HANDLER' END)`;
    case "HELPDESK":
      return Prisma.sql`'HANDLER'`;
    default:
      return null;
  }
}

/**
 * Unread for this user: a running ticket whose last public message came from the other side after the
 * user last looked (TicketRead keeps the lastMessageAt seen). The marker is read by a scalar subquery —
 * one primary-key lookup per ticket whatever the plan; a join would let a prepared statement's generic
 * plan read every marker of the user (15,000 for a busy helpdesk member). FALSE for watching roles.
 */
export function unreadSql(actor: Actor): Prisma.Sql {
  const side = mySideSql(actor);
  if (!side) return Prisma.sql`FALSE`;
  return Prisma.sql`(${RUNNING} AND t."lastMessageBy"::text <> ${side}
    AND COALESCE((SELECT r."readAt" FROM "TicketRead" r WHERE r."userId" = ${actor.userId} AND r."ticketId" = t."id"), '-infinity'::timestamp) < t."lastMessageAt")`;
}
