import type { Metadata } from "next";
import { DashboardHeading } from "@/components/dashboard/dashboard-heading";
import { firstValues, type RawSearchParams } from "@/components/tickets/list/list-query";
import { TicketListSection } from "@/components/tickets/list/ticket-list-section";
import { ClockNotices, noticeMarks } from "@/components/tickets/notices/clock-notices";
import { WideContainer } from "@/components/tickets/list/wide-container";
import { ButtonLink } from "@/components/ui/button-link";
import { requireRole } from "@/lib/server/auth/session";
import { listCategoriesForFilter } from "@/lib/server/categories";
import { getPrisma } from "@/lib/server/db";
import { getClockDurations } from "@/lib/server/settings";
import { getTicketService } from "@/lib/server/ticket-service";

export const metadata: Metadata = { title: "Kotak masuk" };

export default async function DinasInboxPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const user = await requireRole("DINAS");
  const params = await searchParams;
  const tickets = getTicketService();
  const [list, categories, notices] = await Promise.all([
    tickets.listTickets(user.actor, { ...firstValues(params), view: "inbox" }),
    listCategoriesForFilter(getPrisma()),
    tickets.listClockNotices(user.actor),
  ]);
  return (
    <WideContainer className="space-y-4 py-6">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <DashboardHeading user={user} title="Kotak masuk" />
        <ButtonLink href="/dinas/pertanyaan/baru">Buat pertanyaan ke Helpdesk</ButtonLink>
      </div>
      <p className="text-muted">
        Pertanyaan dari sekolah di {user.regencyName ?? "kabupaten/kota Anda"}.
        {/* On a phone the menu's "Pertanyaan saya" tab says it: the list stays on the first screen. */}
        <span className="hidden sm:inline">
          {" "}
          Pertanyaan kantor Anda sendiri ada di{" "}
          <a href="/dinas/pertanyaan" className="font-semibold text-brand-700">
            Pertanyaan saya ke Helpdesk
          </a>
          .
        </span>
      </p>
      <ClockNotices notices={notices} durations={getClockDurations()} timeZone={user.timeZone} ticketPath="/dinas/tiket" />
      <TicketListSection
        list={list}
        searchParams={params}
        basePath="/dinas"
        home="/dinas"
        timeZone={user.timeZone}
        durations={getClockDurations()}
        categories={categories}
        marks={noticeMarks(notices)}
        columns={{ placeHeader: "Sekolah", showRegency: false, showTier: true, showAssignee: false }}
        title="Kotak masuk"
        emptyText="Belum ada pertanyaan dari sekolah di kabupaten/kota Anda."
      />
    </WideContainer>
  );
}
