import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { STATE_LABEL, TIER_LABEL } from "@/components/tickets/list/labels";
import { END_REASON_LABEL } from "@/components/reports/clock-labels";
import { SlaTimeline } from "@/components/reports/sla-timeline";
import { Container } from "@/components/ui/container";
import { formatShortDateTime } from "@/lib/domain/format-time";
import { createReportContext, requireReportViewer, loadTicketClocks } from "@/lib/server/reports";

export const metadata: Metadata = { title: "Jam layanan tiket" };

export default async function TicketClocksPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireReportViewer();
  const ctx = createReportContext();
  const { id } = await params;
  const ticket = await loadTicketClocks(ctx.prisma, id, ctx.durations, ctx.now);
  if (!ticket) notFound();
  const { snapshot } = ticket;
  return (
    <Container className="space-y-4 py-8">
      <p className="text-sm">
        <a href="/supervisor/laporan" className="font-semibold text-brand-700 underline underline-offset-2">
          ‹ Laporan layanan
        </a>
      </p>
      <div>
        <h1 className="text-2xl font-bold text-brand-800">Jam layanan tiket {ticket.number}</h1>
        <p className="text-ink">{ticket.subject}</p>
        <p className="text-sm text-muted">
          {ticket.schoolName ? `${ticket.schoolName} · ` : ""}
          {ticket.regencyName} · dibuka {formatShortDateTime(snapshot.openedAt, user.timeZone)} ·{" "}
          {TIER_LABEL[snapshot.tier]} ·{" "}
          {snapshot.endReason ? END_REASON_LABEL[snapshot.endReason] : STATE_LABEL[snapshot.state]}
        </p>
      </div>
      <SlaTimeline clocks={ticket.clocks} timeZone={user.timeZone} now={ctx.now} />
    </Container>
  );
}
