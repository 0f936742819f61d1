import type { Metadata } from "next";
import { DashboardHeading } from "@/components/dashboard/dashboard-heading";
import { firstValues } from "@/components/tickets/list/list-query";
import type { SearchParams } from "@/lib/shared/search-params";
import { ListTabs } from "@/components/tickets/list/list-tabs";
import { TicketListSection } from "@/components/tickets/list/ticket-list-section";
import { WideContainer } from "@/components/tickets/list/wide-container";
import { requireRole } from "@/lib/server/auth";
import { listCategoriesForFilter } from "@/lib/server/tickets/categories";
import { getPrisma } from "@/lib/server/database";
import { getClockDurations } from "@/lib/server/settings";
import { getTicketService } from "@/lib/server/tickets/ticket-service";

export const metadata: Metadata = { title: "Antrean helpdesk" };

const VIEWS = [
  {
    view: "action",
    label: "Perlu tindakan",
    hint: "Tiket yang menunggu jawaban Helpdesk, belum ditugaskan atau tugas Anda; yang belum Anda baca di atas.",
  },
  { view: "unassigned", label: "Belum ditugaskan", hint: "Tiket yang masih berjalan dan belum dipegang siapa pun." },
  { view: "mine", label: "Tugas saya", hint: "Tiket yang ditugaskan kepada Anda." },
  { view: "ended", label: "Selesai", hint: "Tiket di tingkat Helpdesk yang sudah ditutup atau berakhir." },
  { view: "all", label: "Semua", hint: "Semua tiket di tingkat Helpdesk, termasuk yang sudah selesai." },
] as const;

const EMPTY_TEXT: Partial<Record<(typeof VIEWS)[number]["view"], string>> = {
  action: "Tidak ada tiket yang menunggu jawaban Helpdesk.",
  mine: "Belum ada tiket yang ditugaskan kepada Anda.",
  ended: "Belum ada tiket yang selesai.",
};

export default async function HelpdeskQueuePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireRole("HELPDESK");
  const params = await searchParams;
  const [list, categories] = await Promise.all([
    getTicketService().listTickets(user.actor, firstValues(params)),
    listCategoriesForFilter(getPrisma()),
  ]);
  // The service resolved the view (an unknown ?view= falls back to the first one).
  const current = VIEWS.find((tab) => tab.view === list.view) ?? VIEWS[0];
  return (
    <WideContainer className="space-y-4 py-6">
      <DashboardHeading user={user} title="Antrean helpdesk" />
      <ListTabs
        label="Tampilan antrean"
        tabs={VIEWS.map((tab) => ({
          href: `/helpdesk?view=${tab.view}`,
          label: tab.label,
          isCurrent: tab.view === current.view,
        }))}
      />
      <p className="text-muted">{current.hint}</p>
      <TicketListSection
        list={list}
        searchParams={params}
        basePath="/helpdesk"
        viewParam={current.view}
        home="/helpdesk"
        timeZone={user.timeZone}
        durations={getClockDurations()}
        categories={categories}
        columns={{ placeHeader: "Penanya", showRegency: true, showTier: false, showAssignee: current.view === "all" }}
        title={`Antrean: ${current.label}`}
        emptyText={EMPTY_TEXT[current.view] ?? "Antrean kosong."}
      />
    </WideContainer>
  );
}
