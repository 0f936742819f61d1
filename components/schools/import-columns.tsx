import { FORM_LABEL, SCHOOL_FORMS } from "@/lib/shared/schools";

const COLUMNS = [
  ["npsn", "wajib", "8 angka, atau 1 huruf diikuti 7 angka (mis. 20351671, P9984383)."],
  ["nama", "wajib", "Nama satuan pendidikan."],
  ["bentuk_pendidikan", "wajib", `Kode (${SCHOOL_FORMS.join(", ")}) atau nama Dapodik (mis. “${FORM_LABEL.TK}”).`],
  ["status", "wajib", "NEGERI atau SWASTA."],
  ["kode_kab_kota", "wajib", "Kode Kemendagri kabupaten/kota, mis. 33.74 (3374 juga diterima)."],
  ["alamat", "boleh", "Bila kolom ini tidak ada, alamat yang tersimpan tidak diubah."],
] as const;

/** The file format, next to the upload form (the README documents the same). */
export function ImportColumns() {
  return (
    <section aria-labelledby="format-berkas" className="space-y-3 rounded-lg border border-line bg-white p-4">
      <h2 id="format-berkas" className="text-xl font-bold text-brand-800">
        Format berkas
      </h2>
      <p>
        Baris pertama berisi judul kolom (huruf besar/kecil bebas; kolom lain diabaikan), dipisahkan titik koma (;) atau
        koma (,), disimpan sebagai UTF-8 (“CSV UTF-8” di Excel).
      </p>
      <dl className="divide-y divide-line">
        {COLUMNS.map(([name, need, text]) => (
          <div key={name} className="grid gap-x-4 py-2 sm:grid-cols-[12rem_minmax(0,1fr)]">
            <dt className="font-mono font-semibold">
              {name} <span className="font-sans text-sm font-normal text-muted">({need})</span>
            </dt>
            <dd>{text}</dd>
          </div>
        ))}
      </dl>
      <p className="text-sm text-muted">
        Baris yang salah (NPSN kosong atau tidak sah, kode kabupaten/kota atau bentuk tidak dikenal, NPSN ganda di
        berkas, jumlah kolom berbeda) ditolak dan dilaporkan; baris lain tetap diimpor dalam satu transaksi. Berkas yang
        tidak terbaca sebagai CSV ini tidak mengubah apa pun.
      </p>
    </section>
  );
}
