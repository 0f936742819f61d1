// Report snapshots: the report's materialized summary. The tables over a period's tickets are exact
// (medians and percentiles need every value, so no per-day rollup can give them) and computing them takes
// PostgreSQL about 0.3 s for a month of the whole country and seconds for a year. A computed result is
// kept in "ReportSnapshot" under its filters and clock durations and reused for REPORT_CACHE_MAX_AGE
// (default 5 minutes); the page says when its figures were computed. While supervisors keep reading a
// snapshot, a timer in the server computes it again before it ages out, so a view someone is working
// with answers from the snapshot. The backlog (as of now) and the drill-down lists are always live.
import "server-only";
import crypto from "node:crypto";
import type { ClockDurations } from "@/lib/domain/types";
import { readRows } from "@/lib/server/database";
import { Prisma } from "../generated/prisma/client";
import type { ReportContext } from "./figures";
import { sqlTimestamp } from "./filters";
import { parseReportFilters, type ReportFilters } from "@/lib/shared/report-params";
import type { SearchParams } from "@/lib/shared/search-params";
import { loadCohortTables, type CohortTables } from "./cohort-tables";
import { runAlone } from "@/lib/server/database";

/** Raised whenever the tables' shape or a figure's definition changes: older snapshots are then ignored. */
export const SNAPSHOT_FORMAT = 1;
/** A snapshot nobody read for this long is removed. */
export const SNAPSHOT_RETENTION_MS = 7 * 24 * 3_600_000;
/** Snapshots read within this window are kept warm by the refresher. */
export const SNAPSHOT_WARM_WINDOW_MS = 30 * 60_000;
/** At most this many snapshots are computed again per refresher run (each takes a core for a while). */
export const SNAPSHOT_REFRESH_LIMIT = 3;
/** readAt is written at most this often per snapshot (a read should not always be a write). */
const READ_MARK_EVERY_MS = 60_000;

export interface CohortView {
  tables: CohortTables;
  /** The "now" the tables were computed for. */
  computedAt: Date;
  /** True when the tables came from a snapshot rather than from this request. */
  reused: boolean;
}

/**
 * The snapshot's key: the format, every filter (the sort too: the kab/kota table is cut after the sort) and
 * the durations. Nothing about the reader: the report is national and for supervisors only (a report
 * scoped to one district would need its scope in the key).
 */
export function snapshotKey(filters: ReportFilters, durations: ClockDurations): string {
  const material = JSON.stringify([
    SNAPSHOT_FORMAT,
    [
      filters.from,
      filters.to,
      filters.province,
      filters.regency,
      filters.category,
      filters.asker,
      filters.channel,
      filters.sort,
    ],
    [durations.escalationMs, durations.helpdeskAnswerMs, durations.expiryMs],
  ]);
  return crypto.createHash("sha256").update(material).digest("hex");
}

async function computeAndStore(
  ctx: ReportContext,
  filters: ReportFilters,
  key: string,
  read: boolean,
): Promise<CohortView> {
  const started = performance.now();
  const tables = await loadCohortTables(ctx, filters);
  const computeMs = Math.round(performance.now() - started);
  const at = sqlTimestamp(ctx.now);
  // A slower, older computation never replaces a newer one; a refresh is not a read. The tables are
  // served even when they cannot be stored (the next view computes them again).
  await ctx.prisma.$executeRaw`
    INSERT INTO "ReportSnapshot" ("key", "filters", "data", "computedAt", "computeMs", "readAt")
    VALUES (${key}, ${JSON.stringify(filters)}::jsonb, ${JSON.stringify(tables)}::jsonb, ${at}, ${computeMs}, ${at})
    ON CONFLICT ("key") DO UPDATE SET
      "filters" = EXCLUDED."filters", "data" = EXCLUDED."data", "computedAt" = EXCLUDED."computedAt",
      "computeMs" = EXCLUDED."computeMs",
      "readAt" = ${read ? Prisma.sql`GREATEST("ReportSnapshot"."readAt", EXCLUDED."readAt")` : Prisma.sql`"ReportSnapshot"."readAt"`}
    WHERE "ReportSnapshot"."computedAt" < EXCLUDED."computedAt"`.catch((error: unknown) => {
    if (!read) throw error;
    console.error("[laporan] snapshot tidak dapat disimpan", error);
  });
  return { tables, computedAt: ctx.now, reused: false };
}

/**
 * The report's tables for these filters: from a snapshot at most `maxAgeMs` old, else computed now and
 * stored. `maxAgeMs` 0 computes them every time and stores nothing.
 */
export async function loadCohortView(
  ctx: ReportContext,
  filters: ReportFilters,
  maxAgeMs: number,
): Promise<CohortView> {
  if (maxAgeMs <= 0) return { tables: await loadCohortTables(ctx, filters), computedAt: ctx.now, reused: false };
  const key = snapshotKey(filters, ctx.durations);
  // Every view of the report reads it: the fast read path (lib/server/database/database.ts).
  const [row] = await readRows<{ data: unknown; computedAt: Date; readAt: Date }>(
    ctx.prisma,
    Prisma.sql`SELECT "data", "computedAt", "readAt" FROM "ReportSnapshot" WHERE "key" = ${key}`,
  );
  const age = row ? ctx.now.getTime() - row.computedAt.getTime() : Number.POSITIVE_INFINITY;
  // A snapshot from "the future" (a clock set back, a test's fixed now) is not reused either.
  if (!row || age < 0 || age > maxAgeMs) return computeAndStore(ctx, filters, key, true);
  if (ctx.now.getTime() - row.readAt.getTime() >= READ_MARK_EVERY_MS) {
    await ctx.prisma.reportSnapshot
      .updateMany({ where: { key, readAt: { lt: ctx.now } }, data: { readAt: ctx.now } })
      .catch((error: unknown) => console.error("[laporan] waktu baca snapshot tidak dapat dicatat", error));
  }
  return { tables: row.data as unknown as CohortTables, computedAt: row.computedAt, reused: true };
}

export interface RefreshResult {
  refreshed: number;
  removed: number;
}

/**
 * One run of the refresher: removes snapshots nobody read for a week and those of other durations or an
 * older format; computes again (oldest first, at most SNAPSHOT_REFRESH_LIMIT) the snapshots read in the
 * last SNAPSHOT_WARM_WINDOW_MS that are past half their lifetime, so the next read finds them fresh.
 */
export async function refreshReportSnapshots(ctx: ReportContext, maxAgeMs: number): Promise<RefreshResult> {
  if (maxAgeMs <= 0) return { refreshed: 0, removed: 0 };
  const { prisma, now } = ctx;
  const { count: unread } = await prisma.reportSnapshot.deleteMany({
    where: { readAt: { lt: new Date(now.getTime() - SNAPSHOT_RETENTION_MS) } },
  });
  const candidates = await prisma.reportSnapshot.findMany({
    where: {
      readAt: { gte: new Date(now.getTime() - SNAPSHOT_WARM_WINDOW_MS) },
      computedAt: { lte: new Date(now.getTime() - maxAgeMs / 2) },
    },
    select: { key: true, filters: true },
    orderBy: { computedAt: "asc" },
  });
  let refreshed = 0;
  const outdated: string[] = [];
  for (const candidate of candidates) {
    const filters = parseReportFilters(candidate.filters as unknown as SearchParams, now);
    // Another format or other durations (an admin changed them): never read again under this key.
    if (snapshotKey(filters, ctx.durations) !== candidate.key) {
      outdated.push(candidate.key);
      continue;
    }
    if (refreshed >= SNAPSHOT_REFRESH_LIMIT) continue;
    await computeAndStore(ctx, filters, candidate.key, false);
    refreshed += 1;
  }
  const { count: stale } = outdated.length
    ? await prisma.reportSnapshot.deleteMany({ where: { key: { in: outdated } } })
    : { count: 0 };
  return { refreshed, removed: unread + stale };
}

const holder = globalThis as unknown as { __helpdeskReportRefresh?: NodeJS.Timeout };

/** Starts the refresher in this server process (once), every minute or half the lifetime if shorter. */
export function startReportSnapshotRefresh(context: () => Omit<ReportContext, "now">, maxAgeMs: number): void {
  if (holder.__helpdeskReportRefresh || maxAgeMs <= 0) return;
  let running = false;
  const run = () => {
    if (running) return;
    running = true;
    const ctx = context();
    // One server at a time: the others find the snapshots fresh when their turn comes.
    void runAlone(ctx.prisma, "reportRefresh", () => refreshReportSnapshots({ ...ctx, now: new Date() }, maxAgeMs))
      .catch((error) => console.error("[laporan] pembaruan snapshot gagal", error))
      .finally(() => {
        running = false;
      });
  };
  holder.__helpdeskReportRefresh = setInterval(run, Math.min(60_000, Math.max(5_000, maxAgeMs / 2)));
  holder.__helpdeskReportRefresh.unref();
}
