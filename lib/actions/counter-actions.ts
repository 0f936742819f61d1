"use server";

// Recording a visit to the ULT counter. A public POST endpoint: createAction authenticates, checks
// `ticket.openWalkIn` and validates with the service's own schema; the service checks again, finds the
// visitor's school or kab/kota in the database and opens the ticket with its number in one transaction.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTicketService } from "@/lib/server/tickets/ticket-service";
import { openWalkInSchema } from "@/lib/server/tickets/open-walk-in";
import { createAction } from "./safe-action";
import { firstFieldMessages } from "./service-result";

export const recordWalkInAction = createAction(
  openWalkInSchema,
  async (input, user) => {
    const result = await getTicketService().openWalkInTicket(user.actor, input);
    if (!result.ok)
      return {
        ok: false,
        code: result.code,
        message: result.message,
        fieldErrors: firstFieldMessages(result.fieldErrors),
      };
    revalidatePath("/helpdesk", "layout");
    // A fresh counter page with the number on it: a reload cannot record the visit twice.
    redirect(`/helpdesk/loket?tercatat=${encodeURIComponent(result.ticket.id)}`);
  },
  { permission: "ticket.openWalkIn" },
);
