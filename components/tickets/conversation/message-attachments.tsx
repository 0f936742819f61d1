import type { TicketMessageDto } from "@/lib/server/tickets";

// File names and sizes only, for now: downloads and thumbnails come with the attachment work.
export function MessageAttachments({ attachments }: { attachments: TicketMessageDto["attachments"] }) {
  if (attachments.length === 0) return null;
  return (
    <div className="mt-3 border-t border-line/70 pt-2">
      <p className="text-sm font-semibold text-muted">Lampiran</p>
      <ul className="mt-1 space-y-1 text-sm">
        {attachments.map((attachment) => (
          <li key={attachment.id} className="break-all">
            {attachment.fileName} <span className="text-muted">({formatFileSize(attachment.sizeBytes)})</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

const SIZE = new Intl.NumberFormat("id-ID", { maximumFractionDigits: 1 });

/** "850 B", "12 KB", "1,5 MB" */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${SIZE.format(bytes / 1024)} KB`;
  return `${SIZE.format(bytes / (1024 * 1024))} MB`;
}
