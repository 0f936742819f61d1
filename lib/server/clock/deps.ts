// What the clock runners (Inngest functions, the in-process sweep) need, passed in explicitly so
// tests bring their own database, clock and `send`.
import "server-only";
import type { ClockDurations, ClockTransitionKind } from "@/lib/domain";
import type { PrismaClient } from "../generated/prisma/client";
import { dispatchOutbox, type DispatchOutboxResult, type OutboxSend } from "../outbox/dispatch";
import { applyDueClocks } from "../tickets/apply-due-clocks";
import type { TicketOutbox, TicketServiceDeps } from "../tickets/deps";
import { sweepDueClocks, type SweepResult } from "./sweep";

export interface ClockDeps {
  prisma: PrismaClient;
  durations: ClockDurations;
  now: () => Date;
  /** Present when Inngest runs the clocks: escalations then start the helpdesk answer timer. */
  outbox?: TicketOutbox;
  /** Hands outbox rows to Inngest; absent = nothing to hand (in-process clocks). */
  send?: OutboxSend;
}

/** A timer's outcome, as plain JSON (it is an Inngest step result). */
export interface TicketClockOutcome {
  ticketId: string;
  /** The clock transitions applied now; empty when nothing was due (closed, answered, forwarded, newer message). */
  applied: ClockTransitionKind[];
  /** Set when the ticket could not be changed: NOT_FOUND, or CONFLICT when other writers kept winning. */
  failure?: string;
}

function serviceDeps(deps: ClockDeps): TicketServiceDeps {
  return {
    prisma: deps.prisma,
    durations: deps.durations,
    now: deps.now,
    ...(deps.outbox ? { outbox: deps.outbox } : {}),
  };
}

/** What a woken timer does: re-read the ticket and apply whatever lib/domain says is due now. */
export async function applyTicketClocks(deps: ClockDeps, ticketId: string): Promise<TicketClockOutcome> {
  const result = await applyDueClocks(serviceDeps(deps), ticketId);
  return result.ok ? { ticketId, applied: result.applied } : { ticketId, applied: [], failure: result.code };
}

export function sweepNow(deps: ClockDeps, batchSize?: number): Promise<SweepResult> {
  return sweepDueClocks({
    prisma: deps.prisma,
    durations: deps.durations,
    now: deps.now(),
    ...(batchSize ? { batchSize } : {}),
    ...(deps.outbox ? { outbox: deps.outbox } : {}),
  });
}

/** Sends every due outbox row, a page at a time, stopping at the first failure (it backs off). */
export async function drainOutbox(
  deps: ClockDeps,
  { pageSize = 100, maxPages = 20 } = {},
): Promise<DispatchOutboxResult> {
  const total: DispatchOutboxResult = { sent: 0, failed: 0 };
  if (!deps.send) return total;
  for (let page = 0; page < maxPages; page++) {
    const result = await dispatchOutbox({ prisma: deps.prisma, send: deps.send, now: deps.now(), limit: pageSize });
    total.sent += result.sent;
    total.failed += result.failed;
    if (result.error !== undefined) return { ...total, error: result.error };
    if (result.sent < pageSize) break;
  }
  return total;
}
