// The SLA clocks as Inngest durable functions. Each timer sleeps until the deadline carried by its
// event, then applies whatever is due on the ticket as it is THEN (lib/domain decides, through
// applyDueClocks): a ticket closed, answered-and-closed, forwarded or written to since simply has
// nothing due. The cron sweep is the backstop for timers that were lost, late or never started.
// These functions orchestrate only: no rule lives here.
import type { GetStepTools, Inngest } from "inngest";
import type { ClockDeps } from "@/lib/server/clock/deps";
import { applyTicketClocks, drainOutbox } from "@/lib/server/clock/deps";
import { sweepAlone } from "@/lib/server/clock/turn";
import { TICKET_ACTIVITY, TICKET_AT_HELPDESK, TICKET_OPENED } from "@/lib/server/outbox";
import { parseTimerData } from "./timer-events";

export interface CreateClockFunctionsOptions {
  client: Inngest;
  /** The database, durations, clock and outbox; called when a step runs (tests pass their own). */
  getDeps: () => ClockDeps;
}

export const CLOCK_SWEEP_CRON = "*/10 * * * *";

export function createClockFunctions({ client, getDeps }: CreateClockFunctionsOptions) {
  /** Sleep until the deadline, apply what is due, hand on any timer the change started. */
  async function wakeAndApply(step: GetStepTools<Inngest>, data: unknown, sleepId: string) {
    const { ticketId, dueAt } = parseTimerData(data);
    await step.sleepUntil(sleepId, dueAt);
    const outcome = await step.run("apply", () => applyTicketClocks(getDeps(), ticketId));
    // An escalation wrote the helpdesk answer timer's event: send it now rather than at the next cron.
    if (outcome.applied.includes("ESCALATE")) await step.run("dispatch-outbox", () => drainOutbox(getDeps()));
    return outcome;
  }

  const escalationTimer = client.createFunction(
    { id: "ticket-escalation-timer", name: "Eskalasi otomatis tiket sekolah", triggers: { event: TICKET_OPENED } },
    async ({ event, step }) => wakeAndApply(step, event.data, "wait-for-escalation-deadline"),
  );

  const expiryTimer = client.createFunction(
    {
      id: "ticket-expiry-timer",
      name: "Tiket berakhir tanpa tanggapan",
      triggers: { event: TICKET_ACTIVITY },
      // A newer message restarts the clock with its own run; the older run is stale.
      cancelOn: [{ event: TICKET_ACTIVITY, if: "async.data.ticketId == event.data.ticketId" }],
    },
    async ({ event, step }) => wakeAndApply(step, event.data, "wait-for-expiry-deadline"),
  );

  const helpdeskAnswerTimer = client.createFunction(
    { id: "ticket-helpdesk-answer-timer", name: "Target jawaban Helpdesk", triggers: { event: TICKET_AT_HELPDESK } },
    async ({ event, step }) => wakeAndApply(step, event.data, "wait-for-helpdesk-answer-deadline"),
  );

  const clockSweep = client.createFunction(
    {
      id: "clock-sweep",
      name: "Sapu jam SLA (cadangan)",
      triggers: { cron: CLOCK_SWEEP_CRON },
      // One sweep at a time; a second one would only find nothing to do.
      concurrency: { limit: 1 },
    },
    async ({ step }) => {
      // Alone (the app servers' backstop may be sweeping too) and recorded for the health check.
      const swept = await step.run("sweep", () => sweepAlone(getDeps()));
      const dispatched = await step.run("dispatch-outbox", () => drainOutbox(getDeps()));
      return { swept, dispatched };
    },
  );

  return { escalationTimer, expiryTimer, helpdeskAnswerTimer, clockSweep };
}

export type ClockFunctions = ReturnType<typeof createClockFunctions>;
