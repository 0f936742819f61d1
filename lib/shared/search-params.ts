// A page's URL parameters as Next.js hands them over: a name given once is a string, given several times
// an array. Every page reads the first value only (?state=OPEN&state=CLOSED → OPEN).
export type SearchParams = Record<string, string | string[] | undefined>;

/** The first value of a URL parameter, whether it was given once or several times. */
export function firstParam(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
