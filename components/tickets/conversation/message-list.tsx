import type { MessageAuthorSide } from "@/lib/domain";
import type { TicketDetail } from "@/lib/server/tickets";
import { MessageItem } from "./message-item";

/** The conversation in order: public replies of both sides, and the notes the viewer may read. */
export function MessageList({ ticket, timeZone }: { ticket: TicketDetail; timeZone: string }) {
  const viewerSide: MessageAuthorSide = ticket.relation === "ASKER" ? "ASKER" : "HANDLER";
  return (
    <section aria-labelledby="percakapan-judul" className="space-y-3">
      <h2 id="percakapan-judul" className="text-lg font-bold text-brand-800">
        Percakapan <span className="font-normal text-muted">({ticket.messages.length} pesan)</span>
      </h2>
      <ol className="space-y-3">
        {ticket.messages.map((message) => (
          <li key={message.id}>
            <MessageItem message={message} ticket={ticket} viewerSide={viewerSide} timeZone={timeZone} />
          </li>
        ))}
      </ol>
    </section>
  );
}
