// The app's clock wiring: the database, the configured durations, the wall clock and — when Inngest
// runs the clocks — the outbox and the Inngest client. Called by instrumentation.ts (server start) and
// app/api/inngest (the durable functions). The Inngest client module is a leaf (settings only).
import { getInngest, sendWith } from "@/inngest/client";
import { getPrisma } from "../db";
import { getClockSweepIntervalMs, getReportCacheMaxAgeMs, isInngestConfigured } from "../env";
import { getClockDurations } from "../settings";
import { getAppOutbox } from "../outbox/app-outbox";
import type { ClockDeps } from "./deps";
import { sweepNow } from "./deps";
import { startInProcessSweep } from "./in-process";
import { startOrphanCleanup } from "../attachments/orphans";
import { startReportSnapshotRefresh } from "../reports/snapshots";
import { runAlone } from "../run-alone";

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

/**
 * At server start: the in-process sweep, unless Inngest runs the clocks (then its cron is the sweep);
 * and in every case the daily removal of orphaned attachment files and the
 * refresher that keeps the report snapshots supervisors are reading fresh.
 */
export function startAppClock(): void {
  startOrphanCleanup(getPrisma);
  startReportSnapshotRefresh(() => ({ prisma: getPrisma(), durations: getClockDurations() }), getReportCacheMaxAgeMs());
  if (isInngestConfigured()) {
    console.info("[clock] jam SLA dijalankan oleh Inngest (/api/inngest); sapu dalam proses tidak aktif");
    return;
  }
  const intervalMs = getClockSweepIntervalMs();
  // Every server starts the sweep; at each turn only one of them runs it (run-alone.ts).
  startInProcessSweep({
    intervalMs,
    sweep: () => {
      const deps = getAppClockDeps();
      return runAlone(deps.prisma, "clockSweep", () => sweepNow(deps));
    },
  });
  console.info(`[clock] jam SLA dijalankan dalam proses, setiap ${Math.round(intervalMs / 1000)} detik`);
}
