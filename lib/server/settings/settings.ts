// The settings in use: the SLA clock durations and the attachment limits. Each is the admin's value
// (the Setting table, /admin/pengaturan) if there is one, else its environment variable, else the
// default (lib/domain/settings.ts).
//
// The accessors are synchronous (pages, the ticket service and the clocks call them in many places), so
// they read a cache. It lives on globalThis because Next bundles instrumentation.ts apart from the
// routes: a module-level variable would exist twice. instrumentation.ts loads it at server start; it
// is reloaded right after an admin saves, on every server at once when the save's notification arrives
// (watchSettings, lib/server/database/notify.ts), and in the background when older than 30 s (a safety net, should
// a notification be lost). Before any load (scripts, unit tests) it is empty: the environment and the
// defaults apply, and nothing touches a database.
import "server-only";
import {
  clockDurationsOf,
  isWithinBounds,
  resolveSettings,
  SETTING_KEYS,
  type ResolvedSettings,
  type SettingKey,
  type SettingValues,
} from "@/lib/domain/settings";
import type { ClockDurations } from "@/lib/domain/types";
import { getEnvSettingValues } from "@/lib/server/config/env";
import type { PrismaClient } from "@/lib/server/generated/prisma/client";
import { listenForChanges, type Listening } from "@/lib/server/database";

export const SETTINGS_STALE_MS = 30_000;

interface SettingsCache {
  stored: Partial<SettingValues>;
  /** performance.now() when the read began (monotonic: a wall-clock jump neither freezes nor floods reloads). */
  loadedAt: number;
  /** Which read this is: a slow background read never overwrites a newer load (e.g. the one after a save). */
  readSeq: number;
  /** Goes up whenever the stored values change: callers holding derived state may compare it. */
  version: number;
  /** The database the cache was loaded from; background refreshes read it again. */
  prisma: PrismaClient;
  refreshing?: Promise<void>;
}

const holder = globalThis as unknown as {
  __helpdeskSettings?: SettingsCache;
  __helpdeskSettingsReads?: number;
  __helpdeskSettingsWatch?: Listening | null;
};

function startRead(): { readSeq: number; readAt: number } {
  holder.__helpdeskSettingsReads = (holder.__helpdeskSettingsReads ?? 0) + 1;
  return { readSeq: holder.__helpdeskSettingsReads, readAt: performance.now() };
}

function isSettingKey(key: string): key is SettingKey {
  return (SETTING_KEYS as readonly string[]).includes(key);
}

/** The admin's stored values; a row that is unknown, not a number or out of bounds is ignored (and logged). */
export async function readStoredSettings(prisma: PrismaClient): Promise<Partial<SettingValues>> {
  const rows = await prisma.setting.findMany({
    where: { key: { in: [...SETTING_KEYS] } },
    select: { key: true, value: true },
  });
  const stored: Partial<SettingValues> = {};
  for (const row of rows) {
    if (isSettingKey(row.key) && typeof row.value === "number" && isWithinBounds(row.key, row.value))
      stored[row.key] = row.value;
    else console.warn(`[settings] nilai pengaturan "${row.key}" di basis data tidak sah dan diabaikan`);
  }
  return stored;
}

function sameValues(a: Partial<SettingValues>, b: Partial<SettingValues>): boolean {
  return SETTING_KEYS.every((key) => a[key] === b[key]);
}

function store(prisma: PrismaClient, stored: Partial<SettingValues>, read: { readSeq: number; readAt: number }): void {
  const previous = holder.__helpdeskSettings;
  if (previous && previous.readSeq > read.readSeq) return;
  const changed = !previous || !sameValues(previous.stored, stored);
  holder.__helpdeskSettings = {
    stored,
    loadedAt: read.readAt,
    readSeq: read.readSeq,
    version: (previous?.version ?? 0) + (changed ? 1 : 0),
    prisma,
  };
}

/** Loads (or reloads) the admin's values into the cache. Awaited at server start and after a save. */
export async function loadSettings(prisma: PrismaClient): Promise<void> {
  const read = startRead();
  try {
    store(prisma, await readStoredSettings(prisma), read);
  } catch (error) {
    // Never loaded: an empty cache that is already stale, so the next read tries again in the background.
    holder.__helpdeskSettings ??= { stored: {}, loadedAt: -Infinity, readSeq: 0, version: 0, prisma };
    throw error;
  }
}

/**
 * At server start: reload the settings whenever another server saves them (and after the listening
 * connection was lost, since a notification may have been missed). Once per process.
 */
export function watchSettings(prisma: PrismaClient): Listening | null {
  if (holder.__helpdeskSettingsWatch !== undefined) return holder.__helpdeskSettingsWatch;
  holder.__helpdeskSettingsWatch = listenForChanges(prisma, "settings", () => {
    loadSettings(prisma).catch((error: unknown) => console.error("[settings] memuat ulang pengaturan gagal", error));
  });
  return holder.__helpdeskSettingsWatch;
}

/** Tests: stop listening (the next watchSettings starts again). */
export async function stopWatchingSettings(): Promise<void> {
  const watching = holder.__helpdeskSettingsWatch;
  delete holder.__helpdeskSettingsWatch;
  await watching?.stop();
}

/** A stale cache is returned as it is, and reloaded in the background (once at a time). */
function refreshIfStale(cache: SettingsCache): void {
  if (cache.refreshing || performance.now() - cache.loadedAt < SETTINGS_STALE_MS) return;
  const read = startRead();
  cache.refreshing = readStoredSettings(cache.prisma)
    .then((stored) => store(cache.prisma, stored, read))
    .catch((error: unknown) => {
      // Keep serving the last values; try again after another interval rather than on every call.
      console.error("[settings] memuat ulang pengaturan gagal", error);
      cache.loadedAt = performance.now();
    })
    .finally(() => {
      cache.refreshing = undefined;
    });
}

/** The values in use with where each comes from. */
export function getResolvedSettings(): ResolvedSettings {
  const cache = holder.__helpdeskSettings;
  if (cache) refreshIfStale(cache);
  return resolveSettings(cache?.stored ?? {}, getEnvSettingValues());
}

/** 0 before the first load; goes up whenever the admin's values change. */
export function getSettingsVersion(): number {
  return holder.__helpdeskSettings?.version ?? 0;
}

export function getClockDurations(): ClockDurations {
  return clockDurationsOf(getResolvedSettings().values);
}

/** How many files a message may carry and how large each may be. */
export interface AttachmentLimits {
  maxFiles: number;
  maxFileBytes: number;
}

export function getAttachmentLimits(): AttachmentLimits {
  const { attachmentMaxFiles, attachmentMaxMb } = getResolvedSettings().values;
  return { maxFiles: attachmentMaxFiles, maxFileBytes: Math.round(attachmentMaxMb * 1024 * 1024) };
}

/** Tests: forget the cache (back to environment and defaults). */
export function resetSettingsCache(): void {
  delete holder.__helpdeskSettings;
}
