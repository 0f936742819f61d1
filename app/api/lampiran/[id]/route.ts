// Serves an attachment to those who may read its message (lib/server/attachments/access.ts); to
// everyone else it does not exist. Images are shown inline (?ukuran=kecil: the thumbnail), PDFs are
// downloaded. The files are streamed from the store (a folder outside the web root, or object storage)
// after that check; no name outside the attachment keys can be read.
import { fileNameForType, isImageType } from "@/lib/domain";
import { findAttachmentForActor, isStorageUnavailable, readStoredFile } from "@/lib/server/attachments";
import { getCurrentUser } from "@/lib/server/auth";
import { getPrisma } from "@/lib/server/database";

function refuse(status: 401 | 404 | 503, message: string): Response {
  const headers: Record<string, string> = { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" };
  if (status === 503) headers["Retry-After"] = "30";
  return new Response(message, { status, headers });
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
  // Ids are cuids or UUIDs: anything else (a NUL, a space, a very long text) cannot be one.
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(id)) return refuse(404, "Lampiran tidak ditemukan.");
  const attachment = await findAttachmentForActor(getPrisma(), user.actor, id);
  if (!attachment) return refuse(404, "Lampiran tidak ditemukan.");

  const isImage = isImageType(attachment.mimeType);
  const wantsThumbnail = isImage && new URL(request.url).searchParams.get("ukuran") === "kecil";
  let stored;
  try {
    stored = await readStoredFile(attachment.storageKey, wantsThumbnail ? "thumbnail" : "original");
  } catch (error) {
    if (!isStorageUnavailable(error)) throw error;
    console.error("[lampiran]", error.message, error.cause instanceof Error ? error.cause.message : "");
    return refuse(503, "Penyimpanan lampiran sedang tidak dapat dihubungi. Coba lagi sebentar lagi.");
  }
  if (!stored) {
    console.error(`[lampiran] berkas hilang dari penyimpanan: ${attachment.storageKey}`);
    return refuse(404, "Berkas lampiran tidak ditemukan di penyimpanan.");
  }
  const servedType = wantsThumbnail ? "image/webp" : attachment.mimeType;
  return new Response(stored.body, {
    headers: {
      "Content-Type": servedType,
      "Content-Length": String(stored.size),
      // Named after what is sent: a thumbnail is WebP, and a name typed with another type's extension
      // (a PDF sent as "x.png") gets the right one.
      "Content-Disposition": contentDisposition(
        isImage ? "inline" : "attachment",
        fileNameForType(attachment.fileName, servedType),
      ),
      // The key is random and never reused: the user's own browser may keep it; shared caches may not.
      "Cache-Control": "private, max-age=86400",
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox",
    },
  });
}
