import { ButtonLink } from "@/components/ui/button-link";
import { describeDeadline, formatDateTime, formatSpan, type ClockDurations } from "@/lib/domain";
import type { TicketDetail } from "@/lib/server/tickets";
import { snapshotOf } from "./deadline-snapshot";
import { followUpHref } from "./ticket-labels";
import { isStaff } from "@/lib/domain";

interface DeadlineBoxProps {
  ticket: TicketDetail;
  durations: ClockDurations;
  timeZone: string;
}

/** What the ticket waits for and until when — or, once it ended, how it ended and what to do next. */
export function DeadlineBox({ ticket, durations, timeZone }: DeadlineBoxProps) {
  const isAsker = ticket.relation === "ASKER";
  const text = describeDeadline(snapshotOf(ticket), durations, isAsker ? "ASKER" : "HANDLER", timeZone);
  const breached = isStaff(ticket.relation) && ticket.helpdeskTargetStatus === "BREACHED";

  if (ticket.endedAt) {
    return (
      <section
        aria-labelledby="tenggat-judul"
        className="space-y-3 rounded-xl border-2 border-slate-400 bg-slate-50 p-4"
      >
        <h2 id="tenggat-judul" className="text-lg font-bold text-slate-900">
          Tiket sudah berakhir
        </h2>
        <p aria-live="polite">
          {text}
          {ticket.endReason === "CLOSED_BY_ASKER" && ticket.solved !== null && (
            <> {ticket.solved ? "Masalah dinyatakan selesai." : "Masalah dinyatakan belum selesai."}</>
          )}
        </p>
        <p className="text-sm text-muted">Tiket ini hanya dapat dibaca.</p>
        {breached && <BreachNote />}
        {isAsker && (
          <div className="space-y-2">
            <p>Masih ada kendala? Buat tiket baru yang melanjutkan tiket ini.</p>
            <ButtonLink href={followUpHref(ticket)}>Buat tiket lanjutan</ButtonLink>
          </div>
        )}
      </section>
    );
  }
  return (
    <section aria-labelledby="tenggat-judul" className="space-y-2 rounded-xl border-2 border-brand-600 bg-brand-50 p-4">
      <h2 id="tenggat-judul" className="text-lg font-bold text-brand-800">
        {ticket.state === "ANSWERED" ? "Menunggu tanggapan" : "Menunggu jawaban"}
      </h2>
      <EscalationNote ticket={ticket} durations={durations} timeZone={timeZone} />
      <p aria-live="polite" className="text-lg">
        {text}
      </p>
      {breached && <BreachNote />}
    </section>
  );
}

/** Why a ticket is at the helpdesk when nobody forwarded it: the escalation clock did. */
function EscalationNote({ ticket, durations, timeZone }: DeadlineBoxProps) {
  const escalated =
    ticket.tier === "HELPDESK" ? ticket.events.findLast((event) => event.type === "ESCALATED") : undefined;
  if (!escalated) return null;
  return (
    <p className="font-semibold">
      Diteruskan otomatis ke Tim Helpdesk pada {formatDateTime(escalated.at, timeZone)} karena belum selesai di Dinas
      Pendidikan dalam {formatSpan(durations.escalationMs)}.
    </p>
  );
}

function BreachNote() {
  return <p className="font-semibold text-red-800">Target jawaban Tim Helpdesk terlewati.</p>;
}
