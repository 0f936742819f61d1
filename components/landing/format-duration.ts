// Pure: renders a duration given in days the way the landing page says it ("3 hari", "1 jam").
// Installations (and tests) may shorten the clocks to hours or minutes, so whole days are not assumed.

const HOURS_PER_DAY = 24;
const MINUTES_PER_DAY = 24 * 60;
// Tolerates float noise such as 0.1 + 0.2 when a value was computed from milliseconds.
const EPSILON = 1e-9;

function isWhole(value: number): boolean {
  return Math.abs(value - Math.round(value)) < EPSILON;
}

/** 3 → "3 hari", 0.5 → "12 jam", 1/24 → "1 jam", 1/1440 → "1 menit", 1.25 → "30 jam". */
export function formatDays(days: number): string {
  if (!Number.isFinite(days) || days <= 0) return "0 menit";
  if (isWhole(days)) return `${Math.round(days)} hari`;
  const hours = days * HOURS_PER_DAY;
  if (isWhole(hours)) return `${Math.round(hours)} jam`;
  // Anything finer is rounded to whole minutes (at least one), which is as precise as a person needs.
  return `${Math.max(1, Math.round(days * MINUTES_PER_DAY))} menit`;
}
