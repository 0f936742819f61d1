// The app's clock wiring: the database, the configured durations, the wall clock and — when Inngest
// runs the clocks — the outbox and the Inngest client. Called by instrumentation.ts (server start) and
// app/api/inngest (the durable functions). The Inngest client module is a leaf (settings only).
import "server-only";
import { getInngest, sendWith } from "@/lib/server/outbox/inngest-client";
import { getPrisma } from "@/lib/server/database";
import { getClockSweepIntervalMs, getReportCacheMaxAgeMs, isInngestConfigured } from "@/lib/server/config";
import { getClockDurations } from "@/lib/server/settings";
import { getAppOutbox } from "../outbox/app-outbox";
import type { ClockDeps } from "./deps";
import { readClockHealth, type ClockHealth } from "./health";
import { startInProcessSweep } from "./in-process";
import { BACKSTOP_INTERVAL_MS, clockTurn } from "./turn";
import { startOrphanCleanup } from "../attachments/orphans";
import { startReportSnapshotRefresh } from "../reports/snapshots";

export function getAppClockDeps(): ClockDeps {
  const configured = isInngestConfigured();
  const outbox = getAppOutbox();
  return {
    prisma: getPrisma(),
    durations: getClockDurations(),
    now: () => new Date(),
    ...(outbox ? { outbox } : {}),
    ...(configured ? { send: sendWith(getInngest()) } : {}),
  };
}

/** How often a sweep runs here: the configured interval, or the backstop's when Inngest runs the clocks. */
export function expectedSweepEveryMs(): number {
  return isInngestConfigured() ? Math.max(BACKSTOP_INTERVAL_MS, getClockSweepIntervalMs()) : getClockSweepIntervalMs();
}

/** The clocks' health as this server sees it (lib/server/clock/health.ts). */
export function readAppClockHealth(): Promise<ClockHealth> {
  return readClockHealth(getPrisma(), {
    now: new Date(),
    expectedEveryMs: expectedSweepEveryMs(),
    serverStartedAt: new Date(Date.now() - process.uptime() * 1000),
  });
}

/**
 * At server start: the in-process sweep — the clocks themselves, or, when Inngest runs them, a slower
 * backstop in case Inngest does not (turn.ts) — and in every case the daily removal of orphaned
 * attachment files and the refresher that keeps the report snapshots supervisors are reading fresh.
 */
export function startAppClock(): void {
  startOrphanCleanup(getPrisma);
  startReportSnapshotRefresh(() => ({ prisma: getPrisma(), durations: getClockDurations() }), getReportCacheMaxAgeMs());
  const intervalMs = expectedSweepEveryMs();
  // Every server starts the sweep; at each turn only one of them runs it (run-alone.ts).
  startInProcessSweep({ intervalMs, sweep: () => clockTurn(getAppClockDeps()) });
  const every = `setiap ${Math.round(intervalMs / 1000)} detik`;
  console.info(
    isInngestConfigured()
      ? `[clock] jam SLA dijalankan oleh Inngest (/api/inngest); sapu cadangan dalam proses ${every}`
      : `[clock] jam SLA dijalankan dalam proses, ${every}`,
  );
}
