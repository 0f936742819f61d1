// CSV for spreadsheets used in Indonesia: UTF-8 with a BOM (so Excel reads the accents), ";" between
// cells (Excel in the id-ID locale uses "," as the decimal mark and ";" as the list separator), numbers
// with a decimal comma and no thousands mark, dates "29/11/2026 16.24" in WIB. Streamed row by row.
import "server-only";
import { REPORT_TIME_ZONE } from "@/lib/shared/report-params";

export const CSV_SEPARATOR = ";";
export const CSV_BOM = "\uFEFF";

export type CsvValue = string | number | Date | null;

const DATE_TIME = new Intl.DateTimeFormat("id-ID", {
  timeZone: REPORT_TIME_ZONE,
  day: "2-digit",
  month: "2-digit",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
});

export function csvDateTime(at: Date): string {
  return DATE_TIME.format(at).replace(",", "");
}

/** "87,5" — at most `digits` decimals, a decimal comma, no thousands mark. */
export function csvNumber(value: number, digits = 2): string {
  const text = Number(value.toFixed(digits)).toString();
  return text.replace(".", ",");
}

function quote(text: string): string {
  // A cell a spreadsheet would run as a formula (=, +, -, @, tab, CR) starts with a quote instead.
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[";\r\n]/.test(safe) || safe !== safe.trim() ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function csvCell(value: CsvValue): string {
  if (value === null) return "";
  if (value instanceof Date) return csvDateTime(value);
  if (typeof value === "number") return csvNumber(value);
  return quote(value);
}

export function csvLine(cells: CsvValue[]): string {
  return `${cells.map(csvCell).join(CSV_SEPARATOR)}\r\n`;
}

/**
 * A streamed CSV download: the header first, then each batch as it arrives from the database. Pulled
 * by the client, so a slow download does not make the server read ahead.
 */
export function csvResponse(filename: string, header: string[], batches: AsyncIterable<CsvValue[][]>): Response {
  const encoder = new TextEncoder();
  const iterator = batches[Symbol.asyncIterator]();
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(CSV_BOM + csvLine(header)));
    },
    async pull(controller) {
      try {
        const next = await iterator.next();
        if (next.done) {
          controller.close();
          return;
        }
        controller.enqueue(encoder.encode(next.value.map(csvLine).join("")));
      } catch (error) {
        console.error("[laporan] ekspor CSV gagal", error);
        controller.error(error);
      }
    },
    async cancel() {
      await iterator.return?.(undefined);
    },
  });
  return new Response(stream, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}

/** One batch from rows already in memory (the small tables). */
export async function* inOneBatch(rows: CsvValue[][]): AsyncGenerator<CsvValue[][]> {
  yield rows;
}
