// The weekly trend: tickets opened in each ISO week (Monday–Sunday, Jakarta time) of the period and
// what became of them, so the weeks add up to the headline figures. Weeks without tickets are kept
// (a gap in a line would hide a quiet week).
import "server-only";
import { Prisma } from "../generated/prisma/client";
import { countWhere, fact, ratioOf, type ReportContext } from "./figures";
import { jsonRows, queryCohortJson } from "./cohort-query";
import { cohortSql } from "./filters";
import { JAKARTA_UTC_OFFSET_HOURS, type ReportFilters } from "@/lib/shared/report-params";

export interface TrendWeek {
  /** ISO week, e.g. "2026-W10". */
  week: string;
  /** Monday of the week (YYYY-MM-DD). */
  weekStart: string;
  opened: number;
  resolved: number;
  /** Expired for either reason. */
  expired: number;
  escalated: number;
  dinasAnswerRate: number | null;
  helpdeskCompliance: number | null;
}

/** One row per ISO week of the period over `facts f`, empty weeks included. */
export function trendSql(filters: ReportFilters): Prisma.Sql {
  // Jakarta is UTC+7 all year (no daylight saving): a fixed shift is exact and far cheaper per row than
  // two time-zone conversions.
  const localWeek = Prisma.sql`date_trunc('week', f."openedAt" + interval '${Prisma.raw(String(JAKARTA_UTC_OFFSET_HOURS))} hours')`;
  const dinasMet = countWhere(fact("dinasMet"));
  const dinasCounted = countWhere(fact("dinasCounted"));
  const helpdeskMet = countWhere(fact("helpdeskMet"));
  const helpdeskCounted = countWhere(Prisma.sql`f."helpdeskStatus" IN ('MET', 'BREACHED')`);
  return Prisma.sql`
    WITH weeks AS (
      SELECT generate_series(date_trunc('week', ${filters.from}::timestamp), date_trunc('week', ${filters.to}::timestamp),
        interval '1 week') AS week
    ), stats AS (
      SELECT ${localWeek} AS week,
        count(*)::int AS "opened",
        ${countWhere(fact("resolved"))} AS "resolved",
        ${countWhere(Prisma.sql`f."state" = 'EXPIRED'`)} AS "expired",
        ${countWhere(fact("escalated"))} AS "escalated",
        ${ratioOf(dinasMet, dinasCounted)} AS "dinasAnswerRate",
        ${ratioOf(helpdeskMet, helpdeskCounted)} AS "helpdeskCompliance"
      FROM facts f
      GROUP BY 1
    )
    SELECT to_char(w.week, 'IYYY-"W"IW') AS "week", to_char(w.week, 'YYYY-MM-DD') AS "weekStart",
      COALESCE(s."opened", 0) AS "opened", COALESCE(s."resolved", 0) AS "resolved",
      COALESCE(s."expired", 0) AS "expired", COALESCE(s."escalated", 0) AS "escalated",
      s."dinasAnswerRate", s."helpdeskCompliance", row_number() OVER (ORDER BY w.week) AS "rank"
    FROM weeks w LEFT JOIN stats s ON s.week = w.week`;
}

export const trendJson = (filters: ReportFilters) => jsonRows(trendSql(filters));

export function toTrend(rows: (TrendWeek & { rank: number })[]): TrendWeek[] {
  return rows.map(({ rank: _rank, ...week }) => week);
}

export async function loadTrend(ctx: ReportContext, filters: ReportFilters): Promise<TrendWeek[]> {
  return toTrend(await queryCohortJson(ctx, cohortSql(filters), trendJson(filters)));
}
