// The columns of a Dapodik school export and the rules of one row (README "ULT counter and school
// data"). Pure: the kab/kota codes that exist are passed in. Every reason is what the admin reads.
import "server-only";
import { normalizeNpsn } from "@/lib/domain/npsn";
import { CsvFileError, type CsvRecord } from "./csv-reader";
import {
  DAPODIK_BENTUK_ID,
  SCHOOL_FORMS,
  normalizeRegencyCode,
  parseSchoolForm,
  parseSchoolStatus,
  type SchoolForm,
  type SchoolStatus,
} from "@/lib/shared/schools";

export const REQUIRED_COLUMNS = ["npsn", "nama", "bentuk_pendidikan", "status", "kode_kab_kota"] as const;
export const OPTIONAL_COLUMNS = ["alamat"] as const;
type Column = (typeof REQUIRED_COLUMNS)[number] | (typeof OPTIONAL_COLUMNS)[number];

export const NAME_MAX = 200;
export const ADDRESS_MAX = 500;

/** Where each known column is in the file; other columns of an export are ignored. */
export interface SchoolColumns {
  index: Record<(typeof REQUIRED_COLUMNS)[number], number> & { alamat: number | null };
  count: number;
}

/** "Bentuk Pendidikan", "KODE-KAB-KOTA" → bentuk_pendidikan, kode_kab_kota. */
export function normalizeHeader(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, "_");
}

/** Reads the header record; a file without the required columns is refused whole. */
export function resolveColumns(header: CsvRecord | undefined): SchoolColumns {
  if (!header) throw new CsvFileError("Berkas kosong: tidak ada baris judul kolom.");
  const names = header.fields.map(normalizeHeader);
  const index: Partial<Record<Column, number>> = {};
  for (const [position, name] of names.entries()) {
    if (!([...REQUIRED_COLUMNS, ...OPTIONAL_COLUMNS] as readonly string[]).includes(name)) continue;
    if (index[name as Column] !== undefined)
      throw new CsvFileError(`Kolom “${name}” muncul lebih dari sekali di baris judul.`);
    index[name as Column] = position;
  }
  const missing = REQUIRED_COLUMNS.filter((column) => index[column] === undefined);
  if (missing.length > 0) {
    const found =
      names
        .filter((name) => name !== "")
        .slice(0, 12)
        .join(", ") || "(tidak ada)";
    throw new CsvFileError(
      `Kolom wajib tidak ditemukan: ${missing.join(", ")}. Baris pertama berkas harus berisi judul kolom ` +
        `${REQUIRED_COLUMNS.join(", ")} (dan boleh alamat), dipisahkan titik koma atau koma. Judul yang terbaca: ${found}.`,
    );
  }
  const { npsn, nama, bentuk_pendidikan, status, kode_kab_kota } = index as Record<
    (typeof REQUIRED_COLUMNS)[number],
    number
  >;
  return {
    index: { npsn, nama, bentuk_pendidikan, status, kode_kab_kota, alamat: index.alamat ?? null },
    count: names.length,
  };
}

export interface SchoolRow {
  npsn: string;
  name: string;
  form: SchoolForm;
  dapodikBentukId: number | null;
  status: SchoolStatus;
  regencyCode: string;
  /** null: empty cell (or no alamat column, see `hasAddress` on the import). */
  address: string | null;
}

export type RowCheck = { ok: true; row: SchoolRow } | { ok: false; npsn: string | null; reason: string };

const clean = (text: string | undefined) => (text ?? "").replace(/\s+/g, " ").trim();

function shorten(text: string, max = 40): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** A row is blank when every cell is empty (spreadsheets export trailing `;;;;` lines). */
export function isBlankRecord(record: CsvRecord): boolean {
  return record.fields.every((field) => field.trim() === "");
}

/** One data row: either the school to write, or every reason it is refused (joined in one sentence). */
export function checkSchoolRecord(
  record: CsvRecord,
  columns: SchoolColumns,
  regencyCodes: ReadonlySet<string>,
): RowCheck {
  const { index } = columns;
  const rawNpsn = clean(record.fields[index.npsn]);
  const npsn = normalizeNpsn(rawNpsn);
  if (record.fields.length !== columns.count) {
    return {
      ok: false,
      npsn,
      reason: `Jumlah kolom ${record.fields.length}, seharusnya ${columns.count} seperti baris judul.`,
    };
  }
  if (record.isMalformed) {
    return {
      ok: false,
      npsn,
      reason: 'Tanda petik (") tidak pada tempatnya: isi kolom tidak dapat dibaca dengan pasti.',
    };
  }
  const reasons: string[] = [];
  if (rawNpsn === "") reasons.push("NPSN kosong.");
  else if (!npsn) reasons.push(`NPSN “${shorten(rawNpsn)}” tidak sah: harus 8 angka, atau 1 huruf diikuti 7 angka.`);

  const name = clean(record.fields[index.nama]);
  if (name === "") reasons.push("Nama satuan pendidikan kosong.");
  else if (name.length > NAME_MAX) reasons.push(`Nama lebih dari ${NAME_MAX} karakter.`);

  const rawForm = clean(record.fields[index.bentuk_pendidikan]);
  const form = parseSchoolForm(rawForm);
  if (!form) {
    reasons.push(
      rawForm === ""
        ? "Bentuk pendidikan kosong."
        : `Bentuk pendidikan “${shorten(rawForm)}” tidak dikenal (yang diterima: ${SCHOOL_FORMS.join(", ")}).`,
    );
  }

  const rawStatus = clean(record.fields[index.status]);
  const status = parseSchoolStatus(rawStatus);
  if (!status)
    reasons.push(
      rawStatus === "" ? "Status kosong." : `Status “${shorten(rawStatus)}” tidak dikenal (NEGERI atau SWASTA).`,
    );

  const rawRegency = clean(record.fields[index.kode_kab_kota]);
  const regencyCode = normalizeRegencyCode(rawRegency);
  if (rawRegency === "") reasons.push("Kode kabupaten/kota kosong.");
  else if (!regencyCode || !regencyCodes.has(regencyCode)) {
    reasons.push(`Kode kabupaten/kota “${shorten(rawRegency)}” tidak dikenal (kode Kemendagri, mis. 33.74).`);
  }

  const address = index.alamat === null ? "" : clean(record.fields[index.alamat]);
  if (address.length > ADDRESS_MAX) reasons.push(`Alamat lebih dari ${ADDRESS_MAX} karakter.`);

  if (reasons.length > 0 || !npsn || !form || !status || !regencyCode)
    return { ok: false, npsn, reason: reasons.join(" ") };
  return {
    ok: true,
    row: {
      npsn,
      name,
      form,
      dapodikBentukId: DAPODIK_BENTUK_ID[form] ?? null,
      status,
      regencyCode,
      address: address || null,
    },
  };
}
