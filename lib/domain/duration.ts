// Durations in settings are written like "3d", "72h", "1m", "90s" or "1500ms" (and sums like "1d12h"),
// so an installation can shorten the clocks for a demo or a test without code changes.

const UNIT_MS: Record<string, number> = {
  ms: 1,
  s: 1000,
  m: 60_000,
  h: 3_600_000,
  d: 86_400_000,
};

const PART = /(\d+)(ms|s|m|h|d)/g;

/** Parses "3d", "1d12h", "90s" … into milliseconds; null when the text is not a positive duration. */
export function parseDuration(text: string): number | null {
  const trimmed = text.trim().toLowerCase();
  if (!/^(\d+(ms|s|m|h|d))+$/.test(trimmed)) return null;
  let total = 0;
  for (const match of trimmed.matchAll(PART)) {
    total += Number(match[1]) * (UNIT_MS[match[2] as string] as number);
  }
  return total > 0 && Number.isSafeInteger(total) ? total : null;
}

/** Renders milliseconds back in the largest exact units, e.g. 259200000 → "3d", 5400000 → "1h30m". */
export function formatDuration(ms: number): string {
  let rest = ms;
  const parts: string[] = [];
  for (const unit of ["d", "h", "m", "s", "ms"] as const) {
    const size = UNIT_MS[unit] as number;
    const count = Math.floor(rest / size);
    if (count > 0) {
      parts.push(`${count}${unit}`);
      rest -= count * size;
    }
  }
  return parts.join("") || "0ms";
}
