// The sweep's candidate queries: ids of tickets that may have a clock transition due at `now`, one
// query per clock, each served by a Ticket index and paged by keyset (time, id) so that a candidate
// the rules turn down is never read twice and a batch never grows. They only narrow the search:
// lib/domain decides, per ticket, what is really due.
import type { ClockDurations, TicketSnapshot } from "@/lib/domain";
import { readRows } from "../database";
import { Prisma, type PrismaClient } from "../generated/prisma/client";

export type CandidateKind = "BREACH" | "EXPIRY" | "ESCALATION";

export interface Candidate {
  id: string;
  /** The keyset time column of this query (tierSince or lastMessageAt). */
  at: Date;
}

/** A candidate as the rules see it, read with the candidate query (the write is conditional on its version). */
export type CandidateRow = Candidate & { snapshot: TicketSnapshot };

export interface CandidatePage {
  kind: CandidateKind;
  now: Date;
  durations: ClockDurations;
  limit: number;
  /** The last candidate of the previous page; null for the first page. */
  after: Candidate | null;
}

const ACTIVE = Prisma.sql`"state" IN ('OPEN', 'ANSWERED')`;

function cutoff(now: Date, ms: number): Date {
  return new Date(now.getTime() - ms);
}

/** [time column, extra conditions] per clock. */
function clockQuery({ kind, now, durations }: CandidatePage): [Prisma.Sql, Prisma.Sql] {
  switch (kind) {
    case "ESCALATION": {
      // At tier DINAS tierSince is openedAt (the tier never moved), so the [tier, state, tierSince] index serves it.
      const before = cutoff(now, durations.escalationMs);
      return [
        Prisma.sql`"tierSince"`,
        Prisma.sql`"tier" = 'DINAS' AND ${ACTIVE} AND "askerType" = 'SEKOLAH' AND "tierSince" <= ${before} AND "openedAt" <= ${before}`,
      ];
    }
    case "BREACH": {
      // Unanswered past the target, or answered late without the breach recorded yet (the sweep was down).
      const before = cutoff(now, durations.helpdeskAnswerMs);
      return [
        Prisma.sql`"tierSince"`,
        Prisma.sql`"tier" = 'HELPDESK' AND ${ACTIVE} AND "helpdeskBreachedAt" IS NULL AND "tierSince" <= ${before}
          AND ("helpdeskFirstResponseAt" IS NULL
            OR "helpdeskFirstResponseAt" > "tierSince" + ${durations.helpdeskAnswerMs} * INTERVAL '1 millisecond')`,
      ];
    }
    case "EXPIRY":
      // Served by the [state, lastMessageAt] index.
      return [Prisma.sql`"lastMessageAt"`, Prisma.sql`${ACTIVE} AND "lastMessageAt" <= ${cutoff(now, durations.expiryMs)}`];
  }
}

/** Every snapshot column (ticket-store.ts snapshotSelect), enums as text. */
const SNAPSHOT_COLUMNS = Prisma.sql`"id", "state"::text AS "state", "tier"::text AS "tier", "askerType"::text AS "askerType",
  "channel"::text AS "channel", "schoolId", "regencyCode", "assigneeId", "openedAt", "tierSince", "handoff"::text AS "handoff",
  "handoffAt", "firstResponseAt", "dinasFirstResponseAt", "helpdeskFirstResponseAt", "lastMessageAt",
  "lastMessageBy"::text AS "lastMessageBy", "helpdeskBreachedAt", "endedAt", "endReason"::text AS "endReason", "version"`;

/** The page's query (exported for EXPLAIN in scripts/bench-sweep.ts). */
export function candidateQuery(page: CandidatePage): Prisma.Sql {
  const [column, where] = clockQuery(page);
  const after = page.after ? Prisma.sql`AND (${column}, "id") > (${page.after.at}::timestamp(3), ${page.after.id})` : Prisma.empty;
  return Prisma.sql`
    SELECT ${column} AS "at", ${SNAPSHOT_COLUMNS} FROM "Ticket"
    WHERE ${where} ${after}
    ORDER BY ${column}, "id"
    LIMIT ${page.limit}`;
}

/** One page of candidates with their snapshots, so the sweep decides without reading them again. */
export async function findCandidates(prisma: PrismaClient, page: CandidatePage): Promise<CandidateRow[]> {
  const rows = await readRows<TicketSnapshot & { at: Date }>(prisma, candidateQuery(page));
  return rows.map(({ at, ...snapshot }) => ({ id: snapshot.id, at, snapshot }));
}
