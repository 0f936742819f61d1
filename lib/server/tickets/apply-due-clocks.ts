// The system applying the clocks (breach, expiry, escalation) that are due on one ticket at `now`.
// Called by the sweep; two concurrent calls change the ticket once: the loser of the conditional
// update re-reads and finds nothing due any more.
import "server-only";
import { runDueClockTransitions, type ClockTransitionKind } from "@/lib/domain";
import type { TicketServiceDeps } from "./deps";
import { changedTicket, mutateTicket } from "./mutate-ticket";
import type { ServiceResult, TicketChange } from "./results";
import { loadAnyTicket } from "./scope";

export type ApplyDueClocksResult = ServiceResult<TicketChange & { applied: ClockTransitionKind[] }>;

export async function applyDueClocks(deps: TicketServiceDeps, ticketId: string): Promise<ApplyDueClocksResult> {
  let applied: ClockTransitionKind[] = [];
  const result = await mutateTicket(deps, {
    // The system is not scoped: it acts on every ticket. It decides the due clocks itself (below).
    load: (db) => loadAnyTicket(db, ticketId),
    dueClocksFirst: false,
    decide(loaded, now) {
      const due = runDueClockTransitions(loaded.snapshot, now, deps.durations);
      applied = due?.applied ?? [];
      // "Nothing due" is a normal answer for the sweep, not a failure.
      return due ? { write: due } : { stop: changedTicket(loaded.number, loaded.snapshot, false) };
    },
  });
  return result.ok ? { ...result, applied } : result;
}
