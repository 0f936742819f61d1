// The actor's ticket scope as a Prisma `where`, ANDed into every query (house rule 3): a ticket
// outside it is simply not found, so nobody can learn that another district's ticket id exists.
import { ticketScopeOf, type Actor, type TicketSnapshot } from "@/lib/domain";
import { Prisma } from "../generated/prisma/client";
import { snapshotSelect, toSnapshot } from "../ticket-store";

/**
 * Matches no row (an ADMIN or an account without its school / kab/kota link). Not `{ OR: [] }`: Prisma
 * 6.19 reads an empty OR as false on its own but drops it inside an AND (it matched every ticket in
 * listTickets); the integration tests hold this.
 */
const NOTHING: Prisma.TicketWhereInput = { id: { in: [] } };

/** Mirrors isTicketInScope in lib/domain/ticket-scope.ts; the integration tests hold them together. */
export function scopeWhere(actor: Actor): Prisma.TicketWhereInput {
  const scope = ticketScopeOf(actor);
  switch (scope.kind) {
    case "school":
      return { askerType: "SEKOLAH", schoolId: scope.schoolId };
    case "district":
      return { regencyCode: scope.regencyCode };
    case "helpdesk":
      return { tier: "HELPDESK" };
    case "all":
      return {};
    case "none":
      return NOTHING;
  }
}

/**
 * The same scope as SQL over the `Ticket` alias `t`, for the hot queries written in SQL (lists, unread
 * counts, notices). tests/integration/ticket-scope-sql.test.ts holds it to scopeWhere for every role.
 */
export function scopeSql(actor: Actor): Prisma.Sql {
  const scope = ticketScopeOf(actor);
  switch (scope.kind) {
    case "school":
      return Prisma.sql`(t."askerType" = 'SEKOLAH' AND t."schoolId" = ${scope.schoolId})`;
    case "district":
      return Prisma.sql`t."regencyCode" = ${scope.regencyCode}`;
    case "helpdesk":
      return Prisma.sql`t."tier" = 'HELPDESK'`;
    case "all":
      return Prisma.sql`TRUE`;
    case "none":
      return Prisma.sql`FALSE`;
  }
}

/** `where` narrowed to the actor's scope; AND, so no key of `where` can be overwritten by the scope. */
export function inScope(actor: Actor, where: Prisma.TicketWhereInput): Prisma.TicketWhereInput {
  return { AND: [where, scopeWhere(actor)] };
}

export const loadedTicketSelect = { ...snapshotSelect, number: true } satisfies Prisma.TicketSelect;

export interface LoadedTicket {
  snapshot: TicketSnapshot;
  number: string;
}

type Reader = Pick<Prisma.TransactionClient, "ticket">;

/** The ticket as the rules see it, if `where` (always including a scope, or the system's bare id) matches. */
export async function loadTicket(db: Reader, where: Prisma.TicketWhereInput): Promise<LoadedTicket | null> {
  const row = await db.ticket.findFirst({ where, select: loadedTicketSelect });
  if (!row) return null;
  const { number, ...snapshot } = row;
  return { snapshot: toSnapshot(snapshot), number };
}

export function loadTicketForActor(db: Reader, actor: Actor, ticketId: string) {
  return loadTicket(db, inScope(actor, { id: ticketId }));
}
