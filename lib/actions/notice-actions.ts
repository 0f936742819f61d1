"use server";

// "Tandai sudah dibaca" on the clock notices: a plain form post (works without client JavaScript on
// the school's light list page). The newest notice shown is sent along, so a notice that arrived
// after the page was rendered is not dismissed unseen.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { ROLE_HOME } from "@/lib/domain/roles";
import { getTicketService } from "@/lib/server/tickets/ticket-service";
import { createAction } from "./safe-action";

const dismissSchema = z.object({
  upToSeq: z.coerce.number({ message: "Halaman sudah usang; muat ulang." }).int().min(1).max(2_147_483_647),
});

const dismiss = createAction(
  dismissSchema,
  async ({ upToSeq }, user) => {
    const count = await getTicketService().dismissClockNotices(user.actor, upToSeq);
    revalidatePath(ROLE_HOME[user.actor.role]);
    return { ok: true, message: `${count} pemberitahuan ditandai sudah dibaca.` };
  },
  { permission: "notice.dismiss" },
);

/** For `<form action>`: the page re-renders without the dismissed notices. */
export async function dismissClockNoticesAction(formData: FormData): Promise<void> {
  const result = await dismiss(null, formData);
  if (!result.ok) console.warn("[notices] penandaan sudah dibaca ditolak:", result.code);
}
