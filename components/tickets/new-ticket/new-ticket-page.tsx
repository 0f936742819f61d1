// The page around the new-ticket form, shared by the school (/sekolah/tiket/baru) and the district
// office (/dinas/pertanyaan/baru): the active categories, the ended ticket it may continue
// (`?lanjutan=<id>`, only one the user asked), where the question goes and the installation's limits.
import { Container } from "@/components/ui/container";
import { openTicketAction } from "@/lib/actions/open-ticket-action";
import type { CurrentUser } from "@/lib/server/auth/session";
import { listActiveCategories } from "@/lib/server/categories";
import { getPrisma } from "@/lib/server/db";
import { getAttachmentLimits, getClockDurations } from "@/lib/server/settings";
import { getTicketService } from "@/lib/server/ticket-service";
import { NewTicketForm } from "./new-ticket-form";
import { NEW_TICKET_LIMITS, followUpOf, routingNoteOf, singleParam } from "./new-ticket-setup";

export type NewTicketSearchParams = Promise<Record<string, string | string[] | undefined>>;

interface NewTicketPageProps {
  user: CurrentUser;
  asker: "SEKOLAH" | "DINAS";
  searchParams: NewTicketSearchParams;
  title: string;
  /** Who asks, under the title. */
  subtitle: string;
  /** The user's home (ticket links start there) and the back link's target and label. */
  home: string;
  back: { href: string; label: string };
}

export async function NewTicketPage({ user, asker, searchParams, title, subtitle, home, back }: NewTicketPageProps) {
  const followUpId = singleParam((await searchParams).lanjutan);
  const [categories, previous] = await Promise.all([
    listActiveCategories(getPrisma()),
    followUpId ? getTicketService().getTicketForActor(user.actor, followUpId) : null,
  ]);
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
          attachmentLimits={getAttachmentLimits()}
          action={openTicketAction}
          categories={categories}
          followUp={followUpOf(previous, home)}
          limits={NEW_TICKET_LIMITS}
          routingNote={routingNoteOf(asker, user.regencyName, getClockDurations())}
        />
      </div>
    </Container>
  );
}
