// The sweep: applies every clock transition that is overdue at `now` (breach, expiry, escalation), in
// bounded batches. It is the backstop behind the Inngest timers (cron) and the whole clock when Inngest
// is not configured (in-process).
//
// Each ticket is decided as applyDueClocks decides it — runDueClockTransitions on the ticket as the
// candidate query read it — and written conditionally on that version, with its history events; a chunk
// of tickets shares one transaction and its few set-based statements (write-chunk.ts), because a sweep
// after an outage may face 100,000 overdue tickets and per-ticket queries are ~50× slower. A ticket
// whose conditional update loses (someone replied, another sweep got there first) then goes through
// applyDueClocks itself: it re-reads and decides again. So a reply committed while the sweep runs is
// never overwritten, and two sweeps at once change each ticket once. Chunks lock their rows in id
// order, so concurrent chunks never deadlock.
import "server-only";
import {
  runDueClockTransitions,
  type ClockDurations,
  type ClockSweepResult,
  type ClockTransitionKind,
  type TicketSnapshot,
} from "@/lib/domain";
import { withTransactionRows, type TransactionQuery } from "@/lib/server/database";
import { Prisma, type PrismaClient } from "../generated/prisma/client";
import { applyDueClocks } from "../tickets/apply-due-clocks";
import { refreshDeadlinesAfterChange } from "../tickets/deadline-column";
import type { TicketOutbox, TicketServiceDeps } from "../tickets/deps";
import { findCandidates, type Candidate, type CandidateRow } from "./candidates";
import { writeTransitions, type ChunkWrite } from "./write-chunk";

export interface SweepOptions {
  prisma: PrismaClient;
  durations: ClockDurations;
  now: Date;
  /** Candidates per query; also the most ticket ids held in memory at once. */
  batchSize?: number;
  /** Tickets written per transaction (their rows stay locked until it commits). */
  chunkSize?: number;
  /** Chunks written at the same time (on PGlite they are serialized anyway). */
  concurrency?: number;
  /** When Inngest runs the clocks: an escalation starts the helpdesk answer timer. */
  outbox?: TicketOutbox;
}

export interface SweepResult {
  escalated: number;
  breached: number;
  expired: number;
  /** Candidates examined (running tickets whose next deadline has passed). */
  scanned: number;
  /** Candidate queries that returned tickets. */
  batches: number;
  /** Tickets left for the next sweep because other writers kept changing them (retries ran out). */
  conflicts: number;
  /** Running tickets whose stored next deadline was brought in line with the durations (deadline-column.ts). */
  deadlinesRefreshed: number;
}

const COUNTER: Record<ClockTransitionKind, "escalated" | "breached" | "expired"> = {
  ESCALATE: "escalated",
  BREACH: "breached",
  EXPIRE: "expired",
};

/** Generous: a chunk under heavy load must not be cut off half-way (it would only be retried per ticket). */
const CHUNK_TRANSACTION = { maxWait: 60_000, timeout: 120_000 };

export async function sweepDueClocks({
  prisma,
  durations,
  now,
  batchSize = 2_000,
  chunkSize = 500,
  concurrency = 4,
  outbox,
}: SweepOptions): Promise<SweepResult> {
  const deps: TicketServiceDeps = { prisma, durations, now: () => now, ...(outbox ? { outbox } : {}) };
  const result: SweepResult = {
    escalated: 0,
    breached: 0,
    expired: 0,
    scanned: 0,
    batches: 0,
    conflicts: 0,
    deadlinesRefreshed: 0,
  };
  const count = (applied: ClockTransitionKind[]) => applied.forEach((kind) => (result[COUNTER[kind]] += 1));

  // The stored next deadlines first follow the durations in use here after a change (an admin's new
  // setting, a restart with other values), including what a server still on the old values wrote
  // meanwhile: the candidates are read by them.
  result.deadlinesRefreshed = await refreshDeadlinesAfterChange(prisma, durations);
  const read = (after: Candidate | null) => findCandidates(prisma, { now, limit: batchSize, after });
  let next: Promise<CandidateRow[]> | null = read(null);
  while (next) {
    const page: CandidateRow[] = await next;
    if (page.length === 0) break;
    // The next page (strictly after this one's last candidate) is read while this one is written.
    const last = page[page.length - 1];
    next = page.length === batchSize && last ? read(last) : null;
    result.batches += 1;
    result.scanned += page.length;
    const chunks = chunk(
      page.map((c) => c.snapshot),
      chunkSize,
    );
    await forEachLimited(chunks, concurrency, async (snapshots) => {
      const { applied, losers } = await writeChunk(deps, snapshots);
      applied.forEach(count);
      for (const id of losers) {
        const retried = await applyDueClocks(deps, id);
        if (retried.ok) count(retried.applied);
        else if (retried.code === "CONFLICT") result.conflicts += 1;
        // NOT_FOUND: deleted since the query; nothing to do.
      }
    });
  }
  return result;
}

/**
 * One transaction for a chunk of tickets, decided on the snapshots the candidate query read (the write
 * is conditional on their versions): what was applied, and who must be retried alone.
 */
async function writeChunk(deps: TicketServiceDeps, snapshots: TicketSnapshot[]) {
  const now = deps.now();
  const writes: (ChunkWrite & { result: ClockSweepResult })[] = [];
  for (const snapshot of snapshots) {
    const due = runDueClockTransitions(snapshot, now, deps.durations);
    if (due) writes.push({ before: snapshot, result: due });
  }
  if (writes.length === 0) return { applied: [], losers: [] };

  let won: ChunkWrite["result"][] = [];
  let outboxEvents = 0;
  // Not waiting for the disk at commit: a crash loses at most the last moment of the sweep's work, which
  // the next sweep finds overdue and does again (every write is conditional on its version).
  const relaxed = Prisma.sql`SET LOCAL synchronous_commit = off`;
  try {
    if (deps.outbox) {
      const outbox = deps.outbox;
      // With Inngest, each change records its timers in the same transaction: through Prisma.
      await deps.prisma.$transaction(async (tx) => {
        const query: TransactionQuery = (sql) => tx.$queryRaw(sql);
        await query(relaxed);
        const written = await writeTransitions(query, writes, deps.durations);
        won = writes.filter((w) => written.has(w.result.ticket.id)).map((w) => w.result);
        outboxEvents = 0;
        for (const result of won) outboxEvents += await outbox.record(tx, result, deps.durations);
      }, CHUNK_TRANSACTION);
    } else {
      await withTransactionRows(deps.prisma, async (query) => {
        await query(relaxed);
        const written = await writeTransitions(query, writes, deps.durations);
        won = writes.filter((w) => written.has(w.result.ticket.id)).map((w) => w.result);
      });
    }
  } catch (error) {
    // Nothing of the chunk was written (e.g. a deadlock with a user's transaction, a timeout under load):
    // each ticket goes through applyDueClocks on its own. A real outage fails there again and is thrown.
    console.warn(`[clock] potongan ${snapshots.length} tiket dibatalkan, dicoba satu per satu:`, error);
    return { applied: [], losers: writes.map((w) => w.result.ticket.id) };
  }
  if (outboxEvents > 0) deps.outbox?.afterCommit();
  const wonIds = new Set(won.map((r) => r.ticket.id));
  return {
    applied: writes.filter((w) => wonIds.has(w.result.ticket.id)).map((w) => w.result.applied),
    losers: writes.filter((w) => !wonIds.has(w.result.ticket.id)).map((w) => w.result.ticket.id),
  };
}

function chunk<T>(items: T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  return chunks;
}

/** Runs `fn` over `items` with at most `limit` calls in flight; the first failure rejects. */
async function forEachLimited<T>(items: T[], limit: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const item = items[next++] as T;
      await fn(item);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
}

export function hasChanges(result: SweepResult): boolean {
  return result.escalated + result.breached + result.expired + result.deadlinesRefreshed > 0;
}
