import type { RowRejection } from "./import-schools";

/** The rejected rows as a CSV to open next to the file when fixing it (`;` like a Dapodik export). */
export function rejectionsCsv(rejected: readonly RowRejection[]): string {
  const quote = (text: string) => `"${text.replace(/"/g, '""')}"`;
  return ["baris;npsn;alasan", ...rejected.map((r) => `${r.line};${r.npsn ?? ""};${quote(r.reason)}`)].join("\r\n");
}
