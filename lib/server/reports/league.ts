// League tables by province and by kab/kota: how each region's district offices treat their schools.
// Worst first for the chosen sort, ties broken by name. With a province filter every kab/kota of the
// province is listed, those without tickets too (their figures are empty, shown as "—").
import "server-only";
import { Prisma } from "../generated/prisma/client";
import { countWhere, fact, factColumn, percentile, ratioOf, type ReportContext } from "./figures";
import { jsonRows, queryCohortJson } from "./cohort-query";
import { cohortSql } from "./filters";
import type { LeagueSort, ReportFilters } from "@/lib/shared/report-params";

export type LeagueLevel = "province" | "regency";

export interface LeagueRow {
  code: string;
  name: string;
  /** The kab/kota's province (regency level only). */
  provinceName: string | null;
  opened: number;
  /** District answers within the escalation delay over the school tickets counted (see figures.ts). */
  dinasMet: number;
  dinasCounted: number;
  dinasAnswerRate: number | null;
  /** Median time from opening to the district's first reply, answered school tickets only. */
  medianDinasWaitMs: number | null;
  escalated: number;
  escalationCounted: number;
  escalationShare: number | null;
  noResponse: number;
}

export interface LeagueTable {
  level: LeagueLevel;
  rows: LeagueRow[];
  /** Rows before the limit. */
  total: number;
}

/** Worst first for each sort; NULLS LAST keeps regions without data below those with data. */
const ORDER: Record<LeagueSort, string> = {
  answerRate: `"dinasAnswerRate" ASC NULLS LAST`,
  wait: `"medianDinasWaitMs" DESC NULLS LAST`,
  escalated: `"escalationShare" DESC NULLS LAST`,
  noResponse: `"noResponse" DESC`,
  opened: `"opened" DESC`,
  name: `"name" ASC`,
};

export function leagueOrderSql(sort: LeagueSort): Prisma.Sql {
  return Prisma.raw(`${ORDER[sort]}, "name" ASC, "code" ASC`);
}

/**
 * `region_stats`: the league figures per kab/kota and per province from ONE sort of the facts
 * (ROLLUP (province, kab/kota): a kab/kota code starts with its province's, so one order serves both).
 */
export function regionStatsCte(): Prisma.Sql {
  const dinasMet = countWhere(fact("dinasMet"));
  const dinasCounted = countWhere(fact("dinasCounted"));
  const escalated = countWhere(Prisma.sql`${fact("escalated")} AND ${fact("escalationCounted")}`);
  const escalationCounted = countWhere(fact("escalationCounted"));
  return Prisma.sql`region_stats AS MATERIALIZED (
    SELECT f."provinceCode", f."regencyCode", GROUPING(f."provinceCode", f."regencyCode") AS "groupingLevel",
      count(*)::int AS "opened",
      ${dinasMet} AS "dinasMet", ${dinasCounted} AS "dinasCounted", ${ratioOf(dinasMet, dinasCounted)} AS "dinasAnswerRate",
      ${percentile(0.5, factColumn.dinasWaitMs, Prisma.sql`f."askerType" = 'SEKOLAH'`)} AS "medianDinasWaitMs",
      ${escalated} AS "escalated", ${escalationCounted} AS "escalationCounted",
      ${ratioOf(escalated, escalationCounted)} AS "escalationShare",
      ${countWhere(fact("noResponse"))} AS "noResponse"
    FROM facts f
    GROUP BY ROLLUP (f."provinceCode", f."regencyCode")
  )`;
}

/** The league's rows over `region_stats`, worst first, each with its "rank" and the "total" before the limit. */
export function leagueSql(filters: ReportFilters, level: LeagueLevel, limit: number | null = null): Prisma.Sql {
  const regions =
    level === "province"
      ? Prisma.sql`SELECT p.code, p.name, NULL::text AS "provinceName" FROM "Province" p
          WHERE ${filters.province ? Prisma.sql`p.code = ${filters.province}` : Prisma.sql`TRUE`}`
      : Prisma.sql`SELECT r.code, r.name, p.name AS "provinceName" FROM "Regency" r JOIN "Province" p ON p.code = r."provinceCode"
          WHERE ${filters.regency ? Prisma.sql`r.code = ${filters.regency}` : filters.province ? Prisma.sql`r."provinceCode" = ${filters.province}` : Prisma.sql`TRUE`}`;
  // Without a province filter the kab/kota table lists only kab/kota that have tickets (514 rows of "—"
  // would bury the ones that matter); the province table always lists every province.
  const keepEmpty = level === "province" || filters.province !== null;
  // GROUPING(province, kab/kota): 0 = one kab/kota, 1 = one province (kab/kota rolled up).
  const stats =
    level === "province"
      ? Prisma.sql`SELECT rs."provinceCode" AS code, rs.* FROM region_stats rs WHERE rs."groupingLevel" = 1`
      : Prisma.sql`SELECT rs."regencyCode" AS code, rs.* FROM region_stats rs WHERE rs."groupingLevel" = 0`;
  return Prisma.sql`
    WITH stats AS (${stats}), joined AS (
      SELECT g.code, g.name, g."provinceName",
        COALESCE(s."opened", 0) AS "opened",
        COALESCE(s."dinasMet", 0) AS "dinasMet", COALESCE(s."dinasCounted", 0) AS "dinasCounted", s."dinasAnswerRate",
        s."medianDinasWaitMs",
        COALESCE(s."escalated", 0) AS "escalated", COALESCE(s."escalationCounted", 0) AS "escalationCounted",
        s."escalationShare",
        COALESCE(s."noResponse", 0) AS "noResponse"
      FROM (${regions}) g ${keepEmpty ? Prisma.sql`LEFT JOIN` : Prisma.sql`JOIN`} stats s ON s.code = g.code
    )
    SELECT *, row_number() OVER (ORDER BY ${leagueOrderSql(filters.sort)}) AS "rank", (count(*) OVER ())::int AS "total"
    FROM joined
    ORDER BY "rank"
    ${limit === null ? Prisma.empty : Prisma.sql`LIMIT ${limit}`}`;
}

export const leagueJson = (filters: ReportFilters, level: LeagueLevel, limit: number | null = null) =>
  jsonRows(leagueSql(filters, level, limit));

export function toLeague(level: LeagueLevel, rows: (LeagueRow & { rank: number; total: number })[]): LeagueTable {
  return { level, total: rows[0]?.total ?? 0, rows: rows.map(({ rank: _rank, total: _total, ...row }) => row) };
}

export async function loadLeague(
  ctx: ReportContext,
  filters: ReportFilters,
  level: LeagueLevel,
  limit: number | null = null,
): Promise<LeagueTable> {
  return toLeague(
    level,
    await queryCohortJson(ctx, cohortSql(filters), leagueJson(filters, level, limit), [regionStatsCte()]),
  );
}
