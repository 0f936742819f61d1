// The lists each role works from, as Prisma `where`s, and how each sort maps to columns.
// Every view is ANDed with the actor's scope by listTickets, so a view can narrow but never widen it.
import { parseTicketNumber, formatTicketNumber, type Actor, type Role } from "@/lib/domain";
import type { Prisma } from "../generated/prisma/client";
import type { ListTicketsQuery, SortDirection, TicketSort } from "./validation";

export const TICKET_VIEWS = {
  SEKOLAH: ["mine"], // the school's tickets
  DINAS: ["inbox", "asked"], // its schools' tickets (all tiers) / its own questions to the helpdesk
  HELPDESK: ["unassigned", "mine", "all"], // tier HELPDESK only
  SUPERVISOR: ["all"],
  ADMIN: [],
} as const satisfies Record<Role, readonly string[]>;
export type TicketView = (typeof TICKET_VIEWS)[Role][number];

/** The requested view if the role has it, else the role's first (main) view. */
export function resolveView(actor: Actor, requested: string | undefined): TicketView | null {
  const views: readonly TicketView[] = TICKET_VIEWS[actor.role];
  return views.find((view) => view === requested) ?? views[0] ?? null;
}

export function viewWhere(actor: Actor, view: TicketView): Prisma.TicketWhereInput {
  switch (view) {
    case "inbox":
      return { askerType: "SEKOLAH" };
    case "asked":
      return { askerType: "DINAS" };
    case "unassigned":
      return { tier: "HELPDESK", assigneeId: null, state: { in: ["OPEN", "ANSWERED"] } };
    case "mine":
      return actor.role === "HELPDESK" ? { tier: "HELPDESK", assigneeId: actor.userId } : {};
    case "all":
      return {};
  }
}

/** Askers follow their conversations (latest activity first); handlers work by urgency. */
export function defaultSortOf(view: TicketView | null, actor: Actor): TicketSort {
  return actor.role === "SEKOLAH" || view === "asked" || view === null ? "activity" : "deadline";
}

/** Oldest / most urgent first, except activity: latest first. */
export const DEFAULT_DIRECTION: Record<TicketSort, SortDirection> = { age: "asc", deadline: "asc", activity: "desc" };

/**
 * Sort → columns (ties broken by id so pages never overlap):
 * - "age": openedAt.
 * - "activity": lastMessageAt (the last public message).
 * - "deadline": open tickets first, then tierSince. For a school ticket still at tier DINAS, tierSince
 *   = openedAt, and its deadline (escalation) is openedAt + a constant; at tier HELPDESK the answer
 *   target is tierSince + a constant — so the order is the deadline order for both. It approximates
 *   tickets whose next deadline is the expiry (lastMessageAt + 7 d: a helpdesk ticket already
 *   answered); an exact order needs a stored nextDeadlineAt column (proposed, not in the schema yet).
 *   Ended tickets have no deadline and come last whatever the direction. The rows carry the exact
 *   next deadline from computeDeadlines.
 */
export function orderByOf(sort: TicketSort, dir: SortDirection): Prisma.TicketOrderByWithRelationInput[] {
  switch (sort) {
    case "age":
      return [{ openedAt: dir }, { id: dir }];
    case "activity":
      return [{ lastMessageAt: dir }, { id: dir }];
    case "deadline":
      return [{ endedAt: { sort: "asc", nulls: "first" } }, { tierSince: dir }, { id: dir }];
  }
}

/**
 * Text search in the subject, the number and the message bodies the actor may read: a school never
 * finds a ticket by words of an internal note, a district only by its own forward notes.
 * Case-insensitive `contains` scans; a trigram index (pg_trgm) on subject and body comes later.
 */
function searchWhere(actor: Actor, q: string): Prisma.TicketWhereInput {
  const text = { contains: q, mode: "insensitive" } as const;
  const inMessages = (where: Prisma.MessageWhereInput) => ({ messages: { some: { ...where, body: text } } });
  const messageMatches: Prisma.TicketWhereInput[] =
    actor.role === "HELPDESK" || actor.role === "SUPERVISOR"
      ? [inMessages({})]
      : actor.role === "DINAS"
        ? [inMessages({ kind: "PUBLIC" }), { askerType: "SEKOLAH", ...inMessages({ kind: "FORWARD_NOTE" }) }]
        : [inMessages({ kind: "PUBLIC" })];
  const number = parseTicketNumber(q);
  const numberMatch = number ? [{ number: formatTicketNumber(number.year, number.seq) }] : [];
  return { OR: [{ subject: text }, ...numberMatch, ...messageMatches] };
}

export function filterWhere(actor: Actor, query: ListTicketsQuery): Prisma.TicketWhereInput[] {
  const filters: Prisma.TicketWhereInput[] = [];
  if (query.state) filters.push({ state: query.state });
  if (query.tier) filters.push({ tier: query.tier });
  if (query.categoryId) filters.push({ categoryId: query.categoryId });
  if (query.npsn) {
    const prefix = query.npsn;
    filters.push({
      school: { is: { OR: [{ npsn: { startsWith: prefix } }, { name: { startsWith: prefix, mode: "insensitive" } }] } },
    });
  }
  if (query.q) filters.push(searchWhere(actor, query.q));
  return filters;
}
