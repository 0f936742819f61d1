import { FilterForm } from "@/components/ui/filter-form";
import { FormField } from "@/components/ui/form-field";
import { SelectField } from "@/components/ui/select-field";
import type { ProvinceChoice, RegencyListQuery } from "@/lib/server/admin";

// A plain GET form: the filters become the URL, and a new search starts again at page 1.
export function RegencyFilters({ query, provinces }: { query: RegencyListQuery; provinces: ProvinceChoice[] }) {
  return (
    <FilterForm action="/admin/wilayah" label="Saring kabupaten/kota">
      <div className="grid gap-x-3 gap-y-4 md:grid-cols-3">
        <FormField
          label="Cari"
          name="q"
          type="search"
          defaultValue={query.q ?? ""}
          hint="Sebagian nama, atau kode (33.74 atau 3374)."
          spellCheck={false}
        />
        <SelectField label="Provinsi" name="prov" defaultValue={query.prov ?? ""}>
          <option value="">Semua</option>
          {provinces.map((province) => (
            <option key={province.code} value={province.code}>
              {province.name}
            </option>
          ))}
        </SelectField>
        <SelectField label="Operator dinas" name="operator" defaultValue={query.operator ?? ""}>
          <option value="">Semua</option>
          <option value="tanpa">Tanpa operator dinas aktif (ada sekolah aktif)</option>
        </SelectField>
      </div>
    </FilterForm>
  );
}
