// Everything the report page shows: the tables over the period's tickets (cohort-tables.ts, from a
// snapshot when one is fresh enough: snapshots.ts), and beside them, in parallel, the backlog (as of
// now) and the filter choices.
import "server-only";
import { loadBacklog, type BacklogRow } from "./backlog";
import { loadCategoryBreakdown } from "./category-breakdown";
import { REGENCY_LEAGUE_PAGE_LIMIT, type CohortTables } from "./cohort-tables";
import type { ReportContext } from "./figures";
import type { ReportFilters } from "@/lib/shared/report-params";
import { loadLeague } from "./league";
import { loadFilterOptions, type ReportFilterOptions } from "./options";
import { loadSummary } from "./summary";
import { loadTrend } from "./trend";
import { loadCohortView } from "./snapshots";

export interface Report extends CohortTables {
  filters: ReportFilters;
  backlog: BacklogRow[];
  options: ReportFilterOptions;
  /** When the period's tables were computed (the request's now, or a snapshot's; see snapshots.ts). */
  computedAt: Date;
  fromSnapshot: boolean;
}

export interface QueryTiming {
  name: string;
  ms: number;
}

/** Each table on its own (for the benchmark). */
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

/**
 * The whole page. `cacheMaxAgeMs` > 0 takes the period's tables from a snapshot at most that old (or
 * computes and stores one); 0 computes them now.
 */
export async function loadReport(
  ctx: ReportContext,
  filters: ReportFilters,
  { cacheMaxAgeMs = 0 }: { cacheMaxAgeMs?: number } = {},
): Promise<{ report: Report; timings: QueryTiming[] }> {
  const timings: QueryTiming[] = [];
  const [cohort, backlog, options] = await Promise.all([
    timed(timings, "cohort", () => loadCohortView(ctx, filters, cacheMaxAgeMs)),
    timed(timings, "backlog", () => loadBacklog(ctx, filters)),
    timed(timings, "options", () => loadFilterOptions(ctx, filters)),
  ]);
  return {
    report: { filters, ...cohort.tables, backlog, options, computedAt: cohort.computedAt, fromSnapshot: cohort.reused },
    timings,
  };
}
