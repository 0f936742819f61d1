// What every operation of the ticket service needs, passed in explicitly so tests use their own
// database and clock (the domain never reads the clock; neither does this service, except through `now`).
import "server-only";
import type { ClockDurations, TransitionSuccess } from "@/lib/domain";
import type { Prisma, PrismaClient } from "../generated/prisma/client";

/**
 * The transactional outbox of the clock timers (lib/server/outbox), present only when Inngest runs the
 * clocks: `record` writes a change's timer events in the change's own transaction and says how many;
 * `afterCommit` hands them on once that transaction committed (fire-and-forget, never throws).
 */
export interface TicketOutbox {
  record(tx: Prisma.TransactionClient, result: TransitionSuccess, durations: ClockDurations): Promise<number>;
  afterCommit(): void;
}

export interface TicketServiceDeps {
  prisma: PrismaClient;
  durations: ClockDurations;
  now: () => Date;
  outbox?: TicketOutbox;
}
