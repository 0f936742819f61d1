// The backlog as of now (not the period): open tickets per tier, by how long ago they were opened.
import "server-only";
import { DAY_MS, TIERS, type Tier } from "@/lib/domain/types";
import { Prisma } from "../generated/prisma/client";
import { BACKLOG_BUCKETS, type BacklogBucketKey, type ReportFilters } from "@/lib/shared/report-params";
import type { ReportContext } from "./figures";
import { scopeSql, sqlTimestamp } from "./filters";

export interface BacklogRow {
  tier: Tier;
  /** Counts per bucket, in BACKLOG_BUCKETS order. */
  counts: number[];
  total: number;
}

/** Opened more than `days` before now (the age buckets' edges, as timestamps: index-friendly). */
function openedBefore(ctx: ReportContext, days: number): Prisma.Sql {
  return Prisma.sql`t."openedAt" <= ${sqlTimestamp(new Date(ctx.now.getTime() - days * DAY_MS))}`;
}

/** The predicate for one backlog cell (also used by the drill-down list). */
export function backlogCellSql(ctx: ReportContext, tier: Tier, bucket: BacklogBucketKey): Prisma.Sql {
  const spec = BACKLOG_BUCKETS.find((b) => b.key === bucket) ?? BACKLOG_BUCKETS[0];
  const upper = spec.toDays === null ? Prisma.sql`TRUE` : Prisma.sql`NOT (${openedBefore(ctx, spec.toDays)})`;
  return Prisma.sql`t."state" IN ('OPEN', 'ANSWERED') AND t."tier" = ${tier}::"Tier"
    AND ${spec.fromDays === 0 ? Prisma.sql`TRUE` : openedBefore(ctx, spec.fromDays)} AND ${upper}`;
}

export async function loadBacklog(ctx: ReportContext, filters: ReportFilters): Promise<BacklogRow[]> {
  // One count per bucket, per tier: an index-only scan of the running tickets (Ticket_running_backlog_idx).
  const bucketCounts = Prisma.join(
    BACKLOG_BUCKETS.map((bucket, index) => {
      const older = bucket.toDays === null ? Prisma.sql`TRUE` : Prisma.sql`NOT (${openedBefore(ctx, bucket.toDays)})`;
      const newer = bucket.fromDays === 0 ? Prisma.sql`TRUE` : openedBefore(ctx, bucket.fromDays);
      return Prisma.sql`count(*) FILTER (WHERE ${newer} AND ${older})::int AS ${Prisma.raw(`"b${index}"`)}`;
    }),
    ", ",
  );
  const rows = await ctx.prisma.$queryRaw<({ tier: Tier } & Record<string, number>)[]>`
    SELECT t."tier"::text AS "tier", ${bucketCounts}
    FROM "Ticket" t
    WHERE t."state" IN ('OPEN', 'ANSWERED') AND ${scopeSql(filters)}
    GROUP BY t."tier"`;
  return TIERS.map((tier) => {
    const row = rows.find((r) => r.tier === tier);
    const counts = BACKLOG_BUCKETS.map((_, index) => row?.[`b${index}`] ?? 0);
    return { tier, counts, total: counts.reduce((sum, n) => sum + n, 0) };
  });
}
