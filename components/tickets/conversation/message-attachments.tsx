// A message's files: images as small thumbnails that open the full picture, PDFs as downloads. Both are
// served by /api/lampiran/<id>, which checks that the viewer may read the message.
import { formatFileSize, isImageType } from "@/lib/domain/attachment-type";
import type { TicketMessageDto } from "@/lib/server/tickets";

/** The thumbnail's box on the page (the stored thumbnail is up to 320 px: sharp on high-density screens). */
const SHOWN_SIZE = 160;

function shownSize(width: number | null, height: number | null): { width: number; height: number } {
  if (!width || !height) return { width: SHOWN_SIZE, height: SHOWN_SIZE };
  const scale = Math.min(1, SHOWN_SIZE / Math.max(width, height));
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

export function MessageAttachments({ attachments }: { attachments: TicketMessageDto["attachments"] }) {
  if (attachments.length === 0) return null;
  const images = attachments.filter((a) => isImageType(a.mimeType));
  const documents = attachments.filter((a) => !isImageType(a.mimeType));
  return (
    <div className="mt-3 border-t border-line/70 pt-2">
      <p className="text-sm font-semibold text-muted">Lampiran</p>
      {images.length > 0 && (
        <ul className="mt-2 flex flex-wrap gap-3">
          {images.map((image) => {
            const size = shownSize(image.width, image.height);
            return (
              <li key={image.id} className="max-w-[10rem]">
                <a href={`/api/lampiran/${image.id}`} target="_blank" rel="noopener" className="block">
                  {/* A plain img: the thumbnail is already small, and next/image would add client code. */}
                  {/* eslint-disable-next-line @next/next/no-img-element */}
                  <img
                    src={`/api/lampiran/${image.id}?ukuran=kecil`}
                    alt={`Gambar lampiran ${image.fileName}`}
                    width={size.width}
                    height={size.height}
                    loading="lazy"
                    decoding="async"
                    className="rounded border border-line bg-slate-100"
                  />
                  <span className="mt-1 block break-all text-xs text-muted">
                    {image.fileName} ({formatFileSize(image.sizeBytes)})
                  </span>
                </a>
              </li>
            );
          })}
        </ul>
      )}
      {documents.length > 0 && (
        <ul className="mt-2 space-y-1 text-sm">
          {documents.map((document) => (
            <li key={document.id} className="break-all">
              <a
                href={`/api/lampiran/${document.id}`}
                download={document.fileName}
                className="inline-flex min-h-11 items-center font-semibold text-brand-700 underline"
              >
                Unduh {document.fileName}
              </a>{" "}
              <span className="text-muted">(PDF, {formatFileSize(document.sizeBytes)})</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
