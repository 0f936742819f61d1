import type { Metadata } from "next";
import { DashboardHeading } from "@/components/dashboard/dashboard-heading";
import { firstValues, readListUrl } from "@/components/tickets/list/list-query";
import type { SearchParams } from "@/lib/shared/search-params";
import { SchoolTicketList } from "@/components/tickets/list/school-ticket-list";
import { ClockNotices, noticeMarks } from "@/components/tickets/notices/clock-notices";
import { ButtonLink } from "@/components/ui/button-link";
import { Container } from "@/components/ui/container";
import { requireRole } from "@/lib/server/auth";
import { getClockDurations } from "@/lib/server/settings";
import { getTicketService } from "@/lib/server/tickets/ticket-service";

export const metadata: Metadata = { title: "Tiket saya" };

// No client component in this page's content (plain links, server-rendered cards): school operators
// are on cheap phones and slow connections. The header's menu is the only client part.
export default async function SchoolTicketsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireRole("SEKOLAH");
  const params = await searchParams;
  const { filters } = readListUrl(params);
  // Only the state filter and the paging are offered here; other parameters are not passed on.
  const { state, after, before } = firstValues(params);
  const tickets = getTicketService();
  const [list, notices] = await Promise.all([
    tickets.listTickets(user.actor, { state, after, before }),
    tickets.listClockNotices(user.actor),
  ]);
  return (
    <Container className="space-y-6 py-6">
      <DashboardHeading user={user} title="Tiket saya" />
      <ButtonLink href="/sekolah/tiket/baru" className="w-full text-lg sm:w-auto">
        Buat tiket baru
      </ButtonLink>
      <ClockNotices
        notices={notices}
        durations={getClockDurations()}
        timeZone={user.timeZone}
        ticketPath="/sekolah/tiket"
      />
      <SchoolTicketList list={list} state={filters.state} timeZone={user.timeZone} marks={noticeMarks(notices)} />
    </Container>
  );
}
