// Files in the attachment store that no attachment row names: left behind when a server stopped between
// storing a submit's files and the message's commit (a refused or retried submit removes its own files
// at once). Only files older than a day are considered, so a submit still in flight is never touched.
// Run once a day (startOrphanCleanup below: by one server at a time when the store is shared), or by hand:
// `npm run attachments:clean`.
import "server-only";
import type { PrismaClient } from "../generated/prisma/client";
import { runAlone } from "@/lib/server/database";
import { getFileStore, KEY_PATTERN, TEMPORARY_PATTERN, THUMBNAIL_SUFFIX, type FileStore } from "./file-store";

export const ORPHAN_AGE_MS = 24 * 60 * 60 * 1000;
/** Names looked up in the database at once (the store is read page by page, never held whole). */
const LOOKUP_CHUNK = 500;

export interface OrphanCleanup {
  checked: number;
  removed: number;
}

export async function removeOrphanFiles(
  prisma: PrismaClient,
  {
    now = new Date(),
    olderThanMs = ORPHAN_AGE_MS,
    store = getFileStore(),
  }: { now?: Date; olderThanMs?: number; store?: FileStore } = {},
): Promise<OrphanCleanup> {
  const cutoff = now.getTime() - olderThanMs;
  const result: OrphanCleanup = { checked: 0, removed: 0 };
  let pending: { name: string; key: string | null }[] = [];

  async function settle() {
    const keys = [...new Set(pending.flatMap((entry) => (entry.key ? [entry.key] : [])))];
    const rows = keys.length
      ? await prisma.attachment.findMany({ where: { storageKey: { in: keys } }, select: { storageKey: true } })
      : [];
    const known = new Set(rows.map((row) => row.storageKey));
    const orphans = pending.filter((entry) => !entry.key || !known.has(entry.key)).map((entry) => entry.name);
    if (orphans.length) await store.remove(orphans);
    result.removed += orphans.length;
    pending = [];
  }

  for await (const object of store.list()) {
    const key = object.name.endsWith(THUMBNAIL_SUFFIX) ? object.name.slice(0, -THUMBNAIL_SUFFIX.length) : object.name;
    // Only our own names: anything else an operator put there is left alone.
    const isTemporary = TEMPORARY_PATTERN.test(object.name);
    if (!isTemporary && !KEY_PATTERN.test(key)) continue;
    if (object.modifiedAt.getTime() >= cutoff) continue;
    result.checked += 1;
    pending.push({ name: object.name, key: isTemporary ? null : key });
    if (pending.length >= LOOKUP_CHUNK) await settle();
  }
  await settle();
  return result;
}

const holder = globalThis as unknown as { __helpdeskOrphanTimer?: NodeJS.Timeout };

/** How often a server asks whether the daily cleanup is due. */
const CHECK_EVERY_MS = 60 * 60 * 1000;

/**
 * The daily cleanup, checked hourly in this server process (first ten minutes after start); never keeps
 * the process alive. With object storage one server does it for all (runAlone: once a day in all, and
 * another server takes over when that one is gone); a folder is cleaned by each server that has it.
 */
export function startOrphanCleanup(prisma: () => PrismaClient): void {
  if (holder.__helpdeskOrphanTimer) return;
  let lastLocalRun = -Infinity;
  let running = false;
  const clean = () => removeOrphanFiles(prisma());
  const run = async () => {
    const store = getFileStore();
    if (store.shared)
      return runAlone(prisma(), "attachmentCleanup", clean, { everyMs: ORPHAN_AGE_MS - CHECK_EVERY_MS });
    if (performance.now() - lastLocalRun < ORPHAN_AGE_MS - CHECK_EVERY_MS) return null;
    lastLocalRun = performance.now();
    return clean();
  };
  const tick = () => {
    if (running) return;
    running = true;
    void run()
      .then((result) => {
        if (result && result.removed > 0) console.info(`[lampiran] ${result.removed} berkas tanpa pesan dihapus`);
      })
      .catch((error) => console.error("[lampiran] pembersihan berkas gagal", error))
      .finally(() => {
        running = false;
      });
  };
  const first = setTimeout(tick, 10 * 60 * 1000);
  first.unref();
  holder.__helpdeskOrphanTimer = setInterval(tick, CHECK_EVERY_MS);
  holder.__helpdeskOrphanTimer.unref();
}
