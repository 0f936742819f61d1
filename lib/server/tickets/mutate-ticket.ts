// The one write path of the ticket service: read the ticket (scoped) → let the domain decide → write
// the transition and its history in one transaction, conditional on the version that was read.
// When another writer got there first the update matches no row; then we re-read and decide again,
// so changes that commute (two replies) are both saved, and changes that no longer apply (a second
// forward, a reply to a ticket that just ended) get the domain's refusal with a clear message.
import type { TicketSnapshot, TransitionResult, TransitionSuccess } from "@/lib/domain";
import { Prisma } from "../generated/prisma/client";
import { isUniqueViolation } from "../db-errors";
import { writeTransition, type MessageFiles } from "../ticket-store";
import type { TicketServiceDeps } from "./deps";
import { conflict, fromRefusal, notFound, type TicketChangeResult } from "./results";
import type { LoadedTicket } from "./scope";

/** Each retry follows a lost race, i.e. someone else's committed change; five is plenty for humans. */
export const MAX_ATTEMPTS = 5;

type Tx = Prisma.TransactionClient;

export type Decision =
  /** Write this transition; `afterWrite` runs in the same transaction once the conditional update won. */
  | { write: TransitionSuccess; afterWrite?: (tx: Tx) => Promise<void> }
  /** Stop with this result (a refusal, or a retried submit that was already applied). */
  | { stop: TicketChangeResult };

export interface MutationPlan {
  load(db: TicketServiceDeps["prisma"]): Promise<LoadedTicket | null>;
  decide(loaded: LoadedTicket, now: Date): Decision | Promise<Decision>;
  /** Goes on the first message written (the reply), backed by the unique (ticketId, clientKey) index. */
  clientKey?: string;
  /** Stored files for the first message written (the reply). */
  attachments?: MessageFiles;
  /** The unique index refused our clientKey: the same submit was saved by a concurrent request. */
  onDuplicateClientKey?: () => Promise<TicketChangeResult>;
}

export function decideBy(result: TransitionResult): Decision {
  return result.ok ? { write: result } : { stop: fromRefusal(result) };
}

export function changedTicket(number: string, ticket: TicketSnapshot, replayed: boolean): TicketChangeResult {
  const { id, state, tier, version } = ticket;
  return { ok: true, ticket: { id, number, state, tier, version }, replayed };
}

export async function mutateTicket(deps: TicketServiceDeps, plan: MutationPlan): Promise<TicketChangeResult> {
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
    const loaded = await plan.load(deps.prisma);
    if (!loaded) return notFound();
    const decision = await plan.decide(loaded, deps.now());
    if ("stop" in decision) return decision.stop;

    let written: boolean;
    let outboxEvents = 0;
    try {
      written = await deps.prisma.$transaction(async (tx) => {
        if (!(await writeTransition(tx, loaded.snapshot.version, decision.write, deps.durations, plan.clientKey, plan.attachments))) return false;
        await decision.afterWrite?.(tx);
        outboxEvents = (await deps.outbox?.record(tx, decision.write, deps.durations)) ?? 0;
        return true;
      });
    } catch (error) {
      if (plan.onDuplicateClientKey && isUniqueViolation(error)) return plan.onDuplicateClientKey();
      throw error;
    }
    if (written) {
      if (outboxEvents > 0) deps.outbox?.afterCommit();
      return changedTicket(loaded.number, decision.write.ticket, false);
    }
  }
  return conflict();
}

