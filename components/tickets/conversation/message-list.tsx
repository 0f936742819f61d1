import type { MessageAuthorSide } from "@/lib/domain";
import type { TicketDetail } from "@/lib/server/tickets";
import { MessageItem } from "./message-item";

const COUNT = new Intl.NumberFormat("id-ID");

/**
 * The conversation in order: public replies of both sides, and the notes the viewer may read. The
 * latest message is shown; the ones before it fold ("Tampilkan 5 pesan sebelumnya", a plain <details>
 * that opens in place), so the answer and the action under it are on a phone's first screen.
 */
export function MessageList({ ticket, timeZone }: { ticket: TicketDetail; timeZone: string }) {
  const viewerSide: MessageAuthorSide = ticket.relation === "ASKER" ? "ASKER" : "HANDLER";
  const earlier = ticket.messages.slice(0, -1);
  const latest = ticket.messages.slice(-1);
  const item = (message: TicketDetail["messages"][number]) => (
    <li key={message.id}>
      <MessageItem message={message} ticket={ticket} viewerSide={viewerSide} timeZone={timeZone} />
    </li>
  );
  return (
    <section aria-labelledby="percakapan-judul" className="space-y-3">
      <h2 id="percakapan-judul" className="text-lg font-bold text-brand-800">
        Percakapan <span className="font-normal text-muted">({ticket.messages.length} pesan)</span>
      </h2>
      {earlier.length > 0 && (
        <details className="group">
          <summary className="inline-flex min-h-11 cursor-pointer items-center font-semibold text-brand-700">
            <span className="group-open:hidden">Tampilkan {COUNT.format(earlier.length)} pesan sebelumnya</span>
            <span className="hidden group-open:inline">
              Sembunyikan {COUNT.format(earlier.length)} pesan sebelumnya
            </span>
          </summary>
          <ol className="mt-3 space-y-3">{earlier.map(item)}</ol>
        </details>
      )}
      <ol className="space-y-3" start={earlier.length + 1}>
        {latest.map(item)}
      </ol>
    </section>
  );
}
