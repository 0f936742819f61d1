// The page around the new-ticket form, shared by the school (/sekolah/tiket/baru) and the district
// office (/dinas/pertanyaan/baru): the active categories, the ended ticket it may continue (only one
// the user asked), where the question goes and the installation's limits (lib/server/pages/new-ticket.ts).
import { Container } from "@/components/ui/container";
import { openTicketAction } from "@/lib/actions/open-ticket-action";
import type { CurrentUser } from "@/lib/server/auth";
import type { NewTicketData } from "@/lib/server/pages";
import { NewTicketForm } from "./new-ticket-form";
import { NEW_TICKET_LIMITS, followUpOf, routingNoteOf } from "./new-ticket-setup";

interface NewTicketPageProps {
  user: CurrentUser;
  asker: "SEKOLAH" | "DINAS";
  data: NewTicketData;
  title: string;
  /** Who asks, under the title. */
  subtitle: string;
  /** The user's home (ticket links start there) and the back link's target and label. */
  home: string;
  back: { href: string; label: string };
}

export function NewTicketPage({ user, asker, data, title, subtitle, home, back }: NewTicketPageProps) {
  const { categories, previous, attachmentLimits, durations } = data;
  return (
    <Container className="py-6">
      <div className="max-w-2xl">
        <p className="mb-2">
          <a href={back.href} className="inline-flex min-h-11 items-center font-semibold text-brand-700">
            ‹ {back.label}
          </a>
        </p>
        <h1 className="text-2xl font-bold text-brand-800">{title}</h1>
        <p className="mb-6 text-muted">{subtitle}</p>
        <NewTicketForm
          draftKey={`${user.actor.userId}:tiket-baru:${previous?.id ?? ""}`}
          attachmentLimits={attachmentLimits}
          action={openTicketAction}
          categories={categories}
          followUp={followUpOf(previous, home)}
          limits={NEW_TICKET_LIMITS}
          routingNote={routingNoteOf(asker, user.regencyName, durations)}
        />
      </div>
    </Container>
  );
}
