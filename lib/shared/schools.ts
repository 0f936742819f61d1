// Bentuk pendidikan and status as the helpdesk stores them, and how a Dapodik export spells them.
// Pure (no database): the import, the admin pages and the counter share these words.

export const SCHOOL_FORMS = ["TK", "KB", "TPA", "SPS", "PKBM", "SKB", "LKP"] as const;
export type SchoolForm = (typeof SCHOOL_FORMS)[number];

export const SCHOOL_STATUSES = ["NEGERI", "SWASTA"] as const;
export type SchoolStatus = (typeof SCHOOL_STATUSES)[number];

export const FORM_LABEL: Record<SchoolForm, string> = {
  TK: "Taman Kanak-Kanak",
  KB: "Kelompok Bermain",
  TPA: "Taman Penitipan Anak",
  SPS: "Satuan PAUD Sejenis",
  PKBM: "Pusat Kegiatan Belajar Masyarakat",
  SKB: "Sanggar Kegiatan Belajar",
  LKP: "Lembaga Kursus dan Pelatihan",
};

export const STATUS_LABEL: Record<SchoolStatus, string> = { NEGERI: "Negeri", SWASTA: "Swasta" };

/** Dapodik's bentuk_pendidikan_id, where one is known (none was found for PKBM, SKB and LKP). */
export const DAPODIK_BENTUK_ID: Partial<Record<SchoolForm, number>> = { TK: 1, KB: 2, TPA: 3, SPS: 4 };

/** "Taman Kanak-kanak", "TAMAN KANAK KANAK", "tk" → one key: lower case, letters and digits only. */
function key(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

const FORM_BY_KEY = new Map<string, SchoolForm>([
  ...SCHOOL_FORMS.map((form) => [key(form), form] as const),
  ...SCHOOL_FORMS.map((form) => [key(FORM_LABEL[form]), form] as const),
  [key("Satuan PAUD Sejenis (SPS)"), "SPS"],
  [key("Pos PAUD"), "SPS"],
  [key("SPNF SKB"), "SKB"],
  [key("Sanggar Kegiatan Belajar (SKB)"), "SKB"],
  [key("Kursus"), "LKP"],
  [key("Lembaga Kursus"), "LKP"],
  [key("Lembaga Kursus dan Pelatihan (LKP)"), "LKP"],
  [key("Pusat Kegiatan Belajar Masyarakat (PKBM)"), "PKBM"],
]);

/** The bentuk for a code or a Dapodik name, or null when it is not a PAUD/Dikmas form we serve. */
export function parseSchoolForm(text: string): SchoolForm | null {
  return FORM_BY_KEY.get(key(text)) ?? null;
}

export function parseSchoolStatus(text: string): SchoolStatus | null {
  const normalized = key(text).toUpperCase();
  return (SCHOOL_STATUSES as readonly string[]).includes(normalized) ? (normalized as SchoolStatus) : null;
}

/** "33.74" as is; "3374" (without the dot) becomes "33.74". Null when it cannot be a kab/kota code. */
export function normalizeRegencyCode(text: string): string | null {
  const trimmed = text.trim();
  if (/^\d{2}\.\d{2}$/.test(trimmed)) return trimmed;
  if (/^\d{4}$/.test(trimmed)) return `${trimmed.slice(0, 2)}.${trimmed.slice(2)}`;
  return null;
}

export function isSchoolForm(value: unknown): value is SchoolForm {
  return typeof value === "string" && (SCHOOL_FORMS as readonly string[]).includes(value);
}

/** The counter searches school names from this many characters (fewer would match half the country). */
export const NAME_SEARCH_MIN = 3;
