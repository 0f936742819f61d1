// Hands unsent OutboxEvent rows to Inngest, oldest first. Safe to run from several places at once
// (after a user's change, the cron sweep, the in-process sweep): each row is claimed with a short
// lease first, so concurrent dispatchers do not send the same row; a crash between sending and
// marking sends it again after the lease, and Inngest drops the duplicate because the event id is
// the row id. A failed send is recorded on the rows and retried later with a growing backoff.
import "server-only";
import type { PrismaClient } from "../generated/prisma/client";

export interface OutboxMessage {
  /** The OutboxEvent id: Inngest deduplicates events with the same id. */
  id: string;
  name: string;
  data: Record<string, unknown>;
}

/** Sends events to Inngest (`(events) => inngest.send(events)`); throws when they were not accepted. */
export type OutboxSend = (events: OutboxMessage[]) => Promise<unknown>;

export interface DispatchOutboxOptions {
  prisma: PrismaClient;
  send: OutboxSend;
  now?: Date;
  /** Rows per call (one `send` request). */
  limit?: number;
}

export interface DispatchOutboxResult {
  sent: number;
  failed: number;
  /** The send failure's text, when there was one. */
  error?: string;
}

const MINUTE_MS = 60_000;
/** How long a claimed row is hidden from other dispatchers while we send it. */
export const CLAIM_LEASE_MS = 2 * MINUTE_MS;
const MAX_ERROR_LENGTH = 2000;

/** After the n-th failed attempt, wait 2^n minutes, at most an hour. */
export function backoffMs(attempts: number): number {
  return Math.min(2 ** attempts, 60) * MINUTE_MS;
}

interface ClaimedRow {
  id: string;
  name: string;
  payload: unknown;
  attempts: number;
}

export async function dispatchOutbox({
  prisma,
  send,
  now = new Date(),
  limit = 100,
}: DispatchOutboxOptions): Promise<DispatchOutboxResult> {
  const rows = await claimRows(prisma, now, limit);
  if (rows.length === 0) return { sent: 0, failed: 0 };

  try {
    await send(rows.map((row) => ({ id: row.id, name: row.name, data: row.payload as Record<string, unknown> })));
  } catch (error) {
    const text = describeError(error).slice(0, MAX_ERROR_LENGTH);
    // Per row: attempts differ when rows failed before, so their backoffs do too.
    await prisma.$transaction(
      rows.map((row) =>
        prisma.outboxEvent.update({
          where: { id: row.id },
          data: {
            attempts: row.attempts + 1,
            lastError: text,
            availableAt: new Date(now.getTime() + backoffMs(row.attempts + 1)),
          },
        }),
      ),
    );
    return { sent: 0, failed: rows.length, error: text };
  }

  await prisma.outboxEvent.updateMany({
    where: { id: { in: rows.map((row) => row.id) } },
    data: { sentAt: now, lastError: null },
  });
  return { sent: rows.length, failed: 0 };
}

/**
 * Claims up to `limit` due rows in order by pushing their availableAt past the lease. SKIP LOCKED lets
 * two dispatchers claim disjoint rows instead of waiting for each other (PGlite has one connection,
 * where it simply never skips).
 */
async function claimRows(prisma: PrismaClient, now: Date, limit: number): Promise<ClaimedRow[]> {
  const leaseUntil = new Date(now.getTime() + CLAIM_LEASE_MS);
  const rows = await prisma.$queryRaw<(ClaimedRow & { seq: number })[]>`
    UPDATE "OutboxEvent" AS o SET "availableAt" = ${leaseUntil}
    FROM (
      SELECT "id" FROM "OutboxEvent"
      WHERE "sentAt" IS NULL AND "availableAt" <= ${now}
      ORDER BY "seq"
      LIMIT ${limit}
      FOR UPDATE SKIP LOCKED
    ) AS due
    WHERE o."id" = due."id"
    RETURNING o."id", o."seq", o."name", o."payload", o."attempts"`;
  // RETURNING does not keep the subquery's order.
  return rows.sort((a, b) => a.seq - b.seq);
}

function describeError(error: unknown): string {
  if (error instanceof Error) {
    const cause = error.cause instanceof Error ? ` (${error.cause.message})` : "";
    return `${error.name}: ${error.message}${cause}`;
  }
  return String(error);
}

/** How long a sent row is kept (for an operator looking into what was handed to Inngest) before removal. */
export const SENT_RETENTION_MS = 7 * 24 * 60 * MINUTE_MS;

/** Removes rows sent more than `retentionMs` ago, a bounded number per call. Unsent rows are never touched. */
export async function pruneSentOutbox(
  prisma: PrismaClient,
  now: Date,
  retentionMs = SENT_RETENTION_MS,
  limit = 10_000,
): Promise<number> {
  const before = new Date(now.getTime() - retentionMs);
  return prisma.$executeRaw`
    DELETE FROM "OutboxEvent" WHERE "id" IN (
      SELECT "id" FROM "OutboxEvent" WHERE "sentAt" IS NOT NULL AND "sentAt" < ${before} LIMIT ${limit}
    )`;
}
