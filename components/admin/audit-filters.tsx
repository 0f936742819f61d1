import { FormField } from "@/components/ui/form-field";
import { AUDIT_ACTIONS } from "@/lib/server/audit";
import type { AuditListQuery } from "@/lib/server/admin-queries";
import { AUDIT_ACTION_LABEL } from "./audit-labels";
import { SelectField } from "./select-field";

// A plain GET form, like the account filters: the URL is the state.
export function AuditFilters({ query }: { query: AuditListQuery }) {
  return (
    <form method="get" action="/admin/audit" role="search" aria-label="Saring log audit" className="rounded-lg border border-line bg-white p-4">
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <SelectField label="Kejadian" name="action" defaultValue={query.action ?? ""}>
          <option value="">Semua kejadian</option>
          {AUDIT_ACTIONS.map((action) => (
            <option key={action} value={action}>
              {AUDIT_ACTION_LABEL[action]}
            </option>
          ))}
        </SelectField>
        <FormField
          label="Nama pengguna memuat"
          name="username"
          type="search"
          defaultValue={query.username ?? ""}
          autoCapitalize="none"
          spellCheck={false}
        />
        <FormField label="Dari tanggal" name="from" type="date" defaultValue={query.from ?? ""} hint="Tanggal WIB." />
        <FormField label="Sampai tanggal" name="to" type="date" defaultValue={query.to ?? ""} hint="Tanggal WIB, ikut dihitung." />
      </div>
      <div className="mt-4 flex flex-wrap items-center gap-3">
        <button
          type="submit"
          className="inline-flex min-h-11 items-center justify-center rounded-lg bg-brand-700 px-5 font-semibold text-white hover:bg-brand-800"
        >
          Terapkan filter
        </button>
        <a href="/admin/audit" className="inline-flex min-h-11 items-center px-2 font-semibold text-brand-700">
          Hapus filter
        </a>
      </div>
    </form>
  );
}
