// Attachment files in the configured store (file-store.ts: a folder, or S3-compatible object storage):
// <yyyy>/<mm>/<random>.<ext>, and for images a small WebP thumbnail beside it (<key>.kecil.webp). The
// database holds only the key.
import "server-only";
import crypto from "node:crypto";
import path from "node:path";
import sharp from "sharp";
import { ATTACHMENT_TYPES, type AttachmentMimeType } from "@/lib/domain";
import { getAttachmentDir } from "@/lib/server/config";
import { getFileStore, objectName, type FileStore, type StoredObject, type Variant } from "./file-store";

export { StorageUnavailableError, isStorageUnavailable } from "./file-store";

/** An image whose header looks right but whose content cannot be read (cut off, corrupt). */
export class UnreadableImageError extends Error {}

/** The thumbnail's longest side, in pixels. */
export const THUMBNAIL_SIZE = 320;

/** The file's absolute path in the attachment folder (the folder driver; tests and tools). */
export function pathOfKey(storageKey: string, variant: Variant = "original", dir = getAttachmentDir()): string {
  return path.join(dir, ...objectName(storageKey, variant).split("/"));
}

export interface SavedFile {
  storageKey: string;
  /** What was stored: fewer bytes than uploaded when the photo's metadata was removed. */
  sizeBytes: number;
  width: number | null;
  height: number | null;
}

/**
 * The original as it is kept: a photo's metadata (EXIF with the phone's GPS position, the camera, the
 * time; XMP; IPTC) is removed, and its orientation applied to the pixels so it still stands upright.
 * An image without metadata (a screenshot) is kept byte for byte.
 */
async function withoutMetadata(bytes: Buffer, mimeType: AttachmentMimeType, meta: sharp.Metadata): Promise<Buffer> {
  if (!meta.exif && !meta.xmp && !meta.iptc) return bytes;
  const upright = sharp(bytes, { failOn: "error", limitInputPixels: 100_000_000 }).rotate();
  if (mimeType === "image/jpeg") return upright.jpeg({ quality: 92 }).toBuffer();
  if (mimeType === "image/webp") return upright.webp({ quality: 92 }).toBuffer();
  return upright.png().toBuffer();
}

export async function storeFile(
  bytes: Buffer,
  mimeType: AttachmentMimeType,
  now = new Date(),
  store: FileStore = getFileStore(),
): Promise<SavedFile> {
  const month = `${now.getUTCFullYear()}/${String(now.getUTCMonth() + 1).padStart(2, "0")}`;
  const storageKey = `${month}/${crypto.randomBytes(16).toString("hex")}.${ATTACHMENT_TYPES[mimeType].extension}`;
  let width: number | null = null;
  let height: number | null = null;
  let thumbnail: Buffer | null = null;
  if (ATTACHMENT_TYPES[mimeType].isImage) {
    try {
      // rotate(): phone photos carry their orientation in EXIF; the thumbnail is drawn upright.
      const image = sharp(bytes, { failOn: "error", limitInputPixels: 100_000_000 });
      const meta = await image.metadata();
      const turned = (meta.orientation ?? 1) >= 5;
      width = (turned ? meta.height : meta.width) ?? null;
      height = (turned ? meta.width : meta.height) ?? null;
      thumbnail = await image
        .rotate()
        .resize(THUMBNAIL_SIZE, THUMBNAIL_SIZE, { fit: "inside", withoutEnlargement: true })
        .webp({ quality: 70 })
        .toBuffer();
      bytes = await withoutMetadata(bytes, mimeType, meta);
    } catch {
      throw new UnreadableImageError("Gambar tidak dapat dibaca (mungkin rusak atau terpotong). Pilih gambar lain.");
    }
  }
  await store.put(objectName(storageKey), bytes, mimeType);
  try {
    if (thumbnail) await store.put(objectName(storageKey, "thumbnail"), thumbnail, "image/webp");
  } catch (error) {
    await store.remove([objectName(storageKey)]).catch(() => undefined);
    throw error;
  }
  return { storageKey, sizeBytes: bytes.length, width, height };
}

/** The stored file (or its thumbnail), or null when the store does not have it. */
export function readStoredFile(
  storageKey: string,
  variant: Variant = "original",
  store: FileStore = getFileStore(),
): Promise<StoredObject | null> {
  return store.read(objectName(storageKey, variant));
}

export async function removeStoredFile(storageKey: string, store: FileStore = getFileStore()): Promise<void> {
  await store.remove([objectName(storageKey), objectName(storageKey, "thumbnail")]);
}
