// One turn of the clock job, the same wherever it runs (the in-process timer, the backstop next to
// Inngest, Inngest's cron): the sweep of what fell due (one server at a time, recorded in JobRun so the
// health check knows when it last ran), the outbox handed to Inngest when Inngest is configured, sent
// outbox rows past their retention removed, and sign-in throttle rows that no longer hold anything.
import "server-only";
import { pruneSignInThrottle } from "../auth/throttle";
import { pruneSentOutbox } from "../outbox/dispatch";
import { runAlone } from "@/lib/server/database";
import { drainOutbox, sweepNow, type ClockDeps } from "./deps";
import type { SweepResult } from "./sweep";

/**
 * With Inngest configured, each app server still sweeps this often: if Inngest is down, misconfigured or
 * was never synced, tickets still escalate and expire, at most this late (exactly once either way: every
 * clock write is conditional on the ticket's version).
 */
export const BACKSTOP_INTERVAL_MS = 10 * 60_000;

/** The sweep, alone: null when another server is running it right now. */
export function sweepAlone(deps: ClockDeps): Promise<SweepResult | null> {
  return runAlone(deps.prisma, "clockSweep", () => sweepNow(deps));
}

export async function clockTurn(
  deps: ClockDeps,
  log: (line: string) => void = console.warn,
): Promise<SweepResult | null> {
  const swept = await sweepAlone(deps);
  if (deps.send) {
    const dispatched = await drainOutbox(deps);
    if (dispatched.error)
      log(`[outbox] ${dispatched.failed} event belum terkirim ke Inngest, dicoba lagi nanti: ${dispatched.error}`);
  }
  await pruneSentOutbox(deps.prisma, deps.now());
  await pruneSignInThrottle(deps.prisma, deps.now());
  return swept;
}
