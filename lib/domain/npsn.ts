// NPSN (Nomor Pokok Sekolah Nasional): 8 characters. PAUD units are usually all digits; Dikmas units
// (PKBM, SKB, LKP) often carry a letter prefix such as "P" followed by 7 digits. Operators type it on
// phones, so case and surrounding spaces are forgiven.

const NPSN_PATTERN = /^(\d{8}|[A-Z]\d{7})$/;

/** The canonical spelling (trimmed, upper case), or null when it is not an NPSN. */
export function normalizeNpsn(text: string): string | null {
  const normalized = text.trim().toUpperCase();
  return NPSN_PATTERN.test(normalized) ? normalized : null;
}

export function isValidNpsn(text: string): boolean {
  return normalizeNpsn(text) !== null;
}
