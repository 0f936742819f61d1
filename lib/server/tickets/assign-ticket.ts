// Sets or clears the helpdesk member responsible for a ticket (helpdesk at its tier, supervisors
// everywhere). The rules only know ids; whether the assignee is an active helpdesk account is ours.
import "server-only";
import { assignTicket as assignTransition, type Actor } from "@/lib/domain";
import type { TicketServiceDeps } from "./deps";
import { decideBy, mutateTicket } from "./mutate-ticket";
import { invalidField, invalidInput, type TicketChangeResult } from "./results";
import { loadTicketForActor } from "./scope";
import { assignTicketSchema, type AssignTicketInput } from "@/lib/shared/ticket-input";

export const INVALID_ASSIGNEE_MESSAGE = "Petugas yang dipilih bukan anggota Tim Helpdesk yang aktif.";

export async function assignTicket(
  deps: TicketServiceDeps,
  actor: Actor,
  input: AssignTicketInput,
): Promise<TicketChangeResult> {
  const parsed = assignTicketSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const { ticketId } = parsed.data;
  const assigneeId = parsed.data.assigneeId ?? null;

  let isAssigneeValid: boolean | undefined;
  async function checkAssignee(): Promise<boolean> {
    if (assigneeId === null) return true;
    isAssigneeValid ??=
      (await deps.prisma.user.count({ where: { id: assigneeId, role: "HELPDESK", isActive: true } })) === 1;
    return isAssigneeValid;
  }

  return mutateTicket(deps, {
    load: (db) => loadTicketForActor(db, actor, ticketId),
    async decide(loaded, now) {
      const result = assignTransition(loaded.snapshot, actor, assigneeId, now);
      // After the rules, so that someone who may not assign learns nothing about the accounts.
      if (result.ok && !(await checkAssignee())) {
        return { stop: invalidField("assigneeId", INVALID_ASSIGNEE_MESSAGE) };
      }
      return decideBy(result);
    },
  });
}
