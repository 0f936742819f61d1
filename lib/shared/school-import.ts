// A school import's rejected rows: what the import reports (lib/server/schools/import-schools.ts) and the
// CSV the import page offers to download next to the file, made in the browser.

/** A data row the import refused, and why (Bahasa Indonesia). */
export interface RowRejection {
  line: number;
  npsn: string | null;
  reason: string;
}

/** The rejected rows as a CSV to open next to the file when fixing it (`;` like a Dapodik export). */
export function rejectionsCsv(rejected: readonly RowRejection[]): string {
  const quote = (text: string) => `"${text.replace(/"/g, '""')}"`;
  return ["baris;npsn;alasan", ...rejected.map((r) => `${r.line};${r.npsn ?? ""};${quote(r.reason)}`)].join("\r\n");
}
