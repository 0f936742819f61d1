// The lists each role works from, as SQL over the `Ticket` alias `t`, and how each sort orders them.
// Every view is ANDed with the actor's scope by listTickets, so a view can narrow but never widen it.
import "server-only";
import { parseTicketNumber, formatTicketNumber, type Actor, type Role } from "@/lib/domain";
import { Prisma } from "../generated/prisma/client";
import { ENDED, RUNNING, unreadSql } from "./ticket-sql";
import type { ListTicketsQuery, SortDirection, TicketSort } from "@/lib/shared/ticket-input";

export { RUNNING } from "./ticket-sql";

export const TICKET_VIEWS = {
  SEKOLAH: ["mine"], // the school's tickets
  // Its schools' tickets waiting for the district / all of them (all tiers) / the ended ones; and its
  // own questions to the helpdesk (a page of their own).
  DINAS: ["action", "inbox", "ended", "asked"],
  // Tier HELPDESK only: waiting for the helpdesk (unassigned or the viewer's) / unassigned / the
  // viewer's / ended / all.
  HELPDESK: ["action", "unassigned", "mine", "ended", "all"],
  SUPERVISOR: ["all"],
  ADMIN: [],
} as const satisfies Record<Role, readonly string[]>;
export type TicketView = (typeof TICKET_VIEWS)[Role][number];

/** The requested view if the role has it, else the role's first (main) view. */
export function resolveView(actor: Actor, requested: string | undefined): TicketView | null {
  const views: readonly TicketView[] = TICKET_VIEWS[actor.role];
  return views.find((view) => view === requested) ?? views[0] ?? null;
}

export function viewSql(actor: Actor, view: TicketView): Prisma.Sql {
  switch (view) {
    case "action":
      // Waiting for this side: the asker spoke last (OPEN) and the ticket sits at the viewer's tier.
      return actor.role === "HELPDESK"
        ? Prisma.sql`t."tier" = 'HELPDESK' AND t."state" = 'OPEN' AND (t."assigneeId" IS NULL OR t."assigneeId" = ${actor.userId})`
        : Prisma.sql`t."askerType" = 'SEKOLAH' AND t."tier" = 'DINAS' AND t."state" = 'OPEN'`;
    case "ended":
      return actor.role === "HELPDESK"
        ? Prisma.sql`t."tier" = 'HELPDESK' AND ${ENDED}`
        : Prisma.sql`t."askerType" = 'SEKOLAH' AND ${ENDED}`;
    case "inbox":
      return Prisma.sql`t."askerType" = 'SEKOLAH'`;
    case "asked":
      return Prisma.sql`t."askerType" = 'DINAS'`;
    case "unassigned":
      return Prisma.sql`t."tier" = 'HELPDESK' AND t."assigneeId" IS NULL AND ${RUNNING}`;
    case "mine":
      return actor.role === "HELPDESK"
        ? Prisma.sql`t."tier" = 'HELPDESK' AND t."assigneeId" = ${actor.userId}`
        : Prisma.sql`TRUE`;
    case "all":
      return Prisma.sql`TRUE`;
  }
}

/** Askers follow their conversations (latest activity first); handlers work by urgency. */
export function defaultSortOf(view: TicketView | null, actor: Actor): TicketSort {
  return actor.role === "SEKOLAH" || view === "asked" || view === null ? "activity" : "deadline";
}

/** Most urgent / oldest first, except activity: latest first. */
export const DEFAULT_DIRECTION: Record<TicketSort, SortDirection> = { age: "asc", deadline: "asc", activity: "desc" };

/**
 * A stretch of the list with one key column, in one direction, ties broken by id (so pages never overlap
 * and a keyset cursor is exact). Most sorts are one segment. "deadline" is two: the running tickets by
 * their next deadline (Ticket.nextDeadlineAt, exactly lib/domain's), then the ended ones, latest first.
 */
export interface Segment {
  /** Which rows belong to the segment. */
  where: Prisma.Sql;
  /** The key column, never null inside the segment. */
  key: "nextDeadlineAt" | "endedAt" | "openedAt" | "lastMessageAt";
  dir: SortDirection;
}

/**
 * The stretches of a list in order. "deadline" is running tickets by their next deadline, then the
 * ended ones, latest first. In the "Perlu tindakan" view the tickets the viewer has not read yet come
 * first, the latest arrival on top (a new question or a new reply is never on a later page than older
 * work, however many older tickets wait), then the read ones by deadline: opening a ticket moves it down
 * to its place by urgency.
 */
export function segmentsOf(
  sort: TicketSort,
  dir: SortDirection,
  view: TicketView | null = null,
  actor?: Actor,
): Segment[] {
  switch (sort) {
    case "deadline":
      // A running ticket always has a next deadline and an ended one an end (ticket-store.ts writes both).
      if (view === "action" && actor) {
        const unread = unreadSql(actor);
        return [
          { where: Prisma.sql`${RUNNING} AND ${unread}`, key: "lastMessageAt", dir: "desc" },
          { where: Prisma.sql`${RUNNING} AND NOT ${unread}`, key: "nextDeadlineAt", dir },
        ];
      }
      return [
        { where: RUNNING, key: "nextDeadlineAt", dir },
        { where: ENDED, key: "endedAt", dir: "desc" },
      ];
    case "age":
      return [{ where: Prisma.sql`TRUE`, key: "openedAt", dir }];
    case "activity":
      return [{ where: Prisma.sql`TRUE`, key: "lastMessageAt", dir }];
  }
}

/** `text` as a LIKE pattern that matches it literally, anywhere (or at the start). */
function likePattern(text: string, anywhere: boolean): string {
  const escaped = text.replace(/[\\%_]/g, (c) => `\\${c}`);
  return anywhere ? `%${escaped}%` : `${escaped}%`;
}

/**
 * Text search in the subject, the number and the message bodies the actor may read: a school never
 * finds a ticket by words of an internal note, a district only by its own forward notes.
 */
function searchSql(actor: Actor, q: string): Prisma.Sql {
  const pattern = likePattern(q, true);
  const inMessages = (kinds: Prisma.Sql) =>
    Prisma.sql`EXISTS (SELECT 1 FROM "Message" m WHERE m."ticketId" = t."id" AND ${kinds} AND m."body" ILIKE ${pattern})`;
  const messageMatch =
    actor.role === "HELPDESK" || actor.role === "SUPERVISOR"
      ? inMessages(Prisma.sql`TRUE`)
      : actor.role === "DINAS"
        ? Prisma.sql`(${inMessages(Prisma.sql`m."kind" = 'PUBLIC'`)}
            OR (t."askerType" = 'SEKOLAH' AND ${inMessages(Prisma.sql`m."kind" = 'FORWARD_NOTE'`)}))`
        : inMessages(Prisma.sql`m."kind" = 'PUBLIC'`);
  const number = parseTicketNumber(q);
  const numberMatch = number
    ? Prisma.sql`t."number" = ${formatTicketNumber(number.year, number.seq)} OR`
    : Prisma.empty;
  return Prisma.sql`(${numberMatch} t."subject" ILIKE ${pattern} OR ${messageMatch})`;
}

export function filterSql(actor: Actor, query: ListTicketsQuery): Prisma.Sql[] {
  const filters: Prisma.Sql[] = [];
  if (query.state) filters.push(Prisma.sql`t."state" = ${query.state}::"TicketState"`);
  if (query.tier) filters.push(Prisma.sql`t."tier" = ${query.tier}::"Tier"`);
  if (query.categoryId) filters.push(Prisma.sql`t."categoryId" = ${query.categoryId}`);
  if (query.npsn) {
    const prefix = likePattern(query.npsn, false);
    filters.push(
      Prisma.sql`EXISTS (SELECT 1 FROM "School" s WHERE s."id" = t."schoolId" AND (s."npsn" LIKE ${prefix} OR s."name" ILIKE ${prefix}))`,
    );
  }
  if (query.q) filters.push(searchSql(actor, query.q));
  return filters;
}
