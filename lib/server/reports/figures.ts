// What each report figure counts, as SQL predicates over one ticket row `t`. The summary, the league
// tables, the trend and the drill-down lists all use these same fragments, so a figure and the list of
// tickets behind it can never disagree. The rules mirror lib/domain/deadlines.ts; the durations are the
// installation's settings (ESCALATION_DELAY, HELPDESK_ANSWER_TARGET), passed in, never written here.
import "server-only";
import type { ClockDurations } from "@/lib/domain/types";
import { Prisma, type PrismaClient } from "../generated/prisma/client";
import { DRILL_FIGURES, type DrillFigure } from "@/lib/shared/report-params";
import { sqlTimestamp } from "./filters";

export interface ReportContext {
  prisma: PrismaClient;
  durations: ClockDurations;
  /** "Now" for deadlines that have or have not passed yet, and for the backlog's ages. */
  now: Date;
}

const ENDED = Prisma.sql`t."state" IN ('CLOSED', 'EXPIRED')`;

/** `column + ms` as a timestamp. */
export function plusMs(column: Prisma.Sql, ms: number): Prisma.Sql {
  return Prisma.sql`(${column} + (${ms}::float8 * interval '1 millisecond'))`;
}

/** Milliseconds from `start` to `end` as a double (NULL when either is NULL). */
export function msBetween(end: Prisma.Sql, start: Prisma.Sql): Prisma.Sql {
  // date_part is float8 arithmetic; EXTRACT returns numeric since PostgreSQL 14 and is several times slower.
  return Prisma.sql`(date_part('epoch', ${end} - ${start}) * 1000)`;
}

export const col = {
  openedAt: Prisma.sql`t."openedAt"`,
  tierSince: Prisma.sql`t."tierSince"`,
  endedAt: Prisma.sql`t."endedAt"`,
  firstResponseAt: Prisma.sql`t."firstResponseAt"`,
  dinasFirstResponseAt: Prisma.sql`t."dinasFirstResponseAt"`,
  helpdeskFirstResponseAt: Prisma.sql`t."helpdeskFirstResponseAt"`,
};

/** The time a school waited for its district's first reply (answered school tickets only). */
export const dinasWaitMs = msBetween(col.dinasFirstResponseAt, col.openedAt);
/** The time a ticket waited at the helpdesk for its first reply, from arriving there. */
export const helpdeskWaitMs = Prisma.sql`CASE WHEN t."tier" = 'HELPDESK' THEN ${msBetween(col.helpdeskFirstResponseAt, col.tierSince)} END`;
export const anyWaitMs = msBetween(col.firstResponseAt, col.openedAt);
export const resolutionMs = Prisma.sql`CASE WHEN t."endReason" = 'CLOSED_BY_ASKER' THEN ${msBetween(col.endedAt, col.openedAt)} END`;

/**
 * lib/domain helpdeskTargetStatus in SQL: MET / BREACHED / PENDING / NOT_APPLICABLE. The target applies
 * from the moment the ticket reached the helpdesk (tierSince); a ticket that ended unanswered before its
 * deadline never gave the helpdesk its full time and is not counted.
 */
export function helpdeskStatusSql(ctx: ReportContext): Prisma.Sql {
  const due = plusMs(col.tierSince, ctx.durations.helpdeskAnswerMs);
  const now = sqlTimestamp(ctx.now);
  return Prisma.sql`(CASE
    WHEN t."tier" <> 'HELPDESK' THEN 'NOT_APPLICABLE'
    WHEN t."helpdeskFirstResponseAt" IS NOT NULL THEN
      CASE WHEN t."helpdeskFirstResponseAt" <= ${due} THEN 'MET' ELSE 'BREACHED' END
    WHEN t."helpdeskBreachedAt" IS NOT NULL THEN 'BREACHED'
    WHEN (CASE WHEN ${ENDED} THEN COALESCE(t."endedAt", ${now}) ELSE ${now} END) >= ${due} THEN 'BREACHED'
    WHEN ${ENDED} THEN 'NOT_APPLICABLE'
    ELSE 'PENDING'
  END)`;
}

/**
 * lib/domain escalationDueAt in SQL: when a school's question leaves its district if still there. The
 * figures ask it of every school ticket that started at the district, also after it moved or ended.
 */
export function escalationDueSql(ctx: ReportContext): Prisma.Sql {
  return plusMs(col.openedAt, ctx.durations.escalationMs);
}

/** Per figure: the predicate over `t`. */
export function figurePredicates(ctx: ReportContext): Record<DrillFigure, Prisma.Sql> {
  const now = sqlTimestamp(ctx.now);
  const escalationDue = escalationDueSql(ctx);
  // School tickets that started at the district (a walk-in visit starts at the helpdesk).
  const school = Prisma.sql`(t."askerType" = 'SEKOLAH' AND (t."tier" = 'DINAS' OR t."handoff" IS NOT NULL))`;
  const dinasMet = Prisma.sql`(${school} AND t."dinasFirstResponseAt" <= ${escalationDue})`;
  // Counted once answered, or once the deadline passed — unless the ticket ended (closed by the school,
  // expired) before the deadline without an answer: it never gave the district its full time
  // (the rule lib/domain helpdeskTargetStatus applies to the helpdesk).
  const dinasCounted = Prisma.sql`(${school} AND (t."dinasFirstResponseAt" IS NOT NULL
    OR (${escalationDue} <= ${now} AND (t."endedAt" IS NULL OR t."endedAt" >= ${escalationDue}))))`;
  const status = helpdeskStatusSql(ctx);
  const noResponse = Prisma.sql`t."endReason" = 'NO_RESPONSE'`;
  return {
    opened: Prisma.sql`TRUE`,
    resolved: Prisma.sql`t."endReason" = 'CLOSED_BY_ASKER'`,
    resolvedAtCounter: Prisma.sql`t."endReason" = 'RESOLVED_AT_COUNTER'`,
    noResponse,
    noResponseDinas: Prisma.sql`(${noResponse} AND t."tier" = 'DINAS')`,
    noResponseHelpdesk: Prisma.sql`(${noResponse} AND t."tier" = 'HELPDESK')`,
    askerSilent: Prisma.sql`t."endReason" = 'ASKER_SILENT'`,
    stillOpen: Prisma.sql`t."state" IN ('OPEN', 'ANSWERED')`,
    dinasCounted,
    dinasMet,
    dinasMissed: Prisma.sql`(${dinasCounted} AND NOT COALESCE(${dinasMet}, FALSE))`,
    // School tickets old enough to have been escalated: the share's denominator.
    escalationCounted: Prisma.sql`(${school} AND ${escalationDue} <= ${now})`,
    escalated: Prisma.sql`(${school} AND t."handoff" = 'ESCALATION')`,
    helpdeskMet: Prisma.sql`${status} = 'MET'`,
    helpdeskBreached: Prisma.sql`${status} = 'BREACHED'`,
    helpdeskPending: Prisma.sql`${status} = 'PENDING'`,
  };
}

/** The figures stored as flags on each fact row (the helpdesk ones derive from one status column). */
const FLAG_FIGURES = DRILL_FIGURES.filter((key) => !key.startsWith("helpdesk"));

/**
 * `facts`: one row per ticket matching `where`, every figure's predicate and every duration evaluated
 * once (MATERIALIZED: otherwise PostgreSQL would inline the expressions into each of the ~30 aggregates).
 */
export function factsCte(ctx: ReportContext, where: Prisma.Sql): Prisma.Sql {
  const f = figurePredicates(ctx);
  const flags = Prisma.join(
    FLAG_FIGURES.map((key) => Prisma.sql`COALESCE(${f[key]}, FALSE) AS ${Prisma.raw(`"${key}"`)}`),
    ", ",
  );
  return Prisma.sql`facts AS MATERIALIZED (
    SELECT t."regencyCode", r."provinceCode", t."categoryId", t."openedAt", t."tier", t."askerType", t."state",
      ${flags}, ${helpdeskStatusSql(ctx)} AS "helpdeskStatus",
      ${dinasWaitMs} AS "dinasWaitMs", ${helpdeskWaitMs} AS "helpdeskWaitMs", ${anyWaitMs} AS "anyWaitMs",
      ${resolutionMs} AS "resolutionMs"
    FROM "Ticket" t JOIN "Regency" r ON r.code = t."regencyCode"
    WHERE ${where}
  )`;
}

/** A figure's flag on a `facts` row `f`. */
export function fact(figure: DrillFigure): Prisma.Sql {
  switch (figure) {
    case "helpdeskMet":
      return Prisma.sql`f."helpdeskStatus" = 'MET'`;
    case "helpdeskBreached":
      return Prisma.sql`f."helpdeskStatus" = 'BREACHED'`;
    case "helpdeskPending":
      return Prisma.sql`f."helpdeskStatus" = 'PENDING'`;
    default:
      return Prisma.raw(`f."${figure}"`);
  }
}

export const factColumn = {
  dinasWaitMs: Prisma.raw(`f."dinasWaitMs"`),
  helpdeskWaitMs: Prisma.raw(`f."helpdeskWaitMs"`),
  anyWaitMs: Prisma.raw(`f."anyWaitMs"`),
  resolutionMs: Prisma.raw(`f."resolutionMs"`),
};

/** count(*) FILTER (WHERE predicate) as an int column. */
export function countWhere(predicate: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`(count(*) FILTER (WHERE ${predicate}))::int`;
}

/** numerator / denominator as a double, NULL when nothing was counted. */
export function ratioOf(numerator: Prisma.Sql, denominator: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`((${numerator})::float8 / NULLIF(${denominator}, 0))`;
}

export function percentile(fraction: 0.5 | 0.9, value: Prisma.Sql, where?: Prisma.Sql): Prisma.Sql {
  const filter = where ? Prisma.sql` FILTER (WHERE ${where})` : Prisma.empty;
  return Prisma.sql`(percentile_cont(${Prisma.raw(String(fraction))}) WITHIN GROUP (ORDER BY ${value})${filter})::float8`;
}

/** Median and 90th percentile from one sort: a float8[2] (NULLs when nothing was counted). */
export function medianAndP90(value: Prisma.Sql, where?: Prisma.Sql): Prisma.Sql {
  const filter = where ? Prisma.sql` FILTER (WHERE ${where})` : Prisma.empty;
  return Prisma.sql`percentile_cont(ARRAY[0.5, 0.9]::float8[]) WITHIN GROUP (ORDER BY ${value})${filter}`;
}

export interface SpanStats {
  count: number;
  medianMs: number | null;
  p90Ms: number | null;
}

export interface Rate {
  numerator: number;
  denominator: number;
  /** numerator / denominator (0–1), null when the denominator is 0. */
  ratio: number | null;
}
