"use server";

// The conversation page's actions. Each is a public POST endpoint: createAction authenticates and
// validates (the service's own zod schemas, so the form and the service say the same thing); the
// ticket service scopes the ticket to the actor and asks the permission table — a school, another
// kab/kota or the wrong tier gets NOT_FOUND / FORBIDDEN / WRONG_TIER from it, never a change.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { ROLE_HOME } from "@/lib/domain/roles";
import type { CurrentUser } from "@/lib/server/auth";
import { getTicketService } from "@/lib/server/tickets/ticket-service";
import type { TicketChangeResult } from "@/lib/server/tickets";
import {
  addInternalNoteSchema,
  assignTicketSchema,
  closeTicketSchema,
  forwardTicketSchema,
  replyToTicketSchema,
} from "@/lib/shared/ticket-input";
import { withAttachments } from "./attachment-files";
import { createAction, type ActionResult } from "./safe-action";

// Fields that no input shows: their problem is the whole form's (a stale page, a tampered request).
const HIDDEN_FIELDS = ["ticketId", "clientKey"];

/** The service's result as the form shows it; on success the role's ticket page is re-rendered. */
function settle(result: TicketChangeResult, user: CurrentUser, done: string, replayed = done): ActionResult {
  if (!result.ok) {
    const fieldErrors: Record<string, string> = {};
    for (const [field, messages] of Object.entries(result.fieldErrors ?? {})) {
      if (messages[0]) fieldErrors[field] = messages[0];
    }
    const hidden = HIDDEN_FIELDS.map((field) => fieldErrors[field]).find(Boolean);
    return { ok: false, code: result.code, message: hidden ?? result.message, fieldErrors };
  }
  // Not on refusals: the form (and the text typed into it) must stay until the user has read why.
  revalidatePath(`${ROLE_HOME[user.actor.role]}/tiket/${result.ticket.id}`);
  return { ok: true, message: result.replayed ? replayed : done };
}

export const replyAction = createAction(replyToTicketSchema, async (input, user, formData) =>
  settle(
    await withAttachments(
      formData,
      (files) => getTicketService().replyToTicket(user.actor, input, files),
      () => getTicketService().precheckReply(user.actor, input),
    ),
    user,
    "Balasan terkirim.",
    "Balasan ini sudah terkirim sebelumnya.",
  ),
);

export const forwardAction = createAction(forwardTicketSchema, async (input, user) =>
  settle(await getTicketService().forwardTicket(user.actor, input), user, "Tiket diteruskan ke Tim Helpdesk."),
);

export const assignAction = createAction(assignTicketSchema, async (input, user) => {
  const assigneeId = input.assigneeId ?? null;
  const result = await getTicketService().assignTicket(user.actor, { ticketId: input.ticketId, assigneeId });
  return settle(result, user, assigneeId === null ? "Penugasan dilepas." : "Petugas tiket diperbarui.");
});

export const internalNoteAction = createAction(addInternalNoteSchema, async (input, user) =>
  settle(await getTicketService().addInternalNote(user.actor, input), user, "Catatan internal disimpan."),
);

// A form sends "true"/"false"; the service wants a boolean.
const closeFormSchema = closeTicketSchema.extend({
  solved: z
    .enum(["true", "false"], { error: "Pilih apakah masalahnya sudah selesai." })
    .transform((value) => value === "true"),
});

export const closeAction = createAction(closeFormSchema, async (input, user) =>
  settle(
    await getTicketService().closeTicket(user.actor, input),
    user,
    input.solved ? "Terima kasih. Tiket ditutup: masalah selesai." : "Tiket ditutup.",
  ),
);
