// The report's URLs: the page itself (filters in the query string), the drill-down list, the per-ticket
// timeline and the CSV downloads. One place, so every link keeps the filters the same way.
import { type DrillTarget, drillTargetParams, filtersToParams, type ReportFilters } from "@/lib/shared/report-params";
import type { CsvTable } from "@/lib/server/reports";

export const REPORT_PATH = "/supervisor/laporan";

function withQuery(path: string, params: URLSearchParams): string {
  const query = params.toString();
  return query ? `${path}?${query}` : path;
}

export function reportHref(filters: ReportFilters, overrides: Partial<Record<string, string | null>> = {}): string {
  return withQuery(REPORT_PATH, filtersToParams(filters, overrides));
}

export function drillHref(
  filters: ReportFilters,
  target: DrillTarget,
  overrides: Partial<Record<string, string | null>> = {},
): string {
  return withQuery(`${REPORT_PATH}/tiket`, filtersToParams(filters, { ...overrides, ...drillTargetParams(target) }));
}

export function timelineHref(ticketId: string): string {
  return `${REPORT_PATH}/tiket/${encodeURIComponent(ticketId)}`;
}

export function csvHref(table: CsvTable, filters: ReportFilters, target?: DrillTarget): string {
  return withQuery(`/api/laporan/${table}`, filtersToParams(filters, target ? drillTargetParams(target) : {}));
}
