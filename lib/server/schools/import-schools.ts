// The school import: a Dapodik export (CSV) upserted by NPSN. Two passes over the file, so 250,000
// rows are never held in memory at once:
//  1. check every row (and find NPSNs that appear twice) — a file that cannot be read as the expected
//     CSV stops here and changes nothing;
//  2. write every valid row in ONE transaction, in batches of one INSERT … ON CONFLICT statement each,
//     moving the running tickets of schools that changed kab/kota in the same transaction (on a
//     PostgreSQL server through one pg connection directly: raw-transaction.ts).
// Rejected rows are reported (line and reason) and skipped; the valid rows are imported. A dry run
// does all of it and rolls back, so its report says exactly what an import would do.
import "server-only";
import fs from "node:fs";
import { authorize, type Actor } from "@/lib/domain";
import { CsvFileError, readCsvRecords, type CsvRecord } from "./csv-reader";
import { moveSchoolTickets } from "./move-tickets";
import { inRawTransaction, type ImportDatabase } from "./raw-transaction";
import { checkSchoolRecord, isBlankRecord, resolveColumns, type SchoolColumns, type SchoolRow } from "./school-csv";
import { upsertSchools } from "./upsert-schools";
import type { RowRejection } from "@/lib/shared/school-import";
import { tryLockSchoolWrites } from "./write-lock";

export const IMPORT_BATCH_SIZE = 2000;
/** More rejections than this are counted but not listed (a wrong file would otherwise fill memory). */
export const MAX_LISTED_REJECTIONS = 250_000;
const CHECK_PROGRESS_EVERY = 10_000;

export type ImportProgress = { phase: "check"; rows: number } | { phase: "write"; done: number; total: number };

export interface ImportReport {
  dryRun: boolean;
  /** Data rows in the file (blank lines not counted). */
  rows: number;
  valid: number;
  inserted: number;
  updated: number;
  unchanged: number;
  movedSchools: number;
  movedTickets: number;
  rejectedCount: number;
  /** Every rejected row (up to MAX_LISTED_REJECTIONS), in file order. */
  rejected: RowRejection[];
  checkMs: number;
  writeMs: number;
}

export type ImportFailureCode = "BROKEN_FILE" | "BUSY" | "FORBIDDEN";
export type ImportResult = { ok: true; report: ImportReport } | { ok: false; code: ImportFailureCode; message: string };

export interface ImportSchoolsOptions {
  /** The admin importing: authorized here, and the actor of the SCHOOL_MOVED history events. */
  actor: Actor;
  dryRun?: boolean;
  now?: () => Date;
  batchSize?: number;
  onProgress?: (progress: ImportProgress) => void;
}

/** Opens the file's bytes from the start; called once per pass. */
export type ByteSource = () => AsyncIterable<Uint8Array>;

export const BUSY_MESSAGE =
  "Data sekolah sedang diubah oleh impor lain atau oleh admin lain. Tunggu sampai selesai, lalu coba lagi.";

class ImportBusy extends Error {}
class DryRunDone extends Error {}

interface CheckedFile {
  columns: SchoolColumns;
  rows: number;
  rejectedLines: Set<number>;
  rejectedCount: number;
  rejected: RowRejection[];
}

async function checkFile(
  records: AsyncGenerator<CsvRecord>,
  regencyCodes: ReadonlySet<string>,
  options: ImportSchoolsOptions,
): Promise<CheckedFile> {
  const columns = resolveColumns((await records.next()).value ?? undefined);
  const byLine = new Map<number, RowRejection>();
  const firstLineOf = new Map<string, number>();
  const duplicates = new Map<string, number[]>();
  let rows = 0;
  for await (const record of records) {
    if (isBlankRecord(record)) continue;
    rows++;
    const check = checkSchoolRecord(record, columns, regencyCodes);
    if (!check.ok) byLine.set(record.line, { line: record.line, npsn: check.npsn, reason: check.reason });
    const npsn = check.ok ? check.row.npsn : check.npsn;
    if (npsn) {
      const first = firstLineOf.get(npsn);
      if (first === undefined) firstLineOf.set(npsn, record.line);
      else duplicates.set(npsn, [...(duplicates.get(npsn) ?? [first]), record.line]);
    }
    if (rows % CHECK_PROGRESS_EVERY === 0) options.onProgress?.({ phase: "check", rows });
  }
  // Two rows for one NPSN: which one is right cannot be known, so neither is imported.
  for (const [npsn, lines] of duplicates) {
    const reason = `NPSN ${npsn} muncul ${lines.length} kali di berkas (baris ${lines.join(", ")}); tidak ada yang diimpor.`;
    for (const line of lines) {
      const existing = byLine.get(line);
      byLine.set(line, existing ? { ...existing, reason: `${existing.reason} ${reason}` } : { line, npsn, reason });
    }
  }
  const rejected = [...byLine.values()].sort((a, b) => a.line - b.line);
  options.onProgress?.({ phase: "check", rows });
  return {
    columns,
    rows,
    rejectedLines: new Set(byLine.keys()),
    rejectedCount: rejected.length,
    rejected: rejected.slice(0, MAX_LISTED_REJECTIONS),
  };
}

async function* validRows(
  records: AsyncGenerator<CsvRecord>,
  checked: CheckedFile,
  regencyCodes: ReadonlySet<string>,
): AsyncGenerator<SchoolRow> {
  await records.next(); // the header
  for await (const record of records) {
    if (isBlankRecord(record) || checked.rejectedLines.has(record.line)) continue;
    const check = checkSchoolRecord(record, checked.columns, regencyCodes);
    // The same bytes were checked a moment ago: a difference means the file changed under us.
    if (!check.ok) throw new Error(`school import: line ${record.line} changed between the passes`);
    yield check.row;
  }
}

export async function importSchools(
  db: ImportDatabase,
  source: ByteSource,
  options: ImportSchoolsOptions,
): Promise<ImportResult> {
  const allowed = authorize(options.actor, "admin.manage");
  if (!allowed.ok) return { ok: false, code: "FORBIDDEN", message: allowed.message };
  const now = options.now ?? (() => new Date());
  const batchSize = options.batchSize ?? IMPORT_BATCH_SIZE;
  const regencyCodes = new Set(
    (await db.prisma.regency.findMany({ select: { code: true } })).map((regency) => regency.code),
  );

  const checkStarted = Date.now();
  let checked: CheckedFile;
  try {
    checked = await checkFile(readCsvRecords(source()), regencyCodes, options);
  } catch (error) {
    if (error instanceof CsvFileError) return { ok: false, code: "BROKEN_FILE", message: error.message };
    throw error;
  }
  const valid = checked.rows - checked.rejectedCount;
  const report: ImportReport = {
    dryRun: options.dryRun ?? false,
    rows: checked.rows,
    valid,
    inserted: 0,
    updated: 0,
    unchanged: 0,
    movedSchools: 0,
    movedTickets: 0,
    rejectedCount: checked.rejectedCount,
    rejected: checked.rejected,
    checkMs: Date.now() - checkStarted,
    writeMs: 0,
  };
  if (valid === 0) return { ok: true, report };

  const writeStarted = Date.now();
  const at = now();
  const hasAddress = checked.columns.index.alamat !== null;
  try {
    await inRawTransaction(db, async (tx) => {
      if (!(await tryLockSchoolWrites(tx))) throw new ImportBusy();
      const write = async (rows: SchoolRow[]) => {
        const outcome = await upsertSchools(tx, rows, { hasAddress, at });
        report.inserted += outcome.inserted;
        report.updated += outcome.updated;
        report.unchanged += outcome.unchanged;
        report.movedSchools += outcome.moves.length;
        report.movedTickets += await moveSchoolTickets(tx, outcome.moves, options.actor.userId, at);
        options.onProgress?.({
          phase: "write",
          done: report.inserted + report.updated + report.unchanged,
          total: valid,
        });
      };
      // The next batch is read from the file while the database writes this one (two cores, two jobs).
      let writing: Promise<void> = Promise.resolve();
      const startWriting = async (rows: SchoolRow[]) => {
        await writing;
        writing = write(rows);
        writing.catch(() => undefined); // awaited below; marked handled so a failure is not "unhandled" meanwhile
      };
      let batch: SchoolRow[] = [];
      for await (const row of validRows(readCsvRecords(source()), checked, regencyCodes)) {
        batch.push(row);
        if (batch.length >= batchSize) {
          await startWriting(batch);
          batch = [];
        }
      }
      if (batch.length > 0) await startWriting(batch);
      await writing;
      if (report.dryRun) throw new DryRunDone();
    });
  } catch (error) {
    if (error instanceof ImportBusy) return { ok: false, code: "BUSY", message: BUSY_MESSAGE };
    if (!(error instanceof DryRunDone)) throw error;
  }
  report.writeMs = Date.now() - writeStarted;
  return { ok: true, report };
}

export function importSchoolsFromFile(
  db: ImportDatabase,
  filePath: string,
  options: ImportSchoolsOptions,
): Promise<ImportResult> {
  return importSchools(db, () => fs.createReadStream(filePath, { highWaterMark: 1 << 20 }), options);
}
