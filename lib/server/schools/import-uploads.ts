// Uploaded export files wait in the database (ImportUploadPiece) until they are imported, so that any
// app server behind the proxy can take the next piece and run the import. The browser sends a file in
// pieces of at most 4 MB: the app's proxy (proxy.ts) buffers request bodies only up to 10 MB and
// silently cuts longer ones, and a cut file must never be imported as if it were whole. Each piece says
// where it starts; a piece that does not continue the file exactly is refused, and the import checks the
// final size against the size the browser announced.
import "server-only";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { PrismaClient } from "../generated/prisma/client";

export const UPLOAD_CHUNK_BYTES = 4 * 1024 * 1024;
export const MAX_UPLOAD_BYTES = 100 * 1024 * 1024;
export const STALE_UPLOAD_MS = 24 * 60 * 60 * 1000;

export type UploadResult = { ok: true; size: number } | { ok: false; status: number; message: string };

/** An upload whose every byte has arrived: read it with openUpload, remove it with removeUpload. */
export interface CompletedUpload {
  uploadId: string;
  owner: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Each admin's uploads are theirs alone: an upload id is only ever looked up with its uploader. */
function ownerOf(userId: string): string {
  return crypto.createHash("sha256").update(userId).digest("hex").slice(0, 32);
}

async function uploadedSize(prisma: PrismaClient, upload: CompletedUpload): Promise<number | null> {
  const rows = await prisma.$queryRaw<{ size: bigint | null; pieces: bigint }[]>`
    SELECT sum(octet_length("bytes")) AS "size", count(*) AS "pieces"
    FROM "ImportUploadPiece" WHERE "uploadId" = ${upload.uploadId} AND "owner" = ${upload.owner}`;
  const row = rows[0];
  return row && row.pieces > 0n ? Number(row.size ?? 0n) : null;
}

/** Appends one piece at `offset`, which must be exactly where the file so far ends. */
export async function appendUploadPiece(
  prisma: PrismaClient,
  userId: string,
  uploadId: string,
  offset: number,
  piece: Uint8Array,
): Promise<UploadResult> {
  if (!UUID.test(uploadId) || !Number.isSafeInteger(offset) || offset < 0)
    return { ok: false, status: 400, message: "Permintaan unggah tidak sah." };
  if (piece.byteLength === 0 || piece.byteLength > UPLOAD_CHUNK_BYTES)
    return { ok: false, status: 413, message: "Potongan berkas terlalu besar." };
  if (offset + piece.byteLength > MAX_UPLOAD_BYTES) {
    return {
      ok: false,
      status: 413,
      message: `Berkas lebih dari ${MAX_UPLOAD_BYTES / 1024 / 1024} MB. Bagi berkas menjadi beberapa bagian.`,
    };
  }
  const upload: CompletedUpload = { uploadId: uploadId.toLowerCase(), owner: ownerOf(userId) };
  if (offset === 0) {
    // A new upload: abandoned ones (a closed tab leaves its pieces behind) go first, and a restarted
    // upload under the same id starts afresh.
    await prisma.importUploadPiece.deleteMany({ where: { createdAt: { lt: new Date(Date.now() - STALE_UPLOAD_MS) } } });
    await removeUpload(prisma, upload);
  } else if ((await uploadedSize(prisma, upload)) !== offset) {
    return { ok: false, status: 409, message: "Unggahan terputus. Pilih berkasnya lalu unggah lagi dari awal." };
  }
  // As base64 text decoded by the database: the same statement on PostgreSQL and the embedded PGlite
  // (whose Prisma adapter cannot pass binary parameters).
  const base64 = Buffer.from(piece.buffer, piece.byteOffset, piece.byteLength).toString("base64");
  const written = await prisma.$executeRaw`
    INSERT INTO "ImportUploadPiece" ("uploadId", "owner", "offset", "bytes")
    VALUES (${upload.uploadId}, ${upload.owner}, ${offset}, decode(${base64}, 'base64'))
    ON CONFLICT DO NOTHING`;
  // The same piece twice (a retry racing its original): the file so far is not what the browser thinks.
  if (written === 0)
    return { ok: false, status: 409, message: "Unggahan terputus. Pilih berkasnya lalu unggah lagi dari awal." };
  return { ok: true, size: offset + piece.byteLength };
}

/** The complete upload, if it has exactly the size the browser announced. */
export async function completedUpload(
  prisma: PrismaClient,
  userId: string,
  uploadId: string,
  expectedSize: number,
): Promise<{ ok: true; upload: CompletedUpload } | { ok: false; message: string }> {
  if (!UUID.test(uploadId))
    return { ok: false, message: "Berkas unggahan tidak ditemukan. Pilih berkasnya lalu unggah lagi." };
  const upload: CompletedUpload = { uploadId: uploadId.toLowerCase(), owner: ownerOf(userId) };
  const size = await uploadedSize(prisma, upload);
  if (size === null)
    return { ok: false, message: "Berkas unggahan tidak ditemukan. Pilih berkasnya lalu unggah lagi." };
  if (size !== expectedSize) {
    await removeUpload(prisma, upload);
    return { ok: false, message: "Berkas tidak terunggah utuh. Pilih berkasnya lalu unggah lagi." };
  }
  return { ok: true, upload };
}

/** The upload's bytes from the start, a piece at a time (never the whole file in memory). */
export async function* openUpload(prisma: PrismaClient, upload: CompletedUpload): AsyncGenerator<Uint8Array> {
  let offset = 0;
  for (;;) {
    const piece = await prisma.importUploadPiece.findFirst({
      where: { uploadId: upload.uploadId, owner: upload.owner, offset },
      select: { bytes: true },
    });
    if (!piece) return;
    yield piece.bytes;
    offset += piece.bytes.byteLength;
  }
}

export async function removeUpload(prisma: PrismaClient, upload: CompletedUpload): Promise<void> {
  await prisma.importUploadPiece.deleteMany({ where: { uploadId: upload.uploadId, owner: upload.owner } });
}

/**
 * The upload copied to a temporary file on this server, a piece at a time, for the import to read. The
 * import reads its file twice, the second time inside its transaction: on the embedded database that
 * transaction holds the only connection, so reading the pieces from the database then would wait for
 * itself. `remove` deletes the file (the pieces stay until removeUpload).
 */
export async function copyUploadToFile(
  prisma: PrismaClient,
  upload: CompletedUpload,
  dir = os.tmpdir(),
): Promise<{ file: string; remove: () => Promise<void> }> {
  const file = path.join(dir, `helpdesk-impor-${crypto.randomBytes(8).toString("hex")}.csv`);
  const remove = () => fs.promises.rm(file, { force: true });
  const out = await fs.promises.open(file, "wx", 0o600);
  try {
    for await (const piece of openUpload(prisma, upload)) await out.write(piece);
  } catch (error) {
    await out.close();
    await remove();
    throw error;
  }
  await out.close();
  return { file, remove };
}
