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

export const metadata: Metadata = { title: "Buat pertanyaan ke Helpdesk" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function NewDistrictQuestionPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requireRole("DINAS");
  const followUpId = singleParam((await searchParams).lanjutan);
  const [categories, previous] = await Promise.all([
    listActiveCategories(getPrisma()),
    followUpId ? getTicketService().getTicketForActor(user.actor, followUpId) : null,
  ]);
  return (
    <Container className="py-6">
      <div className="max-w-2xl">
        <p className="mb-2">
          <a href="/dinas/pertanyaan" className="inline-flex min-h-11 items-center font-semibold text-brand-700">
            ‹ Pertanyaan saya ke Helpdesk
          </a>
        </p>
        <h1 className="text-2xl font-bold text-brand-800">Buat pertanyaan ke Helpdesk</h1>
        <p className="mb-6 text-muted">Dinas Pendidikan {user.regencyName}</p>
        <NewTicketForm
          attachmentLimits={getAttachmentLimits()}
          action={openTicketAction}
          categories={categories}
          followUp={followUpOf(previous, "/dinas")}
          limits={NEW_TICKET_LIMITS}
          routingNote={routingNoteOf("DINAS", user.regencyName, getClockDurations())}
        />
      </div>
    </Container>
  );
}
