// Uploaded export files wait in a private temporary folder until they are imported. The browser sends
// a file in pieces of at most 4 MB: the app's proxy (proxy.ts) buffers request bodies only up to 10 MB
// and silently cuts longer ones, and a cut file must never be imported as if it were whole. Each piece
// says where it starts; a piece that does not continue the file exactly is refused, and the import
// checks the final size against the size the browser announced.
import crypto from "node:crypto";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";

export const UPLOAD_CHUNK_BYTES = 4 * 1024 * 1024;
export const MAX_UPLOAD_BYTES = 100 * 1024 * 1024;
const STALE_AFTER_MS = 24 * 60 * 60 * 1000;
const ROOT = path.join(os.tmpdir(), "helpdesk-impor-sekolah");

export type UploadResult = { ok: true; size: number } | { ok: false; status: number; message: string };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Each admin has a folder of their own; an upload id is only ever looked up in the uploader's folder. */
function uploadPath(userId: string, uploadId: string): string | null {
  if (!UUID.test(uploadId)) return null;
  const owner = crypto.createHash("sha256").update(userId).digest("hex").slice(0, 32);
  return path.join(ROOT, owner, `${uploadId.toLowerCase()}.csv`);
}

async function sizeOf(file: string): Promise<number | null> {
  try {
    return (await fs.stat(file)).size;
  } catch {
    return null;
  }
}

/** Uploads abandoned for a day are removed (a closed tab leaves its pieces behind). */
async function removeStaleUploads(): Promise<void> {
  const now = Date.now();
  const owners = await fs.readdir(ROOT).catch(() => [] as string[]);
  for (const owner of owners) {
    const folder = path.join(ROOT, owner);
    for (const name of await fs.readdir(folder).catch(() => [] as string[])) {
      const file = path.join(folder, name);
      const stat = await fs.stat(file).catch(() => null);
      if (stat && now - stat.mtimeMs > STALE_AFTER_MS) await fs.rm(file, { force: true });
    }
  }
}

/** Appends one piece at `offset`, which must be exactly where the file so far ends. */
export async function appendUploadPiece(userId: string, uploadId: string, offset: number, piece: Uint8Array): Promise<UploadResult> {
  const file = uploadPath(userId, uploadId);
  if (!file || !Number.isSafeInteger(offset) || offset < 0) return { ok: false, status: 400, message: "Permintaan unggah tidak sah." };
  if (piece.byteLength === 0 || piece.byteLength > UPLOAD_CHUNK_BYTES) return { ok: false, status: 413, message: "Potongan berkas terlalu besar." };
  if (offset + piece.byteLength > MAX_UPLOAD_BYTES) {
    return { ok: false, status: 413, message: `Berkas lebih dari ${MAX_UPLOAD_BYTES / 1024 / 1024} MB. Bagi berkas menjadi beberapa bagian.` };
  }
  if (offset === 0) {
    await removeStaleUploads();
    await fs.mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
    await fs.writeFile(file, piece, { mode: 0o600 });
    return { ok: true, size: piece.byteLength };
  }
  const size = await sizeOf(file);
  if (size !== offset) return { ok: false, status: 409, message: "Unggahan terputus. Pilih berkasnya lalu unggah lagi dari awal." };
  await fs.appendFile(file, piece);
  return { ok: true, size: offset + piece.byteLength };
}

/** The complete uploaded file, if it has exactly the size the browser announced. */
export async function completedUpload(userId: string, uploadId: string, expectedSize: number): Promise<{ ok: true; file: string } | { ok: false; message: string }> {
  const file = uploadPath(userId, uploadId);
  const size = file ? await sizeOf(file) : null;
  if (!file || size === null) return { ok: false, message: "Berkas unggahan tidak ditemukan. Pilih berkasnya lalu unggah lagi." };
  if (size !== expectedSize) {
    await fs.rm(file, { force: true });
    return { ok: false, message: "Berkas tidak terunggah utuh. Pilih berkasnya lalu unggah lagi." };
  }
  return { ok: true, file };
}

export async function removeUpload(file: string): Promise<void> {
  await fs.rm(file, { force: true });
}
