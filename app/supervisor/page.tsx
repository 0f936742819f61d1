import type { Metadata } from "next";
import { ClockWarning } from "@/components/dashboard/clock-warning";
import { DashboardHeading } from "@/components/dashboard/dashboard-heading";
import { firstValues } from "@/components/tickets/list/list-query";
import type { SearchParams } from "@/lib/shared/search-params";
import { TicketListSection } from "@/components/tickets/list/ticket-list-section";
import { WideContainer } from "@/components/tickets/list/wide-container";
import { requireRole } from "@/lib/server/auth";
import { readAppClockHealth } from "@/lib/server/clock/app-clock";
import { listCategoriesForFilter } from "@/lib/server/tickets/categories";
import { getPrisma } from "@/lib/server/database";
import { getClockDurations } from "@/lib/server/settings";
import { getTicketService } from "@/lib/server/tickets/ticket-service";

export const metadata: Metadata = { title: "Semua tiket" };

export default async function SupervisorTicketsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireRole("SUPERVISOR");
  const params = await searchParams;
  const [list, categories, clockHealth] = await Promise.all([
    getTicketService().listTickets(user.actor, { ...firstValues(params), view: "all" }),
    listCategoriesForFilter(getPrisma()),
    readAppClockHealth(),
  ]);
  return (
    <WideContainer className="space-y-4 py-6">
      <DashboardHeading user={user} title="Semua tiket" />
      <ClockWarning health={clockHealth} timeZone={user.timeZone} now={new Date()} />
      <p className="text-muted">Semua tiket dari semua kabupaten/kota, di Dinas maupun di Helpdesk.</p>
      <TicketListSection
        list={list}
        searchParams={params}
        basePath="/supervisor"
        home="/supervisor"
        timeZone={user.timeZone}
        durations={getClockDurations()}
        categories={categories}
        columns={{ placeHeader: "Penanya", showRegency: true, showTier: true, showAssignee: true }}
        title="Semua tiket"
        emptyText="Belum ada tiket."
      />
    </WideContainer>
  );
}
