import { FilterForm } from "@/components/ui/filter-form";
import { FormField } from "@/components/ui/form-field";
import { AUDIT_ACTIONS } from "@/lib/shared/audit-actions";
import type { AuditListQuery } from "@/lib/server/admin";
import { AUDIT_ACTION_LABEL } from "./audit-labels";
import { SelectField } from "@/components/ui/select-field";

export function AuditFilters({ query }: { query: AuditListQuery }) {
  return (
    <FilterForm action="/admin/audit" label="Saring log audit">
      <div className="grid grid-cols-2 gap-x-3 gap-y-4 lg:grid-cols-4">
        <div className="col-span-2 lg:col-span-1">
          <SelectField label="Kejadian" name="action" defaultValue={query.action ?? ""}>
            <option value="">Semua kejadian</option>
            {AUDIT_ACTIONS.map((action) => (
              <option key={action} value={action}>
                {AUDIT_ACTION_LABEL[action]}
              </option>
            ))}
          </SelectField>
        </div>
        <div className="col-span-2 lg:col-span-1">
          <FormField
            label="Nama pengguna"
            name="username"
            type="search"
            defaultValue={query.username ?? ""}
            hint="Sebagian pun cukup."
            autoCapitalize="none"
            spellCheck={false}
          />
        </div>
        {/* A date input needs more than half of a 360 px screen. */}
        <div className="col-span-2 sm:col-span-1">
          <FormField label="Dari tanggal" name="from" type="date" defaultValue={query.from ?? ""} />
        </div>
        <div className="col-span-2 sm:col-span-1">
          <FormField label="Sampai tanggal" name="to" type="date" defaultValue={query.to ?? ""} />
        </div>
        <p className="col-span-2 -mt-2 text-sm text-muted lg:col-span-4">
          Tanggal dalam WIB; kedua tanggal ikut dihitung.
        </p>
      </div>
    </FilterForm>
  );
}
