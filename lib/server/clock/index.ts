// The SLA clock runners: the sweep (backstop and embedded clock) and what the Inngest timers call.
import "server-only";

export { sweepDueClocks, hasChanges, type SweepOptions, type SweepResult } from "./sweep";
export { applyTicketClocks, drainOutbox, sweepNow, type ClockDeps, type TicketClockOutcome } from "./deps";
export { startInProcessSweep, describeSweep, type InProcessSweep, type InProcessSweepOptions } from "./in-process";
export { BACKSTOP_INTERVAL_MS, clockTurn, sweepAlone } from "./turn";
export { OUTBOX_LATE_MS, readClockHealth, type ClockHealth } from "./health";
