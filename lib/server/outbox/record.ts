// Writes the timer events of a ticket change into OutboxEvent, inside the change's own transaction:
// if the change rolls back, so do its events; if it commits, they wait in the table until the
// dispatcher hands them to Inngest. Nothing is ever sent from inside a transaction.
import "server-only";
import type { ClockDurations, TransitionSuccess } from "@/lib/domain";
import type { Prisma } from "../generated/prisma/client";
import type { TicketOutbox } from "../tickets/deps";
import { clockEventsOf } from "./events";

export async function recordClockEvents(
  tx: Prisma.TransactionClient,
  result: TransitionSuccess,
  durations: ClockDurations,
): Promise<number> {
  const events = clockEventsOf(result, durations);
  if (events.length === 0) return 0;
  // The change's own time (the service's clock), not the database's: due for sending from then on.
  const at = result.events[0]?.at ?? result.ticket.lastMessageAt;
  // createMany keeps the array order in seq, so the dispatcher sends them in the order they happened.
  await tx.outboxEvent.createMany({
    data: events.map((e) => ({ name: e.name, payload: { ...e.data }, createdAt: at, availableAt: at })),
  });
  return events.length;
}

export interface CreateTicketOutboxOptions {
  /** Runs after a transaction that wrote events committed; must not throw or wait (fire-and-forget). */
  afterCommit?: () => void;
}

/** The outbox as the ticket service uses it (TicketServiceDeps.outbox). */
export function createTicketOutbox({ afterCommit }: CreateTicketOutboxOptions = {}): TicketOutbox {
  return {
    record: recordClockEvents,
    afterCommit() {
      try {
        afterCommit?.();
      } catch (error) {
        // The user's change is committed; a failing hand-off only delays the timers (the sweep backs them up).
        console.error("[outbox] pengiriman setelah commit gagal", error);
      }
    },
  };
}
