// The sweep's candidates: the running tickets whose next deadline (Ticket.nextDeadlineAt, lib/domain's
// `nextDeadlineAt`, stored with every write) has passed at `now` — exactly the tickets on which a clock
// acts now. One query served by the partial index over the running tickets by deadline, paged by keyset
// (deadline, id) so that a batch never grows and a candidate is never read twice; each row comes with
// its whole snapshot, so lib/domain decides without reading the ticket again.
import "server-only";
import type { TicketSnapshot } from "@/lib/domain";
import { readRows } from "@/lib/server/database";
import { Prisma, type PrismaClient } from "../generated/prisma/client";

export interface Candidate {
  id: string;
  /** Its stored next deadline (the keyset's time). */
  at: Date;
}

/** A candidate as the rules see it (the write is conditional on its version). */
export type CandidateRow = Candidate & { snapshot: TicketSnapshot };

export interface CandidatePage {
  now: Date;
  limit: number;
  /** The last candidate of the previous page; null for the first page. */
  after: Candidate | null;
}

/** Every snapshot column (ticket-store.ts snapshotSelect), enums as text. */
const SNAPSHOT_COLUMNS = Prisma.sql`"id", "state"::text AS "state", "tier"::text AS "tier", "askerType"::text AS "askerType",
  "channel"::text AS "channel", "schoolId", "regencyCode", "assigneeId", "openedAt", "tierSince", "handoff"::text AS "handoff",
  "handoffAt", "firstResponseAt", "dinasFirstResponseAt", "helpdeskFirstResponseAt", "lastMessageAt",
  "lastMessageBy"::text AS "lastMessageBy", "helpdeskBreachedAt", "endedAt", "endReason"::text AS "endReason", "version"`;

/** The page's query (exported for EXPLAIN in scripts/bench/sweep.ts). */
export function candidateQuery(page: CandidatePage): Prisma.Sql {
  const after = page.after
    ? Prisma.sql`AND ("nextDeadlineAt", "id") > (${page.after.at}::timestamp(3), ${page.after.id})`
    : Prisma.empty;
  return Prisma.sql`
    SELECT "nextDeadlineAt" AS "at", ${SNAPSHOT_COLUMNS} FROM "Ticket"
    WHERE "state" IN ('OPEN', 'ANSWERED') AND "nextDeadlineAt" <= ${page.now}::timestamp(3) ${after}
    ORDER BY "nextDeadlineAt", "id"
    LIMIT ${page.limit}`;
}

/** One page of candidates with their snapshots. */
export async function findCandidates(prisma: PrismaClient, page: CandidatePage): Promise<CandidateRow[]> {
  const rows = await readRows<TicketSnapshot & { at: Date }>(prisma, candidateQuery(page));
  return rows.map(({ at, ...snapshot }) => ({ id: snapshot.id, at, snapshot }));
}
