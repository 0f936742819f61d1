// The tables over a period's tickets (everything on the report page but the backlog and the filter
// choices), computed from two statements that each compute the cohort's per-ticket facts once
// (figures.ts factsCte) and aggregate them in one JSON sub-select per table.
import "server-only";
import { categoryJson, toCategoryRows, type CategoryRow } from "./category-breakdown";
import type { ReportContext } from "./figures";
import { queryCohortJson } from "./cohort-query";
import { cohortSql } from "./filters";
import type { ReportFilters } from "@/lib/shared/report-params";
import { leagueJson, regionStatsCte, toLeague, type LeagueRow, type LeagueTable } from "./league";
import { summaryJson, toSummary, type ReportSummary } from "./summary";
import { toTrend, trendJson, type TrendWeek } from "./trend";
import { Prisma } from "../generated/prisma/client";

/** Without a province filter the page shows the worst kab/kota only; the CSV has all of them. */
export const REGENCY_LEAGUE_PAGE_LIMIT = 25;

export interface CohortTables {
  summary: ReportSummary;
  provinces: LeagueTable;
  regencies: LeagueTable;
  categories: CategoryRow[];
  trend: TrendWeek[];
}

type Ranked<T> = (T & { rank: number; total: number })[];

type CohortData = {
  summary: Parameters<typeof toSummary>[0];
  provinces: Ranked<LeagueRow>;
  regencies: Ranked<LeagueRow>;
  categories: Ranked<CategoryRow>;
  trend: Ranked<TrendWeek>;
};

/**
 * Every table over the period's tickets, from two statements run side by side (on PostgreSQL each on
 * its own connection, so on its own core): the summary and the trend in one, the league tables and the
 * categories in the other. Each computes the cohort's facts once; the aggregation, not the facts, is
 * most of the work, and splitting it in two about halves the wait for a long period.
 */
export async function loadCohortTables(ctx: ReportContext, filters: ReportFilters): Promise<CohortTables> {
  const regencyLimit = filters.province ? null : REGENCY_LEAGUE_PAGE_LIMIT;
  const where = cohortSql(filters);
  const [totals, tables] = await Promise.all([
    queryCohortJson<Pick<CohortData, "summary" | "trend">>(
      ctx,
      where,
      Prisma.sql`json_build_object('summary', ${summaryJson()}, 'trend', ${trendJson(filters)})`,
    ),
    queryCohortJson<Pick<CohortData, "provinces" | "regencies" | "categories">>(
      ctx,
      where,
      Prisma.sql`json_build_object(
        'provinces', ${leagueJson(filters, "province")},
        'regencies', ${leagueJson(filters, "regency", regencyLimit)},
        'categories', ${categoryJson(filters)})`,
      [regionStatsCte()],
    ),
  ]);
  return {
    summary: toSummary(totals.summary),
    provinces: toLeague("province", tables.provinces),
    regencies: toLeague("regency", tables.regencies),
    categories: toCategoryRows(tables.categories),
    trend: toTrend(totals.trend),
  };
}
