import { FilterForm } from "@/components/ui/filter-form";
import { FormField } from "@/components/ui/form-field";
import { ROLE_LABEL } from "@/lib/domain/roles";
import { ROLES } from "@/lib/domain/types";
import type { AccountListQuery } from "@/lib/server/admin";
import { SelectField } from "@/components/ui/select-field";

export function AccountFilters({ query }: { query: AccountListQuery }) {
  return (
    <FilterForm action="/admin/akun" label="Saring akun">
      {/* Two columns even on a phone for the short selects, so the list starts on the first screen. */}
      <div className="grid grid-cols-2 gap-x-3 gap-y-4 lg:grid-cols-4">
        <div className="col-span-2 lg:col-span-1">
          <FormField
            label="Cari"
            name="q"
            type="search"
            defaultValue={query.q ?? ""}
            hint="Nama pengguna, nama, atau NPSN."
            autoCapitalize="none"
            spellCheck={false}
          />
        </div>
        <div className="col-span-2 lg:col-span-1">
          <FormField
            label="Kabupaten/kota"
            name="regency"
            type="search"
            defaultValue={query.regency ?? ""}
            hint="Kode (mis. 33.74) atau nama."
          />
        </div>
        <SelectField label="Peran" name="role" defaultValue={query.role ?? ""}>
          <option value="">Semua</option>
          {ROLES.map((role) => (
            <option key={role} value={role}>
              {ROLE_LABEL[role]}
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
