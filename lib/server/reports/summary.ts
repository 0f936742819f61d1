// The headline figures, response and resolution times and the SLA rates: one row of FILTERed
// aggregates over the cohort's facts (figures.ts).
import "server-only";
import { Prisma } from "../generated/prisma/client";
import {
  countWhere,
  fact,
  factColumn,
  medianAndP90,
  ratioOf,
  type Rate,
  type ReportContext,
  type SpanStats,
} from "./figures";
import { jsonRow, queryCohortJson } from "./cohort-query";
import { cohortSql } from "./filters";
import type { ReportFilters } from "@/lib/shared/report-params";

export interface ReportSummary {
  opened: number;
  resolved: number;
  resolvedAtCounter: number;
  expiredNoResponse: number;
  expiredAskerSilent: number;
  stillOpen: number;
  firstResponse: { dinas: SpanStats; helpdesk: SpanStats };
  /** Closed by the asker, by the tier that held the ticket when it was closed. */
  resolution: { dinas: SpanStats; helpdesk: SpanStats; all: SpanStats };
  dinasAnswerRate: Rate;
  autoEscalation: Rate;
  helpdeskCompliance: Rate & { pending: number };
  noResponseByTier: { DINAS: number; HELPDESK: number };
}

type Row = Record<string, number | null | (number | null)[]>;

function spanColumns(name: string, value: Prisma.Sql, where?: Prisma.Sql): Prisma.Sql {
  const counted = where ? Prisma.sql`${value} IS NOT NULL AND ${where}` : Prisma.sql`${value} IS NOT NULL`;
  return Prisma.sql`${countWhere(counted)} AS ${Prisma.raw(`"${name}Count"`)},
    ${medianAndP90(value, where)} AS ${Prisma.raw(`"${name}Percentiles"`)}`;
}

function rateColumns(name: string, numerator: Prisma.Sql, denominator: Prisma.Sql): Prisma.Sql {
  const num = countWhere(Prisma.sql`${numerator} AND ${denominator}`);
  const den = countWhere(denominator);
  return Prisma.sql`${num} AS ${Prisma.raw(`"${name}Num"`)}, ${den} AS ${Prisma.raw(`"${name}Den"`)},
    ${ratioOf(num, den)} AS ${Prisma.raw(`"${name}Ratio"`)}`;
}

/** The summary's one row, over `facts f`. */
export function summarySql(): Prisma.Sql {
  const school = Prisma.sql`f."askerType" = 'SEKOLAH'`;
  const heldBy = (tier: "DINAS" | "HELPDESK") => Prisma.raw(`f."tier" = '${tier}'`);
  return Prisma.sql`SELECT
      count(*)::int AS "opened",
      ${countWhere(fact("resolved"))} AS "resolved",
      ${countWhere(fact("resolvedAtCounter"))} AS "resolvedAtCounter",
      ${countWhere(fact("noResponse"))} AS "expiredNoResponse",
      ${countWhere(fact("askerSilent"))} AS "expiredAskerSilent",
      ${countWhere(fact("stillOpen"))} AS "stillOpen",
      ${countWhere(fact("noResponseDinas"))} AS "noResponseDinas",
      ${countWhere(fact("noResponseHelpdesk"))} AS "noResponseHelpdesk",
      ${countWhere(fact("helpdeskPending"))} AS "helpdeskPending",
      ${spanColumns("dinasWait", factColumn.dinasWaitMs, school)},
      ${spanColumns("helpdeskWait", factColumn.helpdeskWaitMs)},
      ${spanColumns("resolutionDinas", factColumn.resolutionMs, heldBy("DINAS"))},
      ${spanColumns("resolutionHelpdesk", factColumn.resolutionMs, heldBy("HELPDESK"))},
      ${spanColumns("resolutionAll", factColumn.resolutionMs)},
      ${rateColumns("dinas", fact("dinasMet"), fact("dinasCounted"))},
      ${rateColumns("escalation", fact("escalated"), fact("escalationCounted"))},
      ${rateColumns("helpdesk", fact("helpdeskMet"), Prisma.sql`f."helpdeskStatus" IN ('MET', 'BREACHED')`)}
    FROM facts f`;
}

const num = (row: Row, key: string): number | null => {
  const value = row[key];
  return typeof value === "number" ? value : null;
};

function span(row: Row, name: string): SpanStats {
  const percentiles = row[`${name}Percentiles`];
  const [median, p90] = Array.isArray(percentiles) ? percentiles : [null, null];
  return { count: num(row, `${name}Count`) ?? 0, medianMs: median ?? null, p90Ms: p90 ?? null };
}

function rate(row: Row, name: string): Rate {
  return {
    numerator: num(row, `${name}Num`) ?? 0,
    denominator: num(row, `${name}Den`) ?? 0,
    ratio: num(row, `${name}Ratio`),
  };
}

export function toSummary(row: Row): ReportSummary {
  const count = (key: string) => num(row, key) ?? 0;
  return {
    opened: count("opened"),
    resolved: count("resolved"),
    resolvedAtCounter: count("resolvedAtCounter"),
    expiredNoResponse: count("expiredNoResponse"),
    expiredAskerSilent: count("expiredAskerSilent"),
    stillOpen: count("stillOpen"),
    firstResponse: { dinas: span(row, "dinasWait"), helpdesk: span(row, "helpdeskWait") },
    resolution: {
      dinas: span(row, "resolutionDinas"),
      helpdesk: span(row, "resolutionHelpdesk"),
      all: span(row, "resolutionAll"),
    },
    dinasAnswerRate: rate(row, "dinas"),
    autoEscalation: rate(row, "escalation"),
    helpdeskCompliance: { ...rate(row, "helpdesk"), pending: count("helpdeskPending") },
    noResponseByTier: { DINAS: count("noResponseDinas"), HELPDESK: count("noResponseHelpdesk") },
  };
}

export const summaryJson = () => jsonRow(summarySql());

export async function loadSummary(ctx: ReportContext, filters: ReportFilters): Promise<ReportSummary> {
  return toSummary(await queryCohortJson<Row>(ctx, cohortSql(filters), summaryJson()));
}
