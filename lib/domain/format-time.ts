// Dates and durations in Bahasa Indonesia (id-ID), in the viewer's zone with its WIB/WITA/WIT label.
// Pure: Intl formatting only; the caller passes `now` and the zone.
import { zoneLabelOf } from "./time-zones";

const LONG: Intl.DateTimeFormatOptions = {
  weekday: "long",
  day: "numeric",
  month: "long",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
};
const SHORT: Intl.DateTimeFormatOptions = {
  day: "numeric",
  month: "short",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
};

// Building an Intl.DateTimeFormat costs far more than using one (a list page formats a hundred dates):
// one formatter per style and zone, made on first use and kept (there are four zones).
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterOf(style: "long" | "short", timeZone: string): Intl.DateTimeFormat {
  const key = `${style} ${timeZone}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("id-ID", { ...(style === "long" ? LONG : SHORT), timeZone });
    formatters.set(key, formatter);
  }
  return formatter;
}

/** "Kamis, 3 Desember 2026 pukul 14.00 WITA" */
export function formatDateTime(date: Date, timeZone: string): string {
  return `${formatterOf("long", timeZone).format(date)} ${zoneLabelOf(timeZone)}`;
}

/** "3 Des 2026 14.00 WITA" — for tables and timelines. */
export function formatShortDateTime(date: Date, timeZone: string): string {
  return `${formatterOf("short", timeZone).format(date).replace(" pukul", "")} ${zoneLabelOf(timeZone)}`;
}

const UNITS: [number, string][] = [
  [86_400_000, "hari"],
  [3_600_000, "jam"],
  [60_000, "menit"],
];

/** "2 hari 3 jam", "45 menit", "kurang dari 1 menit" — the two largest units. */
export function formatSpan(ms: number): string {
  const parts: string[] = [];
  let rest = Math.max(0, ms);
  for (const [size, label] of UNITS) {
    const count = Math.floor(rest / size);
    if (count > 0 && parts.length < 2) {
      parts.push(`${count} ${label}`);
      rest -= count * size;
    } else if (parts.length > 0) break;
  }
  return parts.length ? parts.join(" ") : "kurang dari 1 menit";
}

/** "3 jam lalu" / "dalam 2 hari" relative to now. */
export function formatRelative(date: Date, now: Date): string {
  const diff = date.getTime() - now.getTime();
  return diff >= 0 ? `dalam ${formatSpan(diff)}` : `${formatSpan(-diff)} lalu`;
}
