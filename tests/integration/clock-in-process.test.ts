// The embedded clock (lib/server/clock/in-process.ts): started once per process, never two sweeps at
// a time, one log line per sweep that changed something, and a failing sweep only logged.
import { afterEach, describe, expect, it } from "vitest";
import { startInProcessSweep, type InProcessSweep, type SweepResult } from "@/lib/server/clock";

const NOTHING: SweepResult = {
  escalated: 0,
  breached: 0,
  expired: 0,
  scanned: 0,
  batches: 0,
  conflicts: 0,
  deadlinesRefreshed: 0,
};
let handle: InProcessSweep | undefined;
afterEach(() => handle?.stop());

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

describe("in-process sweep", () => {
  it("starts once: a second start in the same process returns the running sweep", () => {
    const sweep = async () => NOTHING;
    handle = startInProcessSweep({ intervalMs: 60_000, sweep, log: () => undefined });
    expect(startInProcessSweep({ intervalMs: 1000, sweep, log: () => undefined })).toBe(handle);
  });

  it("never runs two sweeps at once", async () => {
    let calls = 0;
    const gate = deferred<SweepResult>();
    handle = startInProcessSweep({
      intervalMs: 60_000,
      sweep: () => ((calls += 1), gate.promise),
      log: () => undefined,
    });
    const first = handle.runOnce();
    expect(await handle.runOnce()).toBeNull();
    gate.resolve({ ...NOTHING, expired: 1 });
    expect(await first).toMatchObject({ expired: 1 });
    // The startup tick came while the first sweep ran, and was skipped too.
    expect(calls).toBe(1);
  });

  it("sweeps right after start and then every interval, logging only sweeps that changed something", async () => {
    const lines: string[] = [];
    let calls = 0;
    const sweep = async () => (
      (calls += 1),
      calls === 2 ? { ...NOTHING, escalated: 2, expired: 1, scanned: 3, batches: 1 } : NOTHING
    );
    handle = startInProcessSweep({ intervalMs: 25, sweep, log: (line) => lines.push(line) });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(calls).toBeGreaterThanOrEqual(3);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^\[clock\] sweep: 2 eskalasi, 1 berakhir, 0 pelanggaran target \(3 diperiksa, 1 batch, \d+ ms\)$/,
    );
  });

  it("logs a failing sweep and keeps going", async () => {
    const errors: unknown[] = [];
    handle = startInProcessSweep({
      intervalMs: 60_000,
      sweep: async () => {
        throw new Error("database unavailable");
      },
      logError: (_message, error) => errors.push(error),
    });
    expect(await handle.runOnce()).toBeNull();
    expect(errors.length).toBeGreaterThanOrEqual(1);
    handle.stop();
    // stopped: a new start gets a new sweep
    const again = startInProcessSweep({ intervalMs: 60_000, sweep: async () => NOTHING, log: () => undefined });
    expect(again).not.toBe(handle);
    handle = again;
  });
});
