// The files of one submitted form, checked and stored before the message is written: every file's
// type from its content, the count and sizes against the settings. A refused file refuses the whole
// submit with a message naming it, and nothing is stored. Stored files that end up unused (the
// submit was refused or was a retry) are removed again by the caller (discardStoredFiles).
import "server-only";
import {
  ACCEPTED_TYPES_TEXT,
  SNIFF_BYTES,
  cleanFileName,
  formatFileSize,
  sniffAttachmentType,
  type AttachmentMimeType,
} from "@/lib/domain";
import type { AttachmentLimits } from "@/lib/server/settings";
import { isStorageUnavailable, UnreadableImageError, removeStoredFile, storeFile } from "./storage";

/** The store cannot take the files now: nothing is written, the form keeps what was typed and chosen. */
export const STORAGE_UNAVAILABLE_MESSAGE =
  "Lampiran belum dapat disimpan karena penyimpanan berkas sedang bermasalah. Pesan Anda belum terkirim; teks dan lampiran masih di formulir — coba kirim lagi sebentar lagi.";

/** What the message's attachment rows are made of. */
export interface StoredFile {
  fileName: string;
  mimeType: AttachmentMimeType;
  sizeBytes: number;
  storageKey: string;
  width: number | null;
  height: number | null;
}

export type IntakeResult = { ok: true; files: StoredFile[] } | { ok: false; message: string };

/**
 * The form's file field. A form submitted without a chosen file sends one empty, nameless entry: that
 * is no file. It arrives nameless from a plain form post, and named "undefined" through a server action
 * (React's reply decoder passes the missing file name on as `undefined`, which File turns into the
 * string). An empty file the user did choose has its own name, and is refused by intakeFiles.
 */
export function filesOf(formData: FormData, field = "lampiran"): File[] {
  return formData
    .getAll(field)
    .filter(
      (value): value is File =>
        typeof value === "object" && value !== null && "arrayBuffer" in value && !isEmptyFileField(value),
    );
}

function isEmptyFileField(file: File): boolean {
  return file.size === 0 && (file.name === "" || file.name === "undefined");
}

interface CheckedFile {
  name: string;
  bytes: Buffer;
  mimeType: AttachmentMimeType;
}

/** Checks every file first; stores them only when all pass. */
export async function intakeFiles(files: File[], limits: AttachmentLimits): Promise<IntakeResult> {
  if (files.length === 0) return { ok: true, files: [] };
  if (limits.maxFiles === 0)
    return { ok: false, message: "Lampiran sedang tidak diterima. Kirim pesan tanpa lampiran." };
  if (files.length > limits.maxFiles) {
    return { ok: false, message: `Paling banyak ${limits.maxFiles} lampiran per pesan; Anda memilih ${files.length}.` };
  }
  const checked: CheckedFile[] = [];
  for (const file of files) {
    const name = file.name || "lampiran";
    if (file.size > limits.maxFileBytes) {
      return {
        ok: false,
        message: `Berkas "${name}" berukuran ${formatFileSize(file.size)}; paling besar ${formatFileSize(limits.maxFileBytes)} per berkas.`,
      };
    }
    if (file.size === 0)
      return {
        ok: false,
        message: `Berkas "${name}" kosong (0 byte). Pilih berkas yang berisi, atau kirim tanpa lampiran.`,
      };
    const bytes = Buffer.from(await file.arrayBuffer());
    const mimeType = sniffAttachmentType(bytes.subarray(0, SNIFF_BYTES));
    if (!mimeType)
      return { ok: false, message: `Berkas "${name}" tidak dapat dilampirkan: hanya ${ACCEPTED_TYPES_TEXT}.` };
    checked.push({ name, bytes, mimeType });
  }
  const stored: StoredFile[] = [];
  try {
    for (const file of checked) {
      const saved = await storeFile(file.bytes, file.mimeType);
      stored.push({
        fileName: cleanFileName(file.name, file.mimeType),
        mimeType: file.mimeType,
        sizeBytes: saved.sizeBytes,
        storageKey: saved.storageKey,
        width: saved.width,
        height: saved.height,
      });
    }
  } catch (error) {
    await discardStoredFiles(stored);
    if (error instanceof UnreadableImageError) return { ok: false, message: error.message };
    if (isStorageUnavailable(error)) {
      console.error("[lampiran]", error.message, error.cause instanceof Error ? error.cause.message : "");
      return { ok: false, message: STORAGE_UNAVAILABLE_MESSAGE };
    }
    throw error;
  }
  return { ok: true, files: stored };
}

/** Removes files stored for a submit that did not use them. Never throws. */
export async function discardStoredFiles(files: readonly StoredFile[]): Promise<void> {
  await Promise.all(files.map((file) => removeStoredFile(file.storageKey).catch(() => undefined)));
}
