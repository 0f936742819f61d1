// The one write path of the ticket service: read the ticket (scoped) → apply the clocks that have fallen
// due (lib/domain, each at its deadline) → let the domain decide the user's change on the ticket as the
// clocks left it → write both and their history in one transaction, conditional on the version that was
// read. So nobody acts on a ticket as if its clock had not run: a reply eight days after the last message
// finds the ticket ended (and ends it), a district's reply after the escalation deadline finds it at the
// helpdesk, whether or not a sweep got there first.
// When another writer got there first the update matches no row; then we re-read and decide again,
// so changes that commute (two replies) are both saved, and changes that no longer apply (a second
// forward, a reply to a ticket that just ended) get the domain's refusal with a clear message.
import "server-only";
import {
  runDueClockTransitions,
  type TicketSnapshot,
  type TransitionResult,
  type TransitionSuccess,
} from "@/lib/domain";
import { Prisma } from "../generated/prisma/client";
import { isUniqueViolation } from "@/lib/server/database";
import { writeTransition, type MessageFiles } from "./ticket-store";
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
  /** False only for the clocks' own write (apply-due-clocks.ts), which decides the due clocks itself. */
  dueClocksFirst?: boolean;
}

/** The clocks' change (due at `now`) followed by the user's, as one write: one version step, events in order. */
function afterClocks(clocks: TransitionSuccess, user: TransitionSuccess): TransitionSuccess {
  return { ...user, events: [...clocks.events, ...user.events], messages: [...clocks.messages, ...user.messages] };
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
    const now = deps.now();
    const clocks = plan.dueClocksFirst === false ? null : runDueClockTransitions(loaded.snapshot, now, deps.durations);
    // The user's change is decided on the ticket as the clocks left it, at the version that was read:
    // both go into one conditional write.
    const current = clocks ? { ...loaded, snapshot: { ...clocks.ticket, version: loaded.snapshot.version } } : loaded;
    const decision = await plan.decide(current, now);
    // Refused (or a retried submit): the clocks that fell due are still written, the answer stays the refusal.
    if ("stop" in decision && !clocks) return decision.stop;
    const change =
      "stop" in decision
        ? (clocks as TransitionSuccess)
        : clocks
          ? afterClocks(clocks, decision.write)
          : decision.write;

    let written: boolean;
    let outboxEvents = 0;
    try {
      written = await deps.prisma.$transaction(async (tx) => {
        const userWrite = "stop" in decision ? null : decision;
        const files = userWrite ? plan.attachments : undefined;
        if (
          !(await writeTransition(
            tx,
            loaded.snapshot.version,
            change,
            deps.durations,
            userWrite ? plan.clientKey : undefined,
            files,
          ))
        )
          return false;
        await userWrite?.afterWrite?.(tx);
        outboxEvents = (await deps.outbox?.record(tx, change, deps.durations)) ?? 0;
        return true;
      });
    } catch (error) {
      if (plan.onDuplicateClientKey && isUniqueViolation(error)) return plan.onDuplicateClientKey();
      throw error;
    }
    if (written) {
      if (outboxEvents > 0) deps.outbox?.afterCommit();
      return "stop" in decision ? decision.stop : changedTicket(loaded.number, change.ticket, false);
    }
  }
  return conflict();
}
