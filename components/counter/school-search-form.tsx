import { FormField } from "@/components/ui/form-field";
import type { ProvinceOption } from "@/lib/server/admin";
import { SelectField } from "@/components/ui/select-field";

const BUTTON =
  "inline-flex min-h-11 items-center justify-center rounded-lg bg-brand-700 px-5 font-semibold text-white hover:bg-brand-800";

// Plain GET forms: they work before any JavaScript loads, and the URL is the counter's state.

/** A school's visitor: NPSN (exact) or part of the school's name. */
export function SchoolSearchForm({ query }: { query: string }) {
  return (
    <form method="get" action="/helpdesk/loket" role="search" aria-label="Cari satuan pendidikan" className="space-y-3">
      <FormField
        label="NPSN atau nama satuan pendidikan"
        name="q"
        type="search"
        defaultValue={query}
        autoFocus={query === ""}
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        maxLength={100}
        hint="NPSN lengkap (8 karakter, mis. 20351671 atau P9984383), atau minimal 3 huruf dari nama sekolah."
      />
      <button type="submit" className={BUTTON}>
        Cari
      </button>
    </form>
  );
}

/** A district office's visitor: its kab/kota. */
export function RegencyPickerForm({ provinces }: { provinces: ProvinceOption[] }) {
  return (
    <form
      method="get"
      action="/helpdesk/loket"
      aria-label="Pilih kabupaten/kota Dinas Pendidikan"
      className="space-y-3"
    >
      <SelectField
        label="Kabupaten/kota"
        name="kab"
        defaultValue=""
        hint="Dinas Pendidikan kabupaten/kota asal pengunjung."
      >
        <option value="">Pilih kabupaten/kota…</option>
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
      <button type="submit" className={BUTTON}>
        Pilih Dinas Pendidikan ini
      </button>
    </form>
  );
}
