// Everything the report page shows. The tables over the period's tickets come from ONE statement: the
// cohort's per-ticket facts are computed once (figures.ts factsCte) and each table aggregates them in
// its own JSON sub-select. The backlog (as of now) and the filter choices run beside it, in parallel.
import { loadBacklog, type BacklogRow } from "./backlog";
import { categoryJson, loadCategoryBreakdown, toCategoryRows, type CategoryRow } from "./category-breakdown";
import { type ReportContext } from "./figures";
import { queryCohortJson } from "./cohort-query";
import { cohortSql, type ReportFilters } from "./filters";
import { leagueJson, loadLeague, regionStatsCte, toLeague, type LeagueRow, type LeagueTable } from "./league";
import { loadFilterOptions, type ReportFilterOptions } from "./options";
import { loadSummary, summaryJson, toSummary, type ReportSummary } from "./summary";
import { loadTrend, toTrend, trendJson, type TrendWeek } from "./trend";
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

export interface Report extends CohortTables {
  filters: ReportFilters;
  backlog: BacklogRow[];
  options: ReportFilterOptions;
}

export interface QueryTiming {
  name: string;
  ms: number;
}

type Ranked<T> = (T & { rank: number; total: number })[];

/** Every table over the period's tickets, from one statement. */
export async function loadCohortTables(ctx: ReportContext, filters: ReportFilters): Promise<CohortTables> {
  const regencyLimit = filters.province ? null : REGENCY_LEAGUE_PAGE_LIMIT;
  const data = await queryCohortJson<{
    summary: Parameters<typeof toSummary>[0];
    provinces: Ranked<LeagueRow>;
    regencies: Ranked<LeagueRow>;
    categories: Ranked<CategoryRow>;
    trend: Ranked<TrendWeek>;
  }>(
    ctx,
    cohortSql(filters),
    Prisma.sql`json_build_object(
      'summary', ${summaryJson()},
      'provinces', ${leagueJson(filters, "province")},
      'regencies', ${leagueJson(filters, "regency", regencyLimit)},
      'categories', ${categoryJson(filters)},
      'trend', ${trendJson(filters)})`,
    [regionStatsCte()],
  );
  return {
    summary: toSummary(data.summary),
    provinces: toLeague("province", data.provinces),
    regencies: toLeague("regency", data.regencies),
    categories: toCategoryRows(data.categories),
    trend: toTrend(data.trend),
  };
}

/** The page's statements by name (what the page runs), then each table on its own (for the benchmark). */
export function reportQueries(ctx: ReportContext, filters: ReportFilters) {
  return {
    cohort: () => loadCohortTables(ctx, filters),
    backlog: () => loadBacklog(ctx, filters),
    options: () => loadFilterOptions(ctx, filters),
  };
}

export function singleTableQueries(ctx: ReportContext, filters: ReportFilters) {
  return {
    summary: () => loadSummary(ctx, filters),
    provinces: () => loadLeague(ctx, filters, "province"),
    regencies: () => loadLeague(ctx, filters, "regency", filters.province ? null : REGENCY_LEAGUE_PAGE_LIMIT),
    categories: () => loadCategoryBreakdown(ctx, filters),
    trend: () => loadTrend(ctx, filters),
  };
}

async function timed<T>(timings: QueryTiming[], name: string, work: () => Promise<T>): Promise<T> {
  const started = performance.now();
  const result = await work();
  timings.push({ name, ms: performance.now() - started });
  return result;
}

export async function loadReport(
  ctx: ReportContext,
  filters: ReportFilters,
): Promise<{ report: Report; timings: QueryTiming[] }> {
  const timings: QueryTiming[] = [];
  const q = reportQueries(ctx, filters);
  const [cohort, backlog, options] = await Promise.all([
    timed(timings, "cohort", q.cohort),
    timed(timings, "backlog", q.backlog),
    timed(timings, "options", q.options),
  ]);
  return { report: { filters, ...cohort, backlog, options }, timings };
}
