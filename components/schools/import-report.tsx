import { formatCount } from "@/components/admin/format";
import type { ImportReport } from "@/lib/server/schools";

export const SHOWN_REJECTIONS = 200;

function Figure({ label, value }: { label: string; value: number }) {
  return (
    <div className="rounded-lg border border-line bg-white p-3">
      <dt className="text-sm text-muted">{label}</dt>
      <dd className="text-2xl font-bold text-brand-800">{formatCount(value)}</dd>
    </div>
  );
}

/** What an import did (or, for a dry run, would do), and every row it refused. */
export function ImportReportView({ report, downloadHref }: { report: ImportReport; downloadHref: string | null }) {
  const seconds = ((report.checkMs + report.writeMs) / 1000).toLocaleString("id-ID", { maximumFractionDigits: 1 });
  return (
    <div className="space-y-4">
      <p className="font-semibold">
        {report.dryRun ? "Pemeriksaan selesai; tidak ada yang disimpan. Bila diimpor:" : "Impor selesai."}{" "}
        {formatCount(report.rows)} baris data dibaca dalam {seconds} detik.
      </p>
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
        <Figure label="Sekolah baru" value={report.inserted} />
        <Figure label="Diperbarui" value={report.updated} />
        <Figure label="Tidak berubah" value={report.unchanged} />
        <Figure label="Baris ditolak" value={report.rejectedCount} />
      </dl>
      {report.movedSchools > 0 && (
        <p className="rounded-lg border border-accent-700/30 bg-accent-100 p-3">
          {formatCount(report.movedSchools)} sekolah pindah kabupaten/kota; {formatCount(report.movedTickets)} tiket
          mereka yang masih berjalan {report.dryRun ? "akan ikut pindah" : "ikut pindah"} ke Dinas Pendidikan yang baru
          (tercatat di riwayat tiket).
        </p>
      )}
      {report.rejectedCount > 0 && (
        <section aria-labelledby="baris-ditolak" className="space-y-2">
          <h3 id="baris-ditolak" className="text-lg font-bold text-brand-800">
            Baris yang ditolak
          </h3>
          <p className="text-sm text-muted">
            Baris ini tidak diimpor; baris lain tetap diimpor. Perbaiki lalu impor lagi berkas yang sama: baris yang
            sudah masuk tidak berubah.
            {report.rejectedCount > SHOWN_REJECTIONS && ` Ditampilkan ${SHOWN_REJECTIONS} yang pertama.`}
          </p>
          {downloadHref && (
            <a
              href={downloadHref}
              download="baris-ditolak.csv"
              className="inline-flex min-h-11 items-center font-semibold text-brand-700 underline underline-offset-2"
            >
              Unduh semua baris yang ditolak (CSV)
            </a>
          )}
          <div className="overflow-x-auto rounded-lg border border-line bg-white">
            <table className="w-full text-left text-sm">
              <thead className="bg-brand-50">
                <tr>
                  <th scope="col" className="px-3 py-2">
                    Baris
                  </th>
                  <th scope="col" className="px-3 py-2">
                    NPSN
                  </th>
                  <th scope="col" className="px-3 py-2">
                    Alasan
                  </th>
                </tr>
              </thead>
              <tbody>
                {report.rejected.slice(0, SHOWN_REJECTIONS).map((row) => (
                  <tr key={row.line} className="border-t border-line align-top">
                    <td className="px-3 py-2 font-mono">{row.line}</td>
                    <td className="px-3 py-2 font-mono">{row.npsn ?? "—"}</td>
                    <td className="px-3 py-2">{row.reason}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}
    </div>
  );
}
