// Background jobs that several app servers must not run at the same time (the clock sweep; see also the
// report refresher and the attachment cleanup): the first server to take the job's PostgreSQL advisory
// lock runs it, the others skip this turn. The lock belongs to a transaction held open for the job's
// duration, so a server that dies mid-job releases it with its connection and another one takes over at
// its next turn. On the embedded database there is one process: the job just runs.
import { isDatabaseServer } from "./database";
import type { PrismaClient } from "./generated/prisma/client";

/** One key per job (pg_advisory locks share one space per database; these are ours). */
export const JOBS = {
  clockSweep: 720_001,
  reportRefresh: 720_002,
  attachmentCleanup: 720_003,
} as const;

export type Job = keyof typeof JOBS;

/** Runs `work` if no other server runs `job` now; null when another one does. */
export async function runAlone<T>(prisma: PrismaClient, job: Job, work: () => Promise<T>, maxMs = 60 * 60_000): Promise<T | null> {
  if (!isDatabaseServer(prisma)) return work();
  return prisma.$transaction(
    async (tx) => {
      const [row] = await tx.$queryRaw<{ locked: boolean }[]>`SELECT pg_try_advisory_xact_lock(${JOBS[job]}::bigint) AS "locked"`;
      if (!row?.locked) return null;
      return work();
    },
    { maxWait: 10_000, timeout: maxMs },
  );
}
