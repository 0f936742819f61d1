// Ticket.nextDeadlineAt is derived (lib/domain nextDeadlineAt) and stored so that lists can sort the
// running tickets by urgency with an index. Every write of a ticket keeps it (ticket-store.ts,
// clock/write-chunk.ts). What no single write can keep is a change of the clock durations: an admin's
// new value (or another environment value after a restart) moves the deadline of every running ticket.
// refreshDeadlines brings them all back in line. It runs after a settings save in the server that saved,
// after migrations, and from the clock sweep whenever the durations a process uses changed, and for a
// few minutes after (so every server, and Inngest's cron sweep, repair what a server still on the old
// values wrote meanwhile). Outside that window a sweep skips it: reading every running ticket each
// minute would cost the request path for nothing.
import "server-only";
import { nextDeadlineAt, type ClockDurations, type TicketSnapshot } from "@/lib/domain";
import { readRows } from "@/lib/server/database";
import { Prisma, type PrismaClient } from "../generated/prisma/client";

const BATCH = 5_000;
/** How long after a change of durations the sweeps keep repairing (other servers follow within seconds). */
export const REPAIR_WINDOW_MS = 5 * 60_000;

const holder = globalThis as unknown as { __helpdeskDeadlineDurations?: { key: string; since: number } };

/**
 * refreshDeadlines once when the process starts (it may run with other durations than the last one),
 * and at every call within REPAIR_WINDOW_MS after its durations changed; otherwise nothing.
 */
export async function refreshDeadlinesAfterChange(
  prisma: PrismaClient,
  durations: ClockDurations,
  nowMs = Date.now(),
): Promise<number> {
  const key = `${durations.escalationMs}/${durations.helpdeskAnswerMs}/${durations.expiryMs}`;
  const seen = holder.__helpdeskDeadlineDurations;
  if (!seen) holder.__helpdeskDeadlineDurations = { key, since: -Infinity };
  else if (seen.key !== key) holder.__helpdeskDeadlineDurations = { key, since: nowMs };
  else if (nowMs - seen.since > REPAIR_WINDOW_MS) return 0;
  return refreshDeadlines(prisma, durations);
}

/** Every snapshot column and the stored deadline (enums as text), for the rows read below. */
const COLUMNS = Prisma.sql`t."id", t."state"::text AS "state", t."tier"::text AS "tier", t."askerType"::text AS "askerType",
  t."channel"::text AS "channel", t."schoolId", t."regencyCode", t."assigneeId", t."openedAt", t."tierSince",
  t."handoff"::text AS "handoff", t."handoffAt", t."firstResponseAt", t."dinasFirstResponseAt", t."helpdeskFirstResponseAt",
  t."lastMessageAt", t."lastMessageBy"::text AS "lastMessageBy", t."helpdeskBreachedAt", t."endedAt",
  t."endReason"::text AS "endReason", t."version", t."nextDeadlineAt"`;

/** Writes the next deadline of every running ticket whose stored one differs; returns how many. */
export async function refreshDeadlines(prisma: PrismaClient, durations: ClockDurations): Promise<number> {
  let changed = 0;
  let after = "";
  for (;;) {
    // Read as plain rows (readRows), not through the ORM: at national scale this is ~11,000 tickets.
    const rows = await readRows<TicketSnapshot & { nextDeadlineAt: Date | null }>(
      prisma,
      Prisma.sql`SELECT ${COLUMNS} FROM "Ticket" t WHERE t."state" IN ('OPEN', 'ANSWERED') AND t."id" > ${after}
        ORDER BY t."id" LIMIT ${BATCH}`,
    );
    if (rows.length === 0) break;
    after = rows[rows.length - 1]?.id ?? after;
    const stale = rows.flatMap(({ nextDeadlineAt: stored, ...snapshot }) => {
      const wanted = nextDeadlineAt(snapshot, durations);
      return (wanted?.getTime() ?? null) === (stored?.getTime() ?? null)
        ? []
        : [{ id: snapshot.id, version: snapshot.version, wanted }];
    });
    if (stale.length > 0) {
      // Conditional on the version read: a transition written meanwhile wrote its own deadline.
      changed += await prisma.$executeRaw`
        UPDATE "Ticket" AS t SET "nextDeadlineAt" = v."wanted"
        FROM jsonb_to_recordset(${JSON.stringify(stale)}::jsonb) AS v("id" text, "version" integer, "wanted" timestamp(3))
        WHERE t."id" = v."id" AND t."version" = v."version"`;
    }
    if (rows.length < BATCH) break;
  }
  // Ended tickets need nothing: every ending transition writes null (ticket-store.ts, write-chunk.ts).
  return changed;
}
