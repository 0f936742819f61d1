// What a report is about, as it travels in the URL (docs/conventions.md, rule 8): the filters, the period,
// the figure or backlog cell behind a drill-down. Parsed here with zod, every invalid or tampered value
// falling back to its default. Pure: the report pages' forms and links use it in the browser too;
// lib/server/reports turns it into parameterised SQL.
import { firstParam, type SearchParams } from "@/lib/shared/search-params";
import { z } from "zod";
import { isCalendarDay } from "@/lib/domain/calendar-day";
import { ASKER_TYPES, CHANNELS, DAY_MS, TIERS, type Tier } from "@/lib/domain/types";

/** Report days are Jakarta days (WIB, UTC+7, no daylight saving): the central team reads one calendar. */
export const REPORT_TIME_ZONE = "Asia/Jakarta";
export const JAKARTA_UTC_OFFSET_HOURS = 7;
const JAKARTA_OFFSET = "+07:00";
export const DEFAULT_PERIOD_DAYS = 30;
/** Longer periods are refused (they fall back to the default) so one click cannot scan years of tickets. */
export const MAX_PERIOD_DAYS = 366;

/** League-table sort keys; each sorts worst first (see league.ts). */
export const LEAGUE_SORTS = ["answerRate", "wait", "escalated", "noResponse", "opened", "name"] as const;
export type LeagueSort = (typeof LEAGUE_SORTS)[number];
export const DEFAULT_LEAGUE_SORT: LeagueSort = "answerRate";

export interface ReportFilters {
  /** First and last day of the period (YYYY-MM-DD, Jakarta), both included. */
  from: string;
  to: string;
  /** Kemendagri codes: province "33", kab/kota "33.74". */
  province: string | null;
  regency: string | null;
  /** Category code, e.g. "SINK". */
  category: string | null;
  asker: (typeof ASKER_TYPES)[number] | null;
  channel: (typeof CHANNELS)[number] | null;
  sort: LeagueSort;
}

/** The Jakarta calendar day of an instant. */
export function jakartaDay(at: Date): string {
  return new Date(at.getTime() + JAKARTA_UTC_OFFSET_HOURS * 3_600_000).toISOString().slice(0, 10);
}

export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** The instant a Jakarta day starts. */
export function jakartaDayStart(day: string): Date {
  return new Date(`${day}T00:00:00${JAKARTA_OFFSET}`);
}

const optional = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined);
const paramsSchema = z.object({
  from: optional(z.string().refine(isCalendarDay)),
  to: optional(z.string().refine(isCalendarDay)),
  province: optional(z.string().regex(/^\d{2}$/)),
  regency: optional(z.string().regex(/^\d{2}\.\d{2}$/)),
  category: optional(z.string().regex(/^[A-Za-z0-9_.-]{1,32}$/)),
  asker: optional(z.enum(ASKER_TYPES)),
  channel: optional(z.enum(CHANNELS)),
  sort: optional(z.enum(LEAGUE_SORTS)),
});

/** Validated filters; `now` decides the default period (the last 30 Jakarta days, today included). */
export function parseReportFilters(params: SearchParams, now: Date): ReportFilters {
  const raw = Object.fromEntries(Object.entries(params).map(([key, value]) => [key, firstParam(value)]));
  const p = paramsSchema.parse(raw);
  const today = jakartaDay(now);
  let from = p.from ?? addDays(p.to ?? today, -(DEFAULT_PERIOD_DAYS - 1));
  let to = p.to ?? (p.from ? addDays(p.from, DEFAULT_PERIOD_DAYS - 1) : today);
  const days = (Date.parse(to) - Date.parse(from)) / DAY_MS + 1;
  if (days < 1 || days > MAX_PERIOD_DAYS) {
    to = today;
    from = addDays(today, -(DEFAULT_PERIOD_DAYS - 1));
  }
  // A kab/kota code starts with its province's code; one that contradicts the province is dropped.
  let province = p.province ?? null;
  let regency = p.regency ?? null;
  if (regency && province && !regency.startsWith(`${province}.`)) regency = null;
  if (regency && !province) province = regency.slice(0, 2);
  return {
    from,
    to,
    province,
    regency,
    category: p.category ?? null,
    asker: p.asker ?? null,
    channel: p.channel ?? null,
    sort: p.sort ?? DEFAULT_LEAGUE_SORT,
  };
}

/** [startAt, endAt): from the first day's midnight to the midnight after the last day, in Jakarta. */
export function periodBounds(filters: Pick<ReportFilters, "from" | "to">): { startAt: Date; endAt: Date } {
  return { startAt: jakartaDayStart(filters.from), endAt: jakartaDayStart(addDays(filters.to, 1)) };
}

/** The filters as URL parameters (defaults left out), for links that keep them. */
export function filtersToParams(filters: ReportFilters, overrides: Partial<Record<string, string | null>> = {}) {
  const entries: [string, string | null][] = [
    ["from", filters.from],
    ["to", filters.to],
    ["province", filters.province],
    ["regency", filters.regency],
    ["category", filters.category],
    ["asker", filters.asker],
    ["channel", filters.channel],
    ["sort", filters.sort === DEFAULT_LEAGUE_SORT ? null : filters.sort],
  ];
  const params = new URLSearchParams();
  for (const [key, value] of entries) {
    const chosen = key in overrides ? overrides[key] : value;
    if (chosen) params.set(key, chosen);
  }
  for (const [key, value] of Object.entries(overrides)) if (value && !params.has(key)) params.set(key, value);
  return params;
}

export interface PeriodPreset {
  label: string;
  from: string;
  to: string;
}

/** One-click periods: the default 30 days, last calendar month, this month, the last 90 days. */
export function periodPresets(now: Date): PeriodPreset[] {
  const today = jakartaDay(now);
  const monthStart = `${today.slice(0, 7)}-01`;
  const lastMonthEnd = addDays(monthStart, -1);
  return [
    { label: "30 hari terakhir", from: addDays(today, -(DEFAULT_PERIOD_DAYS - 1)), to: today },
    { label: "Bulan lalu", from: `${lastMonthEnd.slice(0, 7)}-01`, to: lastMonthEnd },
    { label: "Bulan ini", from: monthStart, to: today },
    { label: "90 hari terakhir", from: addDays(today, -89), to: today },
  ];
}

/** The figures behind which the tickets can be listed and exported. */
export const DRILL_FIGURES = [
  "opened",
  "resolved",
  "resolvedAtCounter",
  "noResponse",
  "noResponseDinas",
  "noResponseHelpdesk",
  "askerSilent",
  "stillOpen",
  "dinasCounted",
  "dinasMet",
  "dinasMissed",
  "escalationCounted",
  "escalated",
  "helpdeskMet",
  "helpdeskBreached",
  "helpdeskPending",
] as const;
export type DrillFigure = (typeof DRILL_FIGURES)[number];

/** Age buckets in days since opening (docs/rules.md, "Reports"): [0,1) [1,3) [3,7) [7,∞). */
export const BACKLOG_BUCKETS = [
  { key: "0-1", fromDays: 0, toDays: 1 },
  { key: "1-3", fromDays: 1, toDays: 3 },
  { key: "3-7", fromDays: 3, toDays: 7 },
  { key: "7+", fromDays: 7, toDays: null },
] as const;
export type BacklogBucketKey = (typeof BACKLOG_BUCKETS)[number]["key"];
export const BACKLOG_BUCKET_KEYS = BACKLOG_BUCKETS.map((b) => b.key) as BacklogBucketKey[];

export type DrillTarget =
  { kind: "figure"; figure: DrillFigure } | { kind: "backlog"; tier: Tier; bucket: BacklogBucketKey };

const targetSchema = z.union([
  z
    .object({
      figure: z.literal("backlog"),
      tier: z.enum(TIERS),
      bucket: z.enum(BACKLOG_BUCKET_KEYS as [BacklogBucketKey, ...BacklogBucketKey[]]),
    })
    .transform((v): DrillTarget => ({ kind: "backlog", tier: v.tier, bucket: v.bucket })),
  z.object({ figure: z.enum(DRILL_FIGURES) }).transform((v): DrillTarget => ({ kind: "figure", figure: v.figure })),
]);

/** The figure named by the URL; an unknown one falls back to "all tickets opened". */
export function parseDrillTarget(params: SearchParams): DrillTarget {
  const raw = { figure: firstParam(params.figure), tier: firstParam(params.tier), bucket: firstParam(params.bucket) };
  const parsed = targetSchema.safeParse(raw);
  return parsed.success ? parsed.data : { kind: "figure", figure: "opened" };
}

export function drillTargetParams(target: DrillTarget): Record<string, string> {
  return target.kind === "backlog"
    ? { figure: "backlog", tier: target.tier, bucket: target.bucket }
    : { figure: target.figure };
}
