// A plain GET form: the filters become the URL (shareable, works before any JavaScript loads), and a
// new search starts again at page 1. The order is here too, because phones see cards, not headers.
import { FilterActions, FilterForm } from "@/components/ui/filter-form";
import { SelectField } from "@/components/ui/select-field";
import { FormField } from "@/components/ui/form-field";
import { TICKET_STATES, TIERS } from "@/lib/domain/types";
import type { CategoryOption } from "@/lib/server/tickets/categories";
import type { TicketSort } from "@/lib/shared/ticket-input";
import { SORT_LABEL, STATE_LABEL, TIER_LABEL } from "./labels";
import { hrefOf, type ListFilters } from "./list-query";

interface TicketFiltersProps {
  basePath: string;
  view?: string;
  filters: ListFilters;
  sort: TicketSort;
  dir: "asc" | "desc";
  categories: CategoryOption[];
  showTier: boolean;
  showSchool: boolean;
  pageSize?: string;
}

export function TicketFilters({
  basePath,
  view,
  filters,
  sort,
  dir,
  categories,
  showTier,
  showSchool,
  pageSize,
}: TicketFiltersProps) {
  const { q: _q, ...others } = filters;
  const activeCount = Object.values(others).filter((value) => value !== undefined).length;
  return (
    <FilterForm
      action={basePath}
      label="Saring tiket"
      actions={false}
      className="rounded-lg border border-line bg-white p-3 sm:p-4"
    >
      {view && <input type="hidden" name="view" value={view} />}
      {pageSize && <input type="hidden" name="pageSize" value={pageSize} />}
      <div className="space-y-1">
        {/* On a phone the field and its "Cari" button say it; the label and hint stay for screen readers. */}
        <label htmlFor="q" className="sr-only font-semibold sm:not-sr-only sm:block">
          Cari
        </label>
        <div className="flex gap-2">
          <input
            id="q"
            name="q"
            type="search"
            defaultValue={filters.q ?? ""}
            placeholder="Judul, pesan, atau nomor tiket"
            aria-describedby="q-hint"
            spellCheck={false}
            className="block min-h-11 w-full min-w-0 flex-1 rounded-lg border border-slate-400 bg-white px-3 text-base"
          />
          <button
            type="submit"
            className="inline-flex min-h-11 shrink-0 items-center justify-center rounded-lg bg-brand-700 px-4 font-semibold text-white hover:bg-brand-800"
          >
            Cari
          </button>
        </div>
        <p id="q-hint" className="hidden text-sm text-muted sm:block">
          Judul, isi pesan, atau nomor tiket (HD-…).
        </p>
      </div>
      {/* Closed fields still submit; the details only save a phone's screen until they are needed. */}
      <details open={activeCount > 0} className="mt-2">
        <summary className="inline-flex min-h-11 cursor-pointer items-center font-semibold text-brand-700">
          Filter dan urutan{activeCount > 0 ? ` (${activeCount} filter aktif)` : ""}
        </summary>
        <div className="mt-2 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {showSchool && (
            <FormField
              label="Sekolah"
              name="npsn"
              type="search"
              defaultValue={filters.npsn ?? ""}
              hint="NPSN atau awal nama sekolah."
              autoCapitalize="none"
              spellCheck={false}
            />
          )}
          <SelectField label="Status" name="state" defaultValue={filters.state ?? ""}>
            <option value="">Semua status</option>
            {TICKET_STATES.map((state) => (
              <option key={state} value={state}>
                {STATE_LABEL[state]}
              </option>
            ))}
          </SelectField>
          {showTier && (
            <SelectField label="Ditangani" name="tier" defaultValue={filters.tier ?? ""}>
              <option value="">Semua (Dinas dan Helpdesk)</option>
              {TIERS.map((tier) => (
                <option key={tier} value={tier}>
                  {TIER_LABEL[tier]}
                </option>
              ))}
            </SelectField>
          )}
          <SelectField label="Kategori" name="categoryId" defaultValue={filters.categoryId ?? ""}>
            <option value="">Semua kategori</option>
            {categories.map((category) => (
              <option key={category.id} value={category.id}>
                {category.isActive ? category.name : `${category.name} (tidak dipakai lagi)`}
              </option>
            ))}
          </SelectField>
          <SelectField label="Urutkan menurut" name="sort" defaultValue={sort}>
            {(Object.keys(SORT_LABEL) as TicketSort[]).map((key) => (
              <option key={key} value={key}>
                {SORT_LABEL[key]}
              </option>
            ))}
          </SelectField>
          <SelectField label="Arah urutan" name="dir" defaultValue={dir}>
            <option value="asc">Naik (terlama atau terdekat dulu)</option>
            <option value="desc">Turun (terbaru atau terjauh dulu)</option>
          </SelectField>
        </div>
        <FilterActions clearHref={hrefOf(basePath, { view })} />
      </details>
    </FilterForm>
  );
}
