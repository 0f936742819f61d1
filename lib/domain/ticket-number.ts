// Human ticket numbers ("HD-2026-000123"): what users read out on the phone and type into search.
// The sequence restarts every year; six digits cover a busy year, and longer numbers are never cut.

const PREFIX = "HD";
const PATTERN = /^HD-(\d{4})-(\d{6,})$/;

export function formatTicketNumber(year: number, seq: number): string {
  // A bad year or sequence is a bug in the caller (the counter), not user input: fail loudly.
  if (!Number.isInteger(year) || year < 1000 || year > 9999) throw new RangeError(`Invalid ticket year: ${year}`);
  if (!Number.isSafeInteger(seq) || seq < 1) throw new RangeError(`Invalid ticket sequence: ${seq}`);
  return `${PREFIX}-${year}-${String(seq).padStart(6, "0")}`;
}

/**
 * Reads a number as users type it (any case, spaces around, an optional leading "#").
 * Null unless it is exactly what formatTicketNumber would print, so one ticket has one spelling.
 */
export function parseTicketNumber(text: string): { year: number; seq: number } | null {
  const normalized = text.trim().replace(/^#/, "").toUpperCase();
  const match = PATTERN.exec(normalized);
  if (!match) return null;
  const year = Number(match[1]);
  const seq = Number(match[2]);
  if (year < 1000 || !Number.isSafeInteger(seq) || seq < 1) return null;
  return formatTicketNumber(year, seq) === normalized ? { year, seq } : null;
}
