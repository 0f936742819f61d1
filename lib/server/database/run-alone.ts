// Background jobs that several app servers must not run at the same time: the clock sweep, the report
// refresher and (with a shared store) the attachment cleanup. Every server keeps its timer; at each turn
// the first server to take the job's PostgreSQL advisory lock runs it, the others skip that turn. The
// lock belongs to a transaction held open for the job's duration, so a server that dies mid-job releases
// it with its connection and another server takes over at its next turn.
//
// A job that must run only every so often whatever the number of servers (the daily cleanup) gives
// `everyMs`: the JobRun row says when it last ran, and a turn that comes too soon is skipped. The row
// also tells an operator which server did the work last. On the embedded database there is one
// process: no lock is needed, the row still spaces the runs.
import "server-only";
import { isDatabaseServer } from "./database";
import { getServerName } from "@/lib/server/config";
import type { PrismaClient } from "@/lib/server/generated/prisma/client";

/** One key per job (pg_advisory locks share one space per database; these are ours). */
export const JOBS = {
  clockSweep: 720_001,
  reportRefresh: 720_002,
  attachmentCleanup: 720_003,
} as const;

export type Job = keyof typeof JOBS;

export interface RunAloneOptions {
  /** Skip the turn when the job ran (anywhere) less than this long ago. */
  everyMs?: number;
  /** How long the job may hold its lock (default 1 h). */
  maxMs?: number;
  now?: () => Date;
}

type Runner = Pick<PrismaClient, "$queryRaw" | "$executeRaw">;

async function ranRecently(db: Runner, job: Job, everyMs: number, now: Date): Promise<boolean> {
  const rows = await db.$queryRaw<{ lastRunAt: Date }[]>`SELECT "lastRunAt" FROM "JobRun" WHERE "job" = ${job}`;
  const last = rows[0]?.lastRunAt;
  return last !== undefined && now.getTime() - last.getTime() < everyMs;
}

async function recordRun(db: Runner, job: Job, startedAt: Date, durationMs: number): Promise<void> {
  await db.$executeRaw`
    INSERT INTO "JobRun" ("job", "lastRunAt", "server", "durationMs") VALUES (${job}, ${startedAt}, ${getServerName()}, ${durationMs})
    ON CONFLICT ("job") DO UPDATE SET "lastRunAt" = EXCLUDED."lastRunAt", "server" = EXCLUDED."server", "durationMs" = EXCLUDED."durationMs"`;
}

async function runAndRecord<T>(
  db: Runner,
  job: Job,
  work: () => Promise<T>,
  options: RunAloneOptions,
): Promise<T | null> {
  const now = options.now ?? (() => new Date());
  const startedAt = now();
  if (options.everyMs !== undefined && (await ranRecently(db, job, options.everyMs, startedAt))) return null;
  const result = await work();
  await recordRun(db, job, startedAt, Math.max(0, now().getTime() - startedAt.getTime()));
  return result;
}

/** Runs `work` unless another server runs `job` now (or it ran within `everyMs`); null when skipped. */
export async function runAlone<T>(
  prisma: PrismaClient,
  job: Job,
  work: () => Promise<T>,
  options: RunAloneOptions = {},
): Promise<T | null> {
  if (!isDatabaseServer(prisma)) return runAndRecord(prisma, job, work, options);
  return prisma.$transaction(
    async (tx) => {
      const [row] = await tx.$queryRaw<
        { locked: boolean }[]
      >`SELECT pg_try_advisory_xact_lock(${JOBS[job]}::bigint) AS "locked"`;
      if (!row?.locked) return null;
      return runAndRecord(tx, job, work, options);
    },
    { maxWait: 10_000, timeout: options.maxMs ?? 60 * 60_000 },
  );
}
