// Serves an attachment to those who may read its message (lib/server/attachments/access.ts); to
// everyone else it does not exist. Images are shown inline (?ukuran=kecil: the thumbnail), PDFs are
// downloaded. The files live outside the web root; nothing here lets a path escape their folder.
import fs from "node:fs";
import { Readable } from "node:stream";
import { isImageType } from "@/lib/domain";
import { findAttachmentForActor } from "@/lib/server/attachments/access";
import { pathOfKey } from "@/lib/server/attachments/storage";
import { getCurrentUser } from "@/lib/server/auth/session";
import { getPrisma } from "@/lib/server/db";

function refuse(status: 401 | 404, message: string): Response {
  return new Response(message, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
}

/** RFC 6266 / 5987: an ASCII fallback and the exact UTF-8 name. */
function contentDisposition(kind: "inline" | "attachment", fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

export async function GET(request: Request, context: { params: Promise<{ id: string }> }): Promise<Response> {
  const user = await getCurrentUser();
  if (!user || user.mustChangePassword) return refuse(401, "Silakan masuk terlebih dahulu.");
  const { id } = await context.params;
  const attachment = await findAttachmentForActor(getPrisma(), user.actor, id);
  if (!attachment) return refuse(404, "Lampiran tidak ditemukan.");

  const isImage = isImageType(attachment.mimeType);
  const wantsThumbnail = isImage && new URL(request.url).searchParams.get("ukuran") === "kecil";
  const file = pathOfKey(attachment.storageKey, wantsThumbnail ? "thumbnail" : "original");
  let size: number;
  try {
    size = (await fs.promises.stat(file)).size;
  } catch {
    console.error(`[lampiran] berkas hilang dari penyimpanan: ${attachment.storageKey}`);
    return refuse(404, "Berkas lampiran tidak ditemukan di penyimpanan.");
  }
  const body = Readable.toWeb(fs.createReadStream(file)) as ReadableStream<Uint8Array>;
  return new Response(body, {
    headers: {
      "Content-Type": wantsThumbnail ? "image/webp" : attachment.mimeType,
      "Content-Length": String(size),
      "Content-Disposition": contentDisposition(isImage ? "inline" : "attachment", attachment.fileName),
      // The key is random and never reused: the user's own browser may keep it; shared caches may not.
      "Cache-Control": "private, max-age=86400",
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox",
    },
  });
}
