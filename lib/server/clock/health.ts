// Whether the SLA clocks are running: when the sweep last ran (JobRun, written by every sweep turn on
// any server) and how long the oldest event has waited in the outbox for Inngest. Read by /api/health
// (monitoring) and shown to admins and supervisors on their dashboards when something is late.
import "server-only";
import type { PrismaClient } from "../generated/prisma/client";

export interface ClockHealth {
  /** When a sweep last ran (anywhere), or null if none has run in this database yet. */
  lastSweepAt: Date | null;
  lastSweepServer: string | null;
  /** How often a sweep is expected. */
  expectedEveryMs: number;
  /** No sweep for three intervals (or none since the server started three intervals ago). */
  sweepLate: boolean;
  outbox: { unsent: number; oldestUnsentAt: Date | null; late: boolean };
  ok: boolean;
}

/** An outbox event normally leaves within seconds; after this long Inngest is not taking them. */
export const OUTBOX_LATE_MS = 15 * 60_000;

export async function readClockHealth(
  prisma: PrismaClient,
  { now, expectedEveryMs, serverStartedAt }: { now: Date; expectedEveryMs: number; serverStartedAt: Date },
): Promise<ClockHealth> {
  const [sweep] = await prisma.$queryRaw<{ lastRunAt: Date; server: string }[]>`
    SELECT "lastRunAt", "server" FROM "JobRun" WHERE "job" = 'clockSweep'`;
  const [outbox] = await prisma.$queryRaw<{ unsent: number; oldest: Date | null }[]>`
    SELECT count(*)::int AS "unsent", min("createdAt") AS "oldest" FROM "OutboxEvent" WHERE "sentAt" IS NULL`;
  const since = sweep?.lastRunAt ?? serverStartedAt;
  const sweepLate = now.getTime() - since.getTime() > 3 * expectedEveryMs;
  const oldestUnsentAt = outbox?.oldest ?? null;
  const outboxLate = oldestUnsentAt !== null && now.getTime() - oldestUnsentAt.getTime() > OUTBOX_LATE_MS;
  return {
    lastSweepAt: sweep?.lastRunAt ?? null,
    lastSweepServer: sweep?.server ?? null,
    expectedEveryMs,
    sweepLate,
    outbox: { unsent: outbox?.unsent ?? 0, oldestUnsentAt, late: outboxLate },
    ok: !sweepLate && !outboxLate,
  };
}
