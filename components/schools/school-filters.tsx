import { FilterForm } from "@/components/ui/filter-form";
import { SelectField } from "@/components/ui/select-field";
import { FormField } from "@/components/ui/form-field";
import type { ProvinceOption } from "@/lib/server/admin";
import { FORM_LABEL, SCHOOL_FORMS } from "@/lib/shared/schools";
import type { SchoolListQuery } from "@/lib/server/schools";

export function SchoolFilters({ query, provinces }: { query: SchoolListQuery; provinces: ProvinceOption[] }) {
  return (
    <FilterForm action="/admin/sekolah" label="Saring sekolah">
      <div className="grid grid-cols-2 gap-x-3 gap-y-4 lg:grid-cols-4">
        <div className="col-span-2 lg:col-span-1">
          <FormField
            label="Cari"
            name="q"
            type="search"
            defaultValue={query.q ?? ""}
            hint="NPSN lengkap atau sebagian nama."
            spellCheck={false}
          />
        </div>
        <div className="col-span-2 lg:col-span-1">
          <SelectField label="Kabupaten/kota" name="kab" defaultValue={query.kab ?? ""}>
            <option value="">Semua</option>
            {provinces.map((province) => (
              <optgroup key={province.code} label={province.name}>
                {province.regencies.map((regency) => (
                  <option key={regency.code} value={regency.code}>
                    {regency.name}
                  </option>
                ))}
              </optgroup>
            ))}
          </SelectField>
        </div>
        <SelectField label="Bentuk" name="bentuk" defaultValue={query.bentuk ?? ""}>
          <option value="">Semua</option>
          {SCHOOL_FORMS.map((form) => (
            <option key={form} value={form}>
              {form} — {FORM_LABEL[form]}
            </option>
          ))}
        </SelectField>
        <SelectField label="Status" name="status" defaultValue={query.status ?? ""}>
          <option value="">Semua</option>
          <option value="active">Aktif</option>
          <option value="inactive">Nonaktif</option>
        </SelectField>
      </div>
    </FilterForm>
  );
}
