import type { ReportFilters, LeagueSort } from "@/lib/server/reports/filters";
import type { LeagueRow, LeagueTable as League } from "@/lib/server/reports/league";
import { SORT_LABEL } from "@/lib/server/reports/labels";
import { formatCount, formatDurationMs, formatPercent, NO_DATA } from "./format";
import { drillHref, reportHref } from "./links";

const NUM = "px-3 py-2 text-right tabular-nums whitespace-nowrap";
const LINK = "font-semibold text-brand-700 underline underline-offset-2";

interface Column {
  sort: LeagueSort;
  title: string;
  cell: (row: LeagueRow, regionFilter: Partial<Record<string, string | null>>) => React.ReactNode;
}

function columns(filters: ReportFilters, escalationText: string): Column[] {
  return [
    { sort: "opened", title: "Dibuka", cell: (r) => formatCount(r.opened) },
    {
      sort: "answerRate",
      title: `Dijawab Dinas ≤ ${escalationText}`,
      cell: (r) => (r.dinasAnswerRate === null ? NO_DATA : <span title={`${r.dinasMet} dari ${r.dinasCounted} tiket`}>{formatPercent(r.dinasAnswerRate)}</span>),
    },
    { sort: "wait", title: "Median tunggu jawaban Dinas", cell: (r) => formatDurationMs(r.medianDinasWaitMs) },
    { sort: "escalated", title: "Eskalasi otomatis", cell: (r) => formatPercent(r.escalationShare) },
    {
      sort: "noResponse",
      title: "Berakhir tak dijawab",
      cell: (r, region) =>
        r.noResponse === 0 ? (r.opened === 0 ? NO_DATA : "0") : (
          <a href={drillHref({ ...filters }, { kind: "figure", figure: "noResponse" }, region)} className={LINK}>
            {formatCount(r.noResponse)}
          </a>
        ),
    },
  ];
}

interface LeagueTableProps {
  league: League;
  filters: ReportFilters;
  escalationText: string;
  caption: string;
}

/** A league of regions, worst first; each column header re-sorts the table (a link: works without JS). */
export function LeagueTable({ league, filters, escalationText, caption }: LeagueTableProps) {
  const cols = columns(filters, escalationText);
  const regionFilter = (row: LeagueRow) =>
    league.level === "province" ? { province: row.code, regency: null } : { province: row.code.slice(0, 2), regency: row.code };
  return (
    <div role="region" aria-label={caption}>
      {/* Phones: one card per region, every figure labelled; wider screens: the sortable table. */}
      <ol className="divide-y divide-line sm:hidden">
        {league.rows.map((row) => (
          <li key={row.code} className="py-3">
            <a href={reportHref(filters, regionFilter(row))} className={LINK}>
              {row.name}
            </a>
            {row.provinceName && <span className="text-sm text-muted"> · {row.provinceName}</span>}
            <dl className="mt-1 grid grid-cols-2 gap-x-3 gap-y-1 text-sm">
              {cols.map((col) => (
                <div key={col.sort} className={filters.sort === col.sort ? "font-semibold" : undefined}>
                  <dt className="text-muted">{col.title}</dt>
                  <dd className="tabular-nums">{col.cell(row, regionFilter(row))}</dd>
                </div>
              ))}
            </dl>
          </li>
        ))}
      </ol>
      <div className="hidden overflow-x-auto sm:block" role="region" aria-label={`Tabel: ${caption}`} tabIndex={0}>
      <table className="w-full min-w-[40rem] border-collapse text-sm">
        <caption className="sr-only">
          {caption}. Diurutkan menurut: {SORT_LABEL[filters.sort]}.
        </caption>
        <thead>
          <tr className="border-b border-line align-bottom">
            <th scope="col" className="sticky left-0 bg-white px-3 py-2 text-left" aria-sort={filters.sort === "name" ? "ascending" : undefined}>
              <a href={reportHref(filters, { sort: "name" })} className={LINK}>
                {league.level === "province" ? "Provinsi" : "Kabupaten/kota"}
              </a>
            </th>
            {cols.map((col) => (
              <th
                key={col.sort}
                scope="col"
                className="px-3 py-2 text-right"
                aria-sort={filters.sort === col.sort ? (col.sort === "answerRate" ? "ascending" : "descending") : undefined}
              >
                <a href={reportHref(filters, { sort: col.sort })} className={LINK} title={SORT_LABEL[col.sort]}>
                  {col.title}
                  {filters.sort === col.sort && <span aria-hidden="true"> ▼</span>}
                </a>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {league.rows.map((row) => (
            <tr key={row.code} className="border-b border-line last:border-0">
              <th scope="row" className="sticky left-0 bg-white px-3 py-2 text-left font-normal">
                <a href={reportHref(filters, regionFilter(row))} className={LINK}>
                  {row.name}
                </a>
                {row.provinceName && <span className="block text-muted">{row.provinceName}</span>}
              </th>
              {cols.map((col) => (
                <td key={col.sort} className={NUM}>
                  {col.cell(row, regionFilter(row))}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      </div>
    </div>
  );
}
