// Tickets opened in the period by category: volume, outcome and speed. Every category is listed (a
// retired one only when it has tickets), most tickets first, ties by name.
import "server-only";
import { Prisma } from "../generated/prisma/client";
import { countWhere, fact, factColumn, percentile, ratioOf, type ReportContext } from "./figures";
import { jsonRows, queryCohortJson } from "./cohort-query";
import { cohortSql } from "./filters";
import type { ReportFilters } from "@/lib/shared/report-params";

export interface CategoryRow {
  code: string;
  name: string;
  opened: number;
  resolved: number;
  noResponse: number;
  stillOpen: number;
  /** First reply by any handler, answered tickets only. */
  medianFirstResponseMs: number | null;
  /** Opening to closing by the asker, CLOSED_BY_ASKER only. */
  medianResolutionMs: number | null;
  dinasAnswerRate: number | null;
}

/** One row per category over `facts f`, most tickets first. */
export function categorySql(filters: ReportFilters): Prisma.Sql {
  const dinasMet = countWhere(fact("dinasMet"));
  const dinasCounted = countWhere(fact("dinasCounted"));
  return Prisma.sql`
    WITH stats AS (
      SELECT f."categoryId" AS id,
        count(*)::int AS "opened",
        ${countWhere(fact("resolved"))} AS "resolved",
        ${countWhere(fact("noResponse"))} AS "noResponse",
        ${countWhere(fact("stillOpen"))} AS "stillOpen",
        ${percentile(0.5, factColumn.anyWaitMs)} AS "medianFirstResponseMs",
        ${percentile(0.5, factColumn.resolutionMs)} AS "medianResolutionMs",
        ${ratioOf(dinasMet, dinasCounted)} AS "dinasAnswerRate"
      FROM facts f
      GROUP BY 1
    )
    SELECT c.code, c.name,
      COALESCE(s."opened", 0) AS "opened", COALESCE(s."resolved", 0) AS "resolved",
      COALESCE(s."noResponse", 0) AS "noResponse", COALESCE(s."stillOpen", 0) AS "stillOpen",
      s."medianFirstResponseMs", s."medianResolutionMs", s."dinasAnswerRate",
      row_number() OVER (ORDER BY COALESCE(s."opened", 0) DESC, c.name ASC, c.code ASC) AS "rank"
    FROM "Category" c LEFT JOIN stats s ON s.id = c.id
    WHERE (c."isActive" OR s.id IS NOT NULL)
      AND ${filters.category ? Prisma.sql`c.code = ${filters.category}` : Prisma.sql`TRUE`}`;
}

export const categoryJson = (filters: ReportFilters) => jsonRows(categorySql(filters));

export function toCategoryRows(rows: (CategoryRow & { rank: number })[]): CategoryRow[] {
  return rows.map(({ rank: _rank, ...row }) => row);
}

export async function loadCategoryBreakdown(ctx: ReportContext, filters: ReportFilters): Promise<CategoryRow[]> {
  return toCategoryRows(await queryCohortJson(ctx, cohortSql(filters), categoryJson(filters)));
}
