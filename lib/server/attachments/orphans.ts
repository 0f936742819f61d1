// Files in the attachment folder that no attachment row names: left behind when the server stopped
// between storing a submit's files and the message's commit (a refused or retried submit removes its
// own files at once). Only files older than a day are considered, so a submit still in flight is never
// touched. Run once a day by each server process (the folder is that server's disk), or by hand:
// `npm run attachments:clean`.
import fs from "node:fs";
import path from "node:path";
import type { PrismaClient } from "../generated/prisma/client";
import { getAttachmentDir } from "../env";

export const ORPHAN_AGE_MS = 24 * 60 * 60 * 1000;
const LOOKUP_CHUNK = 500;
const THUMBNAIL_SUFFIX = ".kecil.webp";
const KEY = /^\d{4}\/\d{2}\/[a-f0-9]{32}\.(png|jpg|webp|pdf)$/;
const TEMPORARY = /^\d{4}\/\d{2}\/[a-f0-9]{32}\.(png|jpg|webp|pdf)(\.kecil\.webp)?\.[a-f0-9]{8}\.tmp$/;

export interface OrphanCleanup {
  checked: number;
  removed: number;
}

/** Every file below `dir`, as a path relative to it with "/" separators. */
async function filesBelow(dir: string): Promise<string[]> {
  try {
    const entries = await fs.promises.readdir(dir, { recursive: true, withFileTypes: true });
    return entries
      .filter((entry) => entry.isFile())
      .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join("/"));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  }
}

export async function removeOrphanFiles(
  prisma: PrismaClient,
  { now = new Date(), olderThanMs = ORPHAN_AGE_MS, dir = getAttachmentDir() }: { now?: Date; olderThanMs?: number; dir?: string } = {},
): Promise<OrphanCleanup> {
  const cutoff = now.getTime() - olderThanMs;
  const old: { file: string; key: string | null }[] = [];
  for (const file of await filesBelow(dir)) {
    const key = file.endsWith(THUMBNAIL_SUFFIX) ? file.slice(0, -THUMBNAIL_SUFFIX.length) : file;
    // Only our own names: anything else an operator put there is left alone.
    const isTemporary = TEMPORARY.test(file);
    if (!isTemporary && !KEY.test(key)) continue;
    const { mtimeMs } = await fs.promises.stat(path.join(dir, file));
    if (mtimeMs < cutoff) old.push({ file, key: isTemporary ? null : key });
  }
  const known = new Set<string>();
  const keys = [...new Set(old.flatMap((entry) => (entry.key ? [entry.key] : [])))];
  for (let i = 0; i < keys.length; i += LOOKUP_CHUNK) {
    const rows = await prisma.attachment.findMany({ where: { storageKey: { in: keys.slice(i, i + LOOKUP_CHUNK) } }, select: { storageKey: true } });
    for (const row of rows) known.add(row.storageKey);
  }
  let removed = 0;
  for (const entry of old) {
    if (entry.key && known.has(entry.key)) continue;
    await fs.promises.rm(path.join(dir, entry.file), { force: true });
    removed += 1;
  }
  return { checked: old.length, removed };
}

const holder = globalThis as unknown as { __helpdeskOrphanTimer?: NodeJS.Timeout };

/** Once a day in this server process (first an hour after start); never keeps the process alive. */
export function startOrphanCleanup(prisma: () => PrismaClient, intervalMs = ORPHAN_AGE_MS): void {
  if (holder.__helpdeskOrphanTimer) return;
  const run = () =>
    void removeOrphanFiles(prisma())
      .then(({ removed }) => {
        if (removed > 0) console.info(`[lampiran] ${removed} berkas tanpa pesan dihapus`);
      })
      .catch((error) => console.error("[lampiran] pembersihan berkas gagal", error));
  const first = setTimeout(run, 60 * 60 * 1000);
  first.unref();
  holder.__helpdeskOrphanTimer = setInterval(run, intervalMs);
  holder.__helpdeskOrphanTimer.unref();
}
