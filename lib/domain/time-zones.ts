// Indonesia's three zones (Keppres 41/1987), by province (Kemendagri code). No daylight saving.
// Kalimantan Barat and Tengah use Asia/Pontianak: the same offset as Jakarta (WIB).

export type ZoneLabel = "WIB" | "WITA" | "WIT";

const WITA_PROVINCES = new Set(["51", "52", "53", "63", "64", "65", "71", "72", "73", "74", "75", "76"]);
const WIT_PROVINCES = new Set(["81", "82", "91", "92", "93", "94", "95", "96"]);
const PONTIANAK_PROVINCES = new Set(["61", "62"]);

export function timeZoneOfProvince(provinceCode: string): string {
  if (WITA_PROVINCES.has(provinceCode)) return "Asia/Makassar";
  if (WIT_PROVINCES.has(provinceCode)) return "Asia/Jayapura";
  if (PONTIANAK_PROVINCES.has(provinceCode)) return "Asia/Pontianak";
  return "Asia/Jakarta";
}

export function zoneLabelOf(timeZone: string): ZoneLabel {
  if (timeZone === "Asia/Makassar") return "WITA";
  if (timeZone === "Asia/Jayapura") return "WIT";
  return "WIB";
}
