import type { ReportFilters } from "@/lib/shared/report-params";
import type { ReportFilterOptions } from "@/lib/server/reports";
import { formatDay } from "./format";

const ASKER = { SEKOLAH: "penanya satuan pendidikan", DINAS: "penanya Dinas kab/kota" } as const;
const CHANNEL = { WEB: "lewat web", WALK_IN: "di loket ULT" } as const;

/** The applied filters in words: "Tiket yang dibuka 1 Mar 2026 – 30 Mar 2026 (WIB) · Jawa Tengah · …". */
export function describeFilters(filters: ReportFilters, options: ReportFilterOptions): string {
  const name = (list: { code: string; name: string }[], code: string | null) =>
    code ? (list.find((o) => o.code === code)?.name ?? code) : null;
  return [
    `Tiket yang dibuka ${formatDay(filters.from)} – ${formatDay(filters.to)} (WIB)`,
    name(options.provinces, filters.province),
    name(options.regencies, filters.regency),
    name(options.categories, filters.category),
    filters.asker ? ASKER[filters.asker] : null,
    filters.channel ? CHANNEL[filters.channel] : null,
  ]
    .filter(Boolean)
    .join(" · ");
}
