import type { CategoryRow } from "@/lib/server/reports";
import type { ReportFilters } from "@/lib/shared/report-params";
import { formatCount, formatDurationMs, formatPercent } from "./format";
import { drillHref, reportHref } from "./links";

const NUM = "px-3 py-2 text-right tabular-nums whitespace-nowrap";
const LINK = "font-semibold text-brand-700 underline underline-offset-2";

/** Tickets opened in the period per category, most first. */
export function CategoryTable({
  rows,
  filters,
  escalationText,
}: {
  rows: CategoryRow[];
  filters: ReportFilters;
  escalationText: string;
}) {
  return (
    <div className="overflow-x-auto" role="region" aria-label="Tabel per kategori" tabIndex={0}>
      <table className="w-full min-w-[40rem] border-collapse text-sm">
        <thead>
          <tr className="border-b border-line align-bottom">
            <th scope="col" className="sticky left-0 bg-white px-3 py-2 text-left">
              Kategori
            </th>
            <th scope="col" className="px-3 py-2 text-right">
              Dibuka
            </th>
            <th scope="col" className="px-3 py-2 text-right">
              Ditutup penanya
            </th>
            <th scope="col" className="px-3 py-2 text-right">
              Berakhir tak dijawab
            </th>
            <th scope="col" className="px-3 py-2 text-right">
              Masih berjalan
            </th>
            <th scope="col" className="px-3 py-2 text-right">
              Median jawaban pertama
            </th>
            <th scope="col" className="px-3 py-2 text-right">
              Median penyelesaian
            </th>
            <th scope="col" className="px-3 py-2 text-right">
              Dijawab Dinas ≤ {escalationText}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.code} className="border-b border-line last:border-0">
              <th scope="row" className="sticky left-0 bg-white px-3 py-2 text-left font-normal">
                <a href={reportHref(filters, { category: row.code })} className={LINK}>
                  {row.name}
                </a>
              </th>
              <td className={NUM}>{formatCount(row.opened)}</td>
              <td className={NUM}>{formatCount(row.resolved)}</td>
              <td className={NUM}>
                {row.noResponse > 0 ? (
                  <a
                    href={drillHref(filters, { kind: "figure", figure: "noResponse" }, { category: row.code })}
                    className={LINK}
                  >
                    {formatCount(row.noResponse)}
                  </a>
                ) : (
                  "0"
                )}
              </td>
              <td className={NUM}>{formatCount(row.stillOpen)}</td>
              <td className={NUM}>{formatDurationMs(row.medianFirstResponseMs)}</td>
              <td className={NUM}>{formatDurationMs(row.medianResolutionMs)}</td>
              <td className={NUM}>{formatPercent(row.dinasAnswerRate)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
