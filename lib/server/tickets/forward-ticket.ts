// The district hands a school's ticket to the helpdesk, with a note. It happens once: if another
// forward or the automatic escalation got there first, the district is told so instead of an error.
import "server-only";
import { forwardTicket as forwardTransition, isEnded, relationOf, type Actor } from "@/lib/domain";
import type { TicketServiceDeps } from "./deps";
import { decideBy, mutateTicket } from "./mutate-ticket";
import { invalidInput, refusal, type TicketChangeResult } from "./results";
import { loadTicketForActor, type LoadedTicket } from "./scope";
import { forwardTicketSchema, type ForwardTicketInput } from "@/lib/shared/ticket-input";

export const ALREADY_FORWARDED_MESSAGE = "Tiket ini sudah diteruskan ke Helpdesk. Anda tetap dapat membacanya.";
export const ALREADY_ESCALATED_MESSAGE =
  "Tiket ini sudah diteruskan ke Helpdesk secara otomatis karena batas waktu jawaban Dinas terlewati. Anda tetap dapat membacanya.";

/** The district's own forward (or the clock's) already happened: say which, as ALREADY_DONE. */
function alreadyAtHelpdesk(actor: Actor, { snapshot }: LoadedTicket): TicketChangeResult | null {
  if (isEnded(snapshot) || snapshot.tier !== "HELPDESK") return null;
  if (relationOf(actor, snapshot) !== "DINAS_HANDLER") return null;
  return refusal(
    "ALREADY_DONE",
    snapshot.handoff === "ESCALATION" ? ALREADY_ESCALATED_MESSAGE : ALREADY_FORWARDED_MESSAGE,
  );
}

export async function forwardTicket(
  deps: TicketServiceDeps,
  actor: Actor,
  input: ForwardTicketInput,
): Promise<TicketChangeResult> {
  const parsed = forwardTicketSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const { ticketId, note } = parsed.data;

  return mutateTicket(deps, {
    load: (db) => loadTicketForActor(db, actor, ticketId),
    decide(loaded, now) {
      const done = alreadyAtHelpdesk(actor, loaded);
      return done ? { stop: done } : decideBy(forwardTransition(loaded.snapshot, actor, note, now));
    },
  });
}
