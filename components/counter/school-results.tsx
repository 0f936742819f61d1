import { FORM_LABEL, STATUS_LABEL, NAME_SEARCH_MIN } from "@/lib/shared/schools";
import type { CounterSearch } from "@/lib/server/schools";

function chooseHref(npsn: string): string {
  return `/helpdesk/loket?${new URLSearchParams({ npsn })}`;
}

/** What the search found, each school with its kab/kota so namesakes can be told apart. */
export function SchoolResults({ search }: { search: CounterSearch }) {
  if (search.kind === "none") return null;
  if (search.kind === "tooShort") {
    return (
      <p role="status" className="rounded-lg border border-line bg-white p-3">
        Ketik minimal {NAME_SEARCH_MIN} huruf nama sekolah, atau NPSN lengkap (8 karakter).
      </p>
    );
  }
  if (search.rows.length === 0) {
    return (
      <p role="status" className="rounded-lg border border-accent-700/30 bg-accent-100 p-3">
        {search.kind === "npsn"
          ? `Tidak ada satuan pendidikan dengan NPSN ${search.query.toUpperCase()}. Coba cari dengan nama sekolah.`
          : `Tidak ada satuan pendidikan aktif yang namanya memuat “${search.query}”.`}
      </p>
    );
  }
  return (
    <div className="space-y-2">
      <p role="status" className="text-sm text-muted">
        {search.rows.length === 1
          ? "1 satuan pendidikan ditemukan."
          : `${search.rows.length} satuan pendidikan teratas.`}
      </p>
      <ul className="divide-y divide-line rounded-lg border border-line bg-white" aria-label="Hasil pencarian">
        {search.rows.map((school) => (
          <li key={school.id} className="flex flex-wrap items-center justify-between gap-3 p-3">
            <div className="min-w-0">
              <p className="font-semibold break-words">{school.name}</p>
              <p className="text-sm text-muted">
                NPSN {school.npsn} · {FORM_LABEL[school.form]} · {STATUS_LABEL[school.status]} · {school.regencyName},{" "}
                {school.provinceName}
              </p>
            </div>
            {school.isActive ? (
              <a
                href={chooseHref(school.npsn)}
                aria-label={`Pilih ${school.name} (NPSN ${school.npsn})`}
                className="inline-flex min-h-11 items-center rounded-lg border border-brand-700 bg-white px-4 font-semibold text-brand-700 no-underline hover:bg-brand-50"
              >
                Pilih
              </a>
            ) : (
              <span className="text-sm font-semibold text-red-700">Tidak aktif: tidak dapat dipilih</span>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
