// The actor's ticket scope, ANDed into every query (docs/conventions.md, rule 3): a ticket outside it is simply not
// found, so nobody can learn that another district's ticket id exists. As SQL (scopeSql) for the
// queries written in SQL — lists, reads of one ticket before a write, notices — and as a Prisma `where`
// (scopeWhere) for the rest; tests/integration/tickets-queries.test.ts holds the two together.
import "server-only";
import { ticketScopeOf, type Actor, type TicketSnapshot } from "@/lib/domain";
import { readRows } from "@/lib/server/database";
import { Prisma, type PrismaClient } from "../generated/prisma/client";

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

export interface LoadedTicket {
  snapshot: TicketSnapshot;
  number: string;
}

/** Every snapshot column and the number (enums as text), for the SQL reads of one ticket. */
const LOADED_COLUMNS = Prisma.sql`t."id", t."state"::text AS "state", t."tier"::text AS "tier", t."askerType"::text AS "askerType",
  t."channel"::text AS "channel", t."schoolId", t."regencyCode", t."assigneeId", t."openedAt", t."tierSince",
  t."handoff"::text AS "handoff", t."handoffAt", t."firstResponseAt", t."dinasFirstResponseAt", t."helpdeskFirstResponseAt",
  t."lastMessageAt", t."lastMessageBy"::text AS "lastMessageBy", t."helpdeskBreachedAt", t."endedAt",
  t."endReason"::text AS "endReason", t."version", t."number"`;

/**
 * One ticket as the rules see it, by id, within `scope` (a user's, or the system's `TRUE`): one statement
 * through the fast read path — every write starts here.
 */
async function loadTicketById(
  db: PrismaClient | Prisma.TransactionClient,
  ticketId: string,
  scope: Prisma.Sql,
): Promise<LoadedTicket | null> {
  const [row] = await readRows<TicketSnapshot & { number: string }>(
    db,
    Prisma.sql`SELECT ${LOADED_COLUMNS} FROM "Ticket" t WHERE t."id" = ${ticketId} AND ${scope}`,
  );
  if (!row) return null;
  const { number, ...snapshot } = row;
  return { snapshot, number };
}

export function loadTicketForActor(db: PrismaClient | Prisma.TransactionClient, actor: Actor, ticketId: string) {
  return loadTicketById(db, ticketId, scopeSql(actor));
}

/**
 * The ticket the actor opened with a form submit (the form key on its first message), if any: a retried
 * submit finds it by the message's key (index Message_clientKey_idx), within the actor's scope.
 */
export async function loadTicketByFormKey(
  db: PrismaClient | Prisma.TransactionClient,
  actor: Actor,
  clientKey: string,
  extra: Prisma.Sql = Prisma.sql`TRUE`,
): Promise<LoadedTicket | null> {
  const [row] = await readRows<TicketSnapshot & { number: string }>(
    db,
    Prisma.sql`SELECT ${LOADED_COLUMNS} FROM "Message" m JOIN "Ticket" t ON t."id" = m."ticketId"
      WHERE m."clientKey" = ${clientKey} AND m."authorId" = ${actor.userId} AND t."askerId" = ${actor.userId}
        AND ${scopeSql(actor)} AND ${extra}
      LIMIT 1`,
  );
  if (!row) return null;
  const { number, ...snapshot } = row;
  return { snapshot, number };
}

/** For the system (the clocks): any ticket by id. */
export function loadAnyTicket(db: PrismaClient | Prisma.TransactionClient, ticketId: string) {
  return loadTicketById(db, ticketId, Prisma.sql`TRUE`);
}
