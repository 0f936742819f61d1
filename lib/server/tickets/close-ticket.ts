// The asker closes the ticket ("Ya, masalah selesai", or closing anyway: solved = false). If the
// ticket ended meanwhile (the clock, or a colleague at the same school), the domain's TICKET_ENDED
// refusal explains it.
import "server-only";
import { closeTicket as closeTransition, type Actor } from "@/lib/domain";
import type { TicketServiceDeps } from "./deps";
import { mutateTicket } from "./mutate-ticket";
import { fromRefusal, invalidInput, type TicketChangeResult } from "./results";
import { loadTicketForActor } from "./scope";
import { closeTicketSchema, type CloseTicketInput } from "@/lib/shared/ticket-input";

export async function closeTicket(
  deps: TicketServiceDeps,
  actor: Actor,
  input: CloseTicketInput,
): Promise<TicketChangeResult> {
  const parsed = closeTicketSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const { ticketId, solved } = parsed.data;

  return mutateTicket(deps, {
    load: (db) => loadTicketForActor(db, actor, ticketId),
    decide(loaded, now) {
      const result = closeTransition(loaded.snapshot, actor, now, solved);
      if (!result.ok) return { stop: fromRefusal(result) };
      // Ticket.solved is not part of the snapshot (the rules keep it in the CLOSED event); the column
      // is for reports, written in the same transaction once our conditional update has won.
      return {
        write: result,
        afterWrite: async (tx) => {
          await tx.ticket.update({ where: { id: ticketId }, data: { solved } });
        },
      };
    },
  });
}
