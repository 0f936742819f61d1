// What the new-ticket page needs (the school's /sekolah/tiket/baru and the district's
// /dinas/pertanyaan/baru): the active categories, the ended ticket it may continue (`?lanjutan=<id>`,
// only one this user may see) and the installation's limits and clocks.
import "server-only";
import type { ClockDurations } from "@/lib/domain";
import type { CurrentUser } from "@/lib/server/auth/session";
import { listActiveCategories, type CategoryOption } from "@/lib/server/tickets/categories";
import { getPrisma } from "@/lib/server/database";
import { getAttachmentLimits, getClockDurations, type AttachmentLimits } from "@/lib/server/settings";
import { getTicketService } from "@/lib/server/tickets/ticket-service";
import type { TicketDetail } from "@/lib/server/tickets";

export interface NewTicketData {
  categories: CategoryOption[];
  /** The ticket this one follows up, when the link named one the user may see. */
  previous: TicketDetail | null;
  attachmentLimits: AttachmentLimits;
  durations: ClockDurations;
}

export async function loadNewTicket(user: CurrentUser, followUpId: string | null): Promise<NewTicketData> {
  const [categories, previous] = await Promise.all([
    listActiveCategories(getPrisma()),
    followUpId ? getTicketService().getTicketForActor(user.actor, followUpId) : null,
  ]);
  return { categories, previous, attachmentLimits: getAttachmentLimits(), durations: getClockDurations() };
}
