"use server";

// A new question from a school (to its district office) or from a district office (to the helpdesk).
// A public POST endpoint: createAction authenticates, checks `ticket.open` and validates with the
// service's own schema (so the form shows the same messages the service would); the service checks
// again and decides where the ticket goes from the session, never from the form.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { ROLE_HOME } from "@/lib/domain/roles";
import { getTicketService } from "@/lib/server/tickets/ticket-service";
import { openTicketSchema } from "@/lib/shared/ticket-input";
import { withAttachments } from "./attachment-files";
import { createAction } from "./safe-action";
import { firstFieldMessages } from "./service-result";

export const openTicketAction = createAction(
  openTicketSchema,
  async (input, user, formData) => {
    const result = await withAttachments(
      formData,
      (files) => getTicketService().openTicket(user.actor, input, files),
      () => getTicketService().precheckOpen(user.actor),
    );
    if (!result.ok)
      return {
        ok: false,
        code: result.code,
        message: result.message,
        fieldErrors: firstFieldMessages(result.fieldErrors),
      };
    const home = ROLE_HOME[user.actor.role];
    // The lists (and the header's unread badge) read fresh data on the next visit.
    revalidatePath(home, "layout");
    redirect(`${home}/tiket/${encodeURIComponent(result.ticket.id)}`);
  },
  { permission: "ticket.open" },
);
