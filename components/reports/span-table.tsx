import type { SpanStats, ReportSummary } from "@/lib/server/reports";
import { formatCount, formatDurationMs } from "./format";

const CELL = "px-3 py-2 text-right tabular-nums";

/** Median and 90th percentile of the response and resolution times, per tier. */
export function SpanTable({ summary }: { summary: ReportSummary }) {
  const rows: { label: string; detail: string; stats: SpanStats }[] = [
    { label: "Jawaban pertama Dinas", detail: "tiket sekolah, sejak dibuka", stats: summary.firstResponse.dinas },
    { label: "Jawaban pertama Helpdesk", detail: "sejak tiba di Helpdesk", stats: summary.firstResponse.helpdesk },
    { label: "Penyelesaian di Dinas", detail: "ditutup penanya saat di Dinas", stats: summary.resolution.dinas },
    {
      label: "Penyelesaian di Helpdesk",
      detail: "ditutup penanya saat di Helpdesk",
      stats: summary.resolution.helpdesk,
    },
    { label: "Penyelesaian (semua)", detail: "sejak dibuka sampai ditutup penanya", stats: summary.resolution.all },
  ];
  return (
    <>
      <ul className="divide-y divide-line sm:hidden">
        {rows.map(({ label, detail, stats }) => (
          <li key={label} className="py-2">
            <p className="font-semibold">{label}</p>
            <p className="text-sm text-muted">{detail}</p>
            <dl className="mt-1 grid grid-cols-3 gap-2 text-sm">
              <div>
                <dt className="text-muted">Median</dt>
                <dd className="font-semibold">{formatDurationMs(stats.medianMs)}</dd>
              </div>
              <div>
                <dt className="text-muted">P90</dt>
                <dd className="font-semibold">{formatDurationMs(stats.p90Ms)}</dd>
              </div>
              <div>
                <dt className="text-muted">Tiket</dt>
                <dd className="tabular-nums">{formatCount(stats.count)}</dd>
              </div>
            </dl>
          </li>
        ))}
      </ul>
      <div className="hidden overflow-x-auto sm:block" role="region" aria-label="Tabel waktu tanggapan" tabIndex={0}>
        <table className="w-full min-w-[20rem] border-collapse text-sm">
          <thead>
            <tr className="border-b border-line text-left">
              <th scope="col" className="px-3 py-2">
                Waktu
              </th>
              <th scope="col" className="px-3 py-2 text-right">
                Median
              </th>
              <th scope="col" className="px-3 py-2 text-right">
                <abbr title="persentil ke-90: 9 dari 10 tiket lebih cepat dari ini">P90</abbr>
              </th>
              <th scope="col" className="px-3 py-2 text-right">
                Tiket
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ label, detail, stats }) => (
              <tr key={label} className="border-b border-line last:border-0">
                <th scope="row" className="px-3 py-2 text-left font-normal">
                  <span className="block font-semibold">{label}</span>
                  <span className="block text-muted">{detail}</span>
                </th>
                <td className={CELL}>{formatDurationMs(stats.medianMs)}</td>
                <td className={CELL}>{formatDurationMs(stats.p90Ms)}</td>
                <td className={CELL}>{formatCount(stats.count)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
