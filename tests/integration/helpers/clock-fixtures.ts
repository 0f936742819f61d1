// Helpers for the SLA clock tests (tests/integration/clock-*.test.ts), on top of the ticket world.
import { DEFAULT_DURATIONS, type ClockDurations } from "@/lib/domain";
import { sweepDueClocks, type SweepOptions, type SweepResult } from "@/lib/server/clock";
import { createTicketService, type TicketOutbox } from "@/lib/server/tickets";
import type { TicketWorld } from "./ticket-fixtures";

export const MINUTE_MS = 60_000;
export const HOUR_MS = 60 * MINUTE_MS;

export function after(base: Date, ms: number): Date {
  return new Date(base.getTime() + ms);
}

/**
 * Ends every ticket still running, behind the rules' back, so that the next test's sweeps see only
 * the tickets it opens (a sweep looks at the whole database).
 */
export async function retireActiveTickets(world: TicketWorld): Promise<void> {
  await world.db.sql.query(
    `UPDATE "Ticket" SET "state" = 'CLOSED', "endReason" = 'CLOSED_BY_ASKER', "endedAt" = "lastMessageAt", "version" = "version" + 1
     WHERE "state" IN ('OPEN', 'ANSWERED')`,
  );
}

export function sweepAt(
  world: TicketWorld,
  now: Date,
  options: Partial<Omit<SweepOptions, "now">> = {},
): Promise<SweepResult> {
  return sweepDueClocks({ prisma: world.db.prisma, durations: DEFAULT_DURATIONS, now, ...options });
}

export const NOTHING_CHANGED = { escalated: 0, breached: 0, expired: 0 };

/** The world's ticket service, with an outbox (as when Inngest runs the clocks). */
export function serviceWithOutbox(
  world: TicketWorld,
  outbox: TicketOutbox,
  durations: ClockDurations = DEFAULT_DURATIONS,
) {
  return createTicketService({ prisma: world.db.prisma, durations, now: world.clock.now, outbox });
}
