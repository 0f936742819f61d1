import type { Metadata } from "next";
import { DashboardHeading } from "@/components/dashboard/dashboard-heading";
import { firstValues } from "@/components/tickets/list/list-query";
import type { SearchParams } from "@/lib/shared/search-params";
import { TicketListSection } from "@/components/tickets/list/ticket-list-section";
import { WideContainer } from "@/components/tickets/list/wide-container";
import { ButtonLink } from "@/components/ui/button-link";
import { requireRole } from "@/lib/server/auth";
import { listCategoriesForFilter } from "@/lib/server/tickets/categories";
import { getPrisma } from "@/lib/server/database";
import { getClockDurations } from "@/lib/server/settings";
import { getTicketService } from "@/lib/server/tickets/ticket-service";

export const metadata: Metadata = { title: "Pertanyaan saya ke Helpdesk" };

export default async function DinasQuestionsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireRole("DINAS");
  const params = await searchParams;
  const [list, categories] = await Promise.all([
    getTicketService().listTickets(user.actor, { ...firstValues(params), view: "asked" }),
    listCategoriesForFilter(getPrisma()),
  ]);
  return (
    <WideContainer className="space-y-4 py-6">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <DashboardHeading user={user} title="Pertanyaan saya ke Helpdesk" />
        <ButtonLink href="/dinas/pertanyaan/baru">Buat pertanyaan ke Helpdesk</ButtonLink>
      </div>
      <p className="text-muted">
        Pertanyaan kantor Anda kepada Tim Helpdesk, yang terakhir aktif di atas. Pertanyaan dari sekolah ada di{" "}
        <a href="/dinas" className="font-semibold text-brand-700">
          Kotak masuk
        </a>
        .
      </p>
      <TicketListSection
        list={list}
        searchParams={params}
        basePath="/dinas/pertanyaan"
        home="/dinas"
        timeZone={user.timeZone}
        durations={getClockDurations()}
        categories={categories}
        columns={{ placeHeader: null, showRegency: false, showTier: false, showAssignee: false }}
        title="Pertanyaan saya ke Helpdesk"
        emptyText="Kantor Anda belum pernah bertanya kepada Tim Helpdesk."
      />
    </WideContainer>
  );
}
