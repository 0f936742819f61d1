// A note for the helpdesk team only (askers and districts never see it). Notes commute like replies.
import "server-only";
import { addInternalNote as noteTransition, type Actor } from "@/lib/domain";
import type { TicketServiceDeps } from "./deps";
import { decideBy, mutateTicket } from "./mutate-ticket";
import { invalidInput, type TicketChangeResult } from "./results";
import { loadTicketForActor } from "./scope";
import { addInternalNoteSchema, type AddInternalNoteInput } from "@/lib/shared/ticket-input";

export async function addInternalNote(
  deps: TicketServiceDeps,
  actor: Actor,
  input: AddInternalNoteInput,
): Promise<TicketChangeResult> {
  const parsed = addInternalNoteSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const { ticketId, body } = parsed.data;

  return mutateTicket(deps, {
    load: (db) => loadTicketForActor(db, actor, ticketId),
    decide: (loaded, now) => decideBy(noteTransition(loaded.snapshot, actor, body, now)),
  });
}
