import type { Metadata } from "next";
import { NewTicketForm } from "@/components/tickets/new-ticket/new-ticket-form";
import { NEW_TICKET_LIMITS, followUpOf, routingNoteOf, singleParam } from "@/components/tickets/new-ticket/new-ticket-setup";
import { Container } from "@/components/ui/container";
import { openTicketAction } from "@/lib/actions/open-ticket-action";
import { requireRole } from "@/lib/server/auth/session";
import { listActiveCategories } from "@/lib/server/categories";
import { getPrisma } from "@/lib/server/db";
import { getAttachmentLimits, getClockDurations } from "@/lib/server/settings";
import { getTicketService } from "@/lib/server/ticket-service";

export const metadata: Metadata = { title: "Buat tiket baru" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function NewSchoolTicketPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requireRole("SEKOLAH");
  const followUpId = singleParam((await searchParams).lanjutan);
  const [categories, previous] = await Promise.all([
    listActiveCategories(getPrisma()),
    followUpId ? getTicketService().getTicketForActor(user.actor, followUpId) : null,
  ]);
  return (
    <Container className="py-6">
      <div className="max-w-2xl">
        <p className="mb-2">
          <a href="/sekolah" className="inline-flex min-h-11 items-center font-semibold text-brand-700">
            ‹ Tiket saya
          </a>
        </p>
        <h1 className="text-2xl font-bold text-brand-800">Buat tiket baru</h1>
        <p className="mb-6 text-muted">
          {user.schoolName} · NPSN {user.npsn}
        </p>
        <NewTicketForm
          attachmentLimits={getAttachmentLimits()}
          action={openTicketAction}
          categories={categories}
          followUp={followUpOf(previous, "/sekolah")}
          limits={NEW_TICKET_LIMITS}
          routingNote={routingNoteOf("SEKOLAH", user.regencyName, getClockDurations())}
        />
      </div>
    </Container>
  );
}
