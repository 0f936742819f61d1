import type { TicketDetail } from "@/lib/server/tickets";

/** The visit just recorded: its number and a link, focusable so screen readers hear it first. */
export function RecordedNotice({ ticket }: { ticket: Pick<TicketDetail, "id" | "number" | "state" | "endReason"> }) {
  const isResolved = ticket.endReason === "RESOLVED_AT_COUNTER";
  return (
    <section
      role="status"
      aria-labelledby="tercatat"
      className="space-y-2 rounded-lg border-2 border-green-700/50 bg-green-50 p-4 text-green-950"
    >
      <h2 id="tercatat" className="text-xl font-bold">
        Kunjungan tercatat: tiket <span className="font-mono">{ticket.number}</span>
      </h2>
      <p>
        {isResolved
          ? "Tiket ditutup sebagai selesai di loket."
          : "Tiket dilanjutkan di tingkat Helpdesk dan ditugaskan kepada Anda. Pengunjung dapat mengikutinya dari akun mereka."}
      </p>
      <p>
        <a
          href={`/helpdesk/tiket/${encodeURIComponent(ticket.id)}`}
          className="font-semibold text-brand-700 underline underline-offset-2"
        >
          Buka tiket {ticket.number}
        </a>
      </p>
    </section>
  );
}
