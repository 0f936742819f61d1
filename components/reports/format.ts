// Numbers, shares, durations and days on the report, in id-ID: "1.234", "87,5 %", "2 hari 3 jam",
// "1 Mar 2026". A figure that cannot be computed (nothing counted) reads "—", never 0.
import { formatSpan } from "@/lib/domain/format-time";

const COUNT = new Intl.NumberFormat("id-ID");
const SHARE = new Intl.NumberFormat("id-ID", { maximumFractionDigits: 1 });
const DAY = new Intl.DateTimeFormat("id-ID", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });

export const NO_DATA = "—";

export function formatCount(value: number): string {
  return COUNT.format(value);
}

/** 0.875 → "87,5 %". */
export function formatPercent(ratio: number | null): string {
  return ratio === null ? NO_DATA : `${SHARE.format(ratio * 100)} %`;
}

export function formatDurationMs(ms: number | null): string {
  return ms === null ? NO_DATA : formatSpan(ms);
}

/** "2026-03-01" → "1 Mar 2026". */
export function formatDay(day: string): string {
  return DAY.format(new Date(`${day}T00:00:00Z`));
}
