// A day typed into a URL or a form ("2026-03-02"): a real calendar day in the years the service can be
// about. Year 1 or 9999 pass a date pattern but the database cannot hold their Jakarta midnights (year 0
// does not exist there), so such a day is treated like any other invalid value.

const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
export const FIRST_SERVICE_YEAR = 2000;
export const LAST_SERVICE_YEAR = 2099;

/** "2026-02-30" matches the pattern but is no day (Date would roll it over to March); "0001-01-01" is out of range. */
export function isCalendarDay(text: string): boolean {
  if (!DAY_PATTERN.test(text)) return false;
  const year = Number(text.slice(0, 4));
  if (year < FIRST_SERVICE_YEAR || year > LAST_SERVICE_YEAR) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}
