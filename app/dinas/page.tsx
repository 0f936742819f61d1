import type { Metadata } from "next";
import { DashboardHeading } from "@/components/dashboard/dashboard-heading";
import { firstValues } from "@/components/tickets/list/list-query";
import type { SearchParams } from "@/lib/shared/search-params";
import { ListTabs } from "@/components/tickets/list/list-tabs";
import { TicketListSection } from "@/components/tickets/list/ticket-list-section";
import { ClockNotices, noticeMarks } from "@/components/tickets/notices/clock-notices";
import { WideContainer } from "@/components/tickets/list/wide-container";
import { ButtonLink } from "@/components/ui/button-link";
import { requireRole } from "@/lib/server/auth";
import { listCategoriesForFilter } from "@/lib/server/tickets/categories";
import { getPrisma } from "@/lib/server/database";
import { getClockDurations } from "@/lib/server/settings";
import { getTicketService } from "@/lib/server/tickets/ticket-service";

export const metadata: Metadata = { title: "Kotak masuk" };

// The inbox opens on what waits for the district; its own questions have their own page (view "asked").
const VIEWS = [
  { view: "action", label: "Perlu tindakan", hint: "menunggu jawaban kantor Anda; yang belum Anda baca di atas" },
  { view: "inbox", label: "Semua", hint: "semuanya, termasuk yang diteruskan ke Helpdesk dan yang selesai" },
  { view: "ended", label: "Selesai", hint: "yang sudah ditutup atau berakhir" },
] as const;

const EMPTY_TEXT: Record<(typeof VIEWS)[number]["view"], string> = {
  action: "Tidak ada pertanyaan yang menunggu jawaban kantor Anda.",
  inbox: "Belum ada pertanyaan dari sekolah di kabupaten/kota Anda.",
  ended: "Belum ada tiket yang selesai.",
};

export default async function DinasInboxPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireRole("DINAS");
  const params = await searchParams;
  const query = firstValues(params);
  const current = VIEWS.find((tab) => tab.view === query.view) ?? VIEWS[0];
  const tickets = getTicketService();
  const [list, categories, notices] = await Promise.all([
    tickets.listTickets(user.actor, { ...query, view: current.view }),
    listCategoriesForFilter(getPrisma()),
    tickets.listClockNotices(user.actor),
  ]);
  return (
    <WideContainer className="space-y-4 py-6">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <DashboardHeading user={user} title="Kotak masuk" />
        {/* On a phone the list comes first: the menu's "Pertanyaan saya" tab leads to the same button. */}
        <div className="hidden sm:block">
          <ButtonLink href="/dinas/pertanyaan/baru">Buat pertanyaan ke Helpdesk</ButtonLink>
        </div>
      </div>
      <ListTabs
        label="Tampilan kotak masuk"
        tabs={VIEWS.map((tab) => ({
          href: `/dinas?view=${tab.view}`,
          label: tab.label,
          isCurrent: tab.view === current.view,
        }))}
      />
      {/* The tabs name the view on a phone; the sentence says more where there is room. */}
      <p className="hidden text-muted sm:block">
        Pertanyaan dari sekolah di {user.regencyName ?? "kabupaten/kota Anda"}: {current.hint}.
        <span>
          {" "}
          Pertanyaan kantor Anda sendiri ada di{" "}
          <a href="/dinas/pertanyaan" className="font-semibold text-brand-700">
            Pertanyaan saya ke Helpdesk
          </a>
          .
        </span>
      </p>
      <ClockNotices
        notices={notices}
        durations={getClockDurations()}
        timeZone={user.timeZone}
        ticketPath="/dinas/tiket"
      />
      <TicketListSection
        list={list}
        searchParams={params}
        basePath="/dinas"
        viewParam={current.view}
        home="/dinas"
        timeZone={user.timeZone}
        durations={getClockDurations()}
        categories={categories}
        marks={noticeMarks(notices)}
        columns={{ placeHeader: "Sekolah", showRegency: false, showTier: true, showAssignee: false }}
        title={`Kotak masuk: ${current.label}`}
        emptyText={EMPTY_TEXT[current.view]}
      />
    </WideContainer>
  );
}
