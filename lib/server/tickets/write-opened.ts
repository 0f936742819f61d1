// Writing a ticket the domain just opened — a school's or district's question (open-ticket.ts) or a
// visit recorded at the counter (open-walk-in.ts): once per form submit, with a number of its year.
import "server-only";
import { formatTicketNumber, type Actor, type TransitionSuccess } from "@/lib/domain";
import type { Prisma } from "../generated/prisma/client";
import type { TicketServiceDeps } from "./deps";
import { changedTicket } from "./mutate-ticket";
import type { TicketChangeResult } from "./results";
import { loadTicketByFormKey } from "./scope";
import { insertOpenedTicket, nextTicketSeq, type MessageFiles, type NewTicketFields } from "./ticket-store";

const JAKARTA_YEAR = new Intl.DateTimeFormat("en-US", { timeZone: "Asia/Jakarta", year: "numeric" });

/** Ticket numbers count per calendar year in WIB, where the helpdesk is. */
export function ticketYearOf(now: Date): number {
  return Number(JAKARTA_YEAR.format(now));
}

export interface OpenedTicketWrite {
  /** Names the form kind in the submit lock ("ticket.open", "ticket.walkIn"). */
  lockName: string;
  clientKey?: string;
  /** Only tickets of this kind count as the one a retried submit already made. */
  sameKind?: Prisma.Sql;
  fields: Omit<NewTicketFields, "number">;
  files?: MessageFiles;
}

/**
 * Writes the opened ticket and its outbox timers in one transaction. A retried submit (same form key)
 * gets the ticket the first one made, marked as a repeat: two racing submits meet at an advisory lock
 * on the key, and the second finds the first's ticket once it committed (the unique index on Message
 * is per ticket, so it cannot catch this case).
 */
export async function writeOpenedTicket(
  deps: TicketServiceDeps,
  actor: Actor,
  opened: TransitionSuccess,
  write: OpenedTicketWrite,
): Promise<TicketChangeResult> {
  const { clientKey } = write;
  // The number is taken before the transaction, so the counter's row lock is not held through it.
  const year = ticketYearOf(opened.ticket.openedAt);
  const number = formatTicketNumber(year, await nextTicketSeq(deps.prisma, year));
  let outboxEvents = 0;
  const result = await deps.prisma.$transaction(async (tx) => {
    if (clientKey) {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`${write.lockName}:${actor.userId}:${clientKey}`}, 0))`;
      const existing = await loadTicketByFormKey(tx, actor, clientKey, write.sameKind);
      if (existing) return changedTicket(existing.number, existing.snapshot, true);
    }
    await insertOpenedTicket(tx, opened, { number, ...write.fields }, deps.durations, clientKey, write.files);
    outboxEvents = (await deps.outbox?.record(tx, opened, deps.durations)) ?? 0;
    return changedTicket(number, opened.ticket, false);
  });
  if (outboxEvents > 0) deps.outbox?.afterCommit();
  return result;
}
