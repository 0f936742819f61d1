import { formatShortDateTime, type MessageAuthorSide } from "@/lib/domain";
import type { TicketDetail, TicketMessageDto } from "@/lib/server/tickets";
import { MessageAttachments } from "./message-attachments";
import { authorRoleLabel } from "./ticket-labels";

interface MessageItemProps {
  message: TicketMessageDto;
  ticket: TicketDetail;
  /** The viewer's own side sits on the right, like the chat apps people know. */
  viewerSide: MessageAuthorSide;
  timeZone: string;
}

const NOTE_LABEL = {
  INTERNAL_NOTE: "Catatan internal — tidak terlihat oleh penanya",
  FORWARD_NOTE: "Catatan penerusan ke Helpdesk — tidak terlihat oleh penanya",
} as const;

export function MessageItem({ message, ticket, viewerSide, timeZone }: MessageItemProps) {
  const time = (
    <time dateTime={message.createdAt.toISOString()} className="text-sm text-muted">
      {formatShortDateTime(message.createdAt, timeZone)}
    </time>
  );
  if (message.kind !== "PUBLIC") {
    return (
      <article className="rounded-xl border-2 border-dashed border-accent-700/60 bg-accent-100 p-3 sm:p-4">
        <p className="text-sm font-bold text-accent-700">{NOTE_LABEL[message.kind]}</p>
        <Author message={message} ticket={ticket} />
        <p className="mt-2 whitespace-pre-wrap">{message.body}</p>
        <MessageAttachments attachments={message.attachments} />
        <p className="mt-2">{time}</p>
      </article>
    );
  }
  const side = message.side ?? "ASKER";
  const isOwnSide = side === viewerSide;
  const tone = side === "ASKER" ? "border-line bg-white" : "border-brand-200 bg-brand-50";
  return (
    <article className={`rounded-xl border p-3 sm:p-4 ${tone} ${isOwnSide ? "ml-6 sm:ml-16" : "mr-6 sm:mr-16"}`}>
      <p className="text-sm font-bold tracking-wide text-muted uppercase">{side === "ASKER" ? "Penanya" : "Petugas"}</p>
      <Author message={message} ticket={ticket} />
      <p className="mt-2 whitespace-pre-wrap">{message.body}</p>
      <MessageAttachments attachments={message.attachments} />
      <p className="mt-2">{time}</p>
    </article>
  );
}

function Author({ message, ticket }: { message: TicketMessageDto; ticket: TicketDetail }) {
  const { author } = message;
  if (!author) return <p className="font-semibold">Sistem</p>;
  // A walk-in visitor's words, typed in at the ULT counter by a helpdesk member.
  if (message.side === "ASKER" && author.role === "HELPDESK") {
    return (
      <p>
        <span className="font-semibold">{ticket.visitor?.name ?? "Pengunjung loket ULT"}</span>{" "}
        <span className="text-muted">· dicatat oleh {author.displayName} di loket ULT</span>
      </p>
    );
  }
  return (
    <p>
      <span className="font-semibold">{author.displayName}</span>{" "}
      <span className="text-muted">· {authorRoleLabel(author.role, ticket)}</span>
    </p>
  );
}
