import { FilterForm } from "@/components/ui/filter-form";
import { SelectField } from "@/components/ui/select-field";
import { FormField } from "@/components/ui/form-field";
import { DEFAULT_LEAGUE_SORT, periodPresets, type ReportFilters } from "@/lib/shared/report-params";
import type { ReportFilterOptions } from "@/lib/server/reports";
import { REPORT_PATH, reportHref } from "./links";

const CHIP = "inline-flex min-h-11 items-center rounded-full border px-4 text-sm font-semibold no-underline";

// A plain GET form: the URL is the state, it works before (or without) any JavaScript, and a filtered
// report can be bookmarked or sent to a colleague.
export function ReportFiltersForm({
  filters,
  options,
  now,
}: {
  filters: ReportFilters;
  options: ReportFilterOptions;
  now: Date;
}) {
  return (
    <FilterForm action={REPORT_PATH} label="Saring laporan">
      <nav aria-label="Periode cepat" className="mb-4 flex flex-wrap gap-2">
        {periodPresets(now).map((preset) => {
          const isCurrent = preset.from === filters.from && preset.to === filters.to;
          return (
            <a
              key={preset.label}
              href={reportHref(filters, { from: preset.from, to: preset.to })}
              aria-current={isCurrent ? "true" : undefined}
              className={`${CHIP} ${isCurrent ? "border-brand-700 bg-brand-700 text-white" : "border-brand-700 bg-white text-brand-700 hover:bg-brand-50"}`}
            >
              {preset.label}
            </a>
          );
        })}
      </nav>
      <div className="grid grid-cols-2 gap-x-3 gap-y-4 lg:grid-cols-4">
        <FormField label="Dibuka dari tanggal" name="from" type="date" defaultValue={filters.from} />
        <FormField label="Sampai tanggal" name="to" type="date" defaultValue={filters.to} />
        <div className="col-span-2 lg:col-span-1">
          <SelectField label="Provinsi" name="province" defaultValue={filters.province ?? ""}>
            <option value="">Semua provinsi</option>
            {options.provinces.map((p) => (
              <option key={p.code} value={p.code}>
                {p.name}
              </option>
            ))}
          </SelectField>
        </div>
        <div className="col-span-2 lg:col-span-1">
          <SelectField
            label="Kabupaten/kota"
            name="regency"
            defaultValue={filters.regency ?? ""}
            hint={filters.province ? undefined : "Pilih provinsi lalu terapkan untuk memilih kab/kota."}
          >
            <option value="">{filters.province ? "Semua kab/kota di provinsi ini" : "Semua kab/kota"}</option>
            {options.regencies.map((r) => (
              <option key={r.code} value={r.code}>
                {r.name}
              </option>
            ))}
          </SelectField>
        </div>
        <div className="col-span-2 lg:col-span-2">
          <SelectField label="Kategori" name="category" defaultValue={filters.category ?? ""}>
            <option value="">Semua kategori</option>
            {options.categories.map((c) => (
              <option key={c.code} value={c.code}>
                {c.name}
              </option>
            ))}
          </SelectField>
        </div>
        <SelectField label="Penanya" name="asker" defaultValue={filters.asker ?? ""}>
          <option value="">Semua</option>
          <option value="SEKOLAH">Satuan pendidikan</option>
          <option value="DINAS">Dinas kab/kota</option>
        </SelectField>
        <SelectField label="Saluran" name="channel" defaultValue={filters.channel ?? ""}>
          <option value="">Semua</option>
          <option value="WEB">Web</option>
          <option value="WALK_IN">Loket ULT</option>
        </SelectField>
        <p className="col-span-2 -mt-2 text-sm text-muted lg:col-span-4">
          Tanggal dalam WIB; kedua tanggal ikut dihitung (paling lama 1 tahun).
        </p>
      </div>
      {filters.sort !== DEFAULT_LEAGUE_SORT && <input type="hidden" name="sort" value={filters.sort} />}
    </FilterForm>
  );
}
