// The embedded clock: when Inngest is not configured, the server process itself sweeps every
// CLOCK_SWEEP_INTERVAL. Started once per process (Next may evaluate instrumentation and reload modules
// more than once, so the guard lives on globalThis), never two sweeps at a time, and the timer is
// unref'd so it never keeps a process alive on its own.
import "server-only";
import { hasChanges, type SweepResult } from "./sweep";

export interface InProcessSweepOptions {
  intervalMs: number;
  /** One sweep; null when another server ran it this turn (run-alone.ts). */
  sweep: () => Promise<SweepResult | null>;
  log?: (line: string) => void;
  logError?: (message: string, error: unknown) => void;
}

export interface InProcessSweep {
  /** Runs one sweep now unless one is running (then resolves to null). */
  runOnce(): Promise<SweepResult | null>;
  stop(): void;
}

const holder = globalThis as unknown as { __helpdeskClockSweep?: InProcessSweep };

export function describeSweep(result: SweepResult, ms: number): string {
  return (
    `[clock] sweep: ${result.escalated} eskalasi, ${result.expired} berakhir, ${result.breached} pelanggaran target ` +
    `(${result.scanned} diperiksa, ${result.batches} batch, ${ms} ms)` +
    (result.deadlinesRefreshed > 0 ? `; tenggat berikutnya diselaraskan pada ${result.deadlinesRefreshed} tiket` : "")
  );
}

/** Starts the in-process sweep, or returns the one already running in this process. */
export function startInProcessSweep({
  intervalMs,
  sweep,
  log = console.info,
  logError = console.error,
}: InProcessSweepOptions): InProcessSweep {
  if (holder.__helpdeskClockSweep) return holder.__helpdeskClockSweep;

  let running = false;
  async function runOnce(): Promise<SweepResult | null> {
    if (running) return null;
    running = true;
    const started = Date.now();
    try {
      const result = await sweep();
      if (result && hasChanges(result)) log(describeSweep(result, Date.now() - started));
      return result;
    } catch (error) {
      // The next tick tries again; overdue transitions stay overdue until then, nothing is lost.
      logError("[clock] sweep failed", error);
      return null;
    } finally {
      running = false;
    }
  }

  const tick = () => void runOnce();
  // The first sweep right after start: tickets that fell due while the server was down.
  const first = setTimeout(tick, 0);
  const timer = setInterval(tick, intervalMs);
  first.unref();
  timer.unref();

  const handle: InProcessSweep = {
    runOnce,
    stop() {
      clearTimeout(first);
      clearInterval(timer);
      if (holder.__helpdeskClockSweep === handle) delete holder.__helpdeskClockSweep;
    },
  };
  holder.__helpdeskClockSweep = handle;
  return handle;
}
