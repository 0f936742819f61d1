// Keyset cursors for the ticket lists: where a page starts or ends, as (segment, key value, id). A link
// "Berikutnya" carries the last row of the page, "Sebelumnya" the first; the next query continues
// strictly after (or before) it. Unlike page numbers, a ticket that arrives or changes meanwhile never
// makes another ticket appear twice or drop out between two pages. Opaque in the URL (base64url JSON);
// anything that does not decode is ignored (the first page).
import "server-only";

export interface ListCursor {
  /** Index of the segment (list-views.ts segmentsOf). */
  segment: number;
  /** The key column's value of that row (ISO time). */
  key: string;
  id: string;
}

export function encodeCursor(cursor: ListCursor): string {
  return Buffer.from(JSON.stringify([cursor.segment, cursor.key, cursor.id])).toString("base64url");
}

export function decodeCursor(text: string | undefined, segments: number): ListCursor | null {
  if (!text || text.length > 300) return null;
  try {
    const value: unknown = JSON.parse(Buffer.from(text, "base64url").toString("utf8"));
    if (!Array.isArray(value) || value.length !== 3) return null;
    const [segment, key, id] = value as unknown[];
    if (typeof segment !== "number" || !Number.isInteger(segment) || segment < 0 || segment >= segments) return null;
    if (
      typeof key !== "string" ||
      Number.isNaN(Date.parse(key)) ||
      typeof id !== "string" ||
      id.length === 0 ||
      id.length > 64
    )
      return null;
    return { segment, key, id };
  } catch {
    return null;
  }
}
