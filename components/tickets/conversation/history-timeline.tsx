import { formatShortDateTime } from "@/lib/domain";
import type { TicketDetail } from "@/lib/server/tickets";
import { describeEvent, type EventTextContext } from "./event-text";
import { authorRoleLabel } from "./ticket-labels";

interface HistoryTimelineProps {
  ticket: TicketDetail;
  context: EventTextContext;
  timeZone: string;
}

/** Every change of the ticket in words, oldest first: who, what, when ("Sistem" for the clocks). */
export function HistoryTimeline({ ticket, context, timeZone }: HistoryTimelineProps) {
  return (
    <section aria-labelledby="riwayat-judul" className="space-y-3">
      <h2 id="riwayat-judul" className="text-lg font-bold text-brand-800">
        Riwayat tiket
      </h2>
      <ol className="space-y-0 border-l-2 border-brand-200 pl-4">
        {ticket.events.map((event) => (
          <li key={event.id} className="relative pb-4 last:pb-0">
            <span
              aria-hidden="true"
              className="absolute top-2 -left-[23px] size-3 rounded-full border-2 border-white bg-brand-600"
            />
            <p className="font-semibold">{describeEvent(event, context)}</p>
            <p className="text-sm text-muted">
              <time dateTime={event.at.toISOString()}>{formatShortDateTime(event.at, timeZone)}</time>
              {" · "}
              {event.actor ? authorRoleLabel(event.actor.role, ticket) : "Sistem"}
            </p>
          </li>
        ))}
      </ol>
    </section>
  );
}
