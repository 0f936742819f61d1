// Attachment files on disk, in the configured folder outside the web root (ATTACHMENT_DIR, default
// .data/lampiran): <yyyy>/<mm>/<random>.<ext>, and for images a small WebP thumbnail beside it
// (<key>.kecil.webp). Files are written under a temporary name and renamed, so a half-written file is
// never served. The database holds only the key.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import sharp from "sharp";
import { ATTACHMENT_TYPES, type AttachmentMimeType } from "@/lib/domain";
import { getAttachmentDir } from "../env";

/** An image whose header looks right but whose content cannot be read (cut off, corrupt). */
export class UnreadableImageError extends Error {}

/** The thumbnail's longest side, in pixels. */
export const THUMBNAIL_SIZE = 320;

const KEY_PATTERN = /^\d{4}\/\d{2}\/[a-f0-9]{32}\.(png|jpg|webp|pdf)$/;

/** The file's absolute path; throws on a key that is not one of ours (no path can escape the folder). */
export function pathOfKey(storageKey: string, variant: "original" | "thumbnail" = "original"): string {
  if (!KEY_PATTERN.test(storageKey)) throw new Error(`bukan kunci lampiran: ${storageKey}`);
  return path.join(getAttachmentDir(), variant === "original" ? storageKey : `${storageKey}.kecil.webp`);
}

async function writeAtomically(target: string, bytes: Buffer) {
  await fs.promises.mkdir(path.dirname(target), { recursive: true });
  const temporary = `${target}.${crypto.randomBytes(4).toString("hex")}.tmp`;
  await fs.promises.writeFile(temporary, bytes, { flag: "wx", mode: 0o640 });
  await fs.promises.rename(temporary, target);
}

export interface SavedFile {
  storageKey: string;
  width: number | null;
  height: number | null;
}

export async function storeFile(bytes: Buffer, mimeType: AttachmentMimeType, now = new Date()): Promise<SavedFile> {
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
    } catch {
      throw new UnreadableImageError("Gambar tidak dapat dibaca (mungkin rusak atau terpotong). Pilih gambar lain.");
    }
  }
  await writeAtomically(pathOfKey(storageKey), bytes);
  if (thumbnail) await writeAtomically(pathOfKey(storageKey, "thumbnail"), thumbnail);
  return { storageKey, width, height };
}

export async function removeStoredFile(storageKey: string): Promise<void> {
  await fs.promises.rm(pathOfKey(storageKey), { force: true });
  await fs.promises.rm(pathOfKey(storageKey, "thumbnail"), { force: true });
}
