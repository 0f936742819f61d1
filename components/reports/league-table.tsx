import type { ReportFilters, LeagueSort } from "@/lib/shared/report-params";
import type { LeagueRow, LeagueTable as League } from "@/lib/server/reports";
import { SORT_LABEL } from "@/lib/shared/report-labels";
import { formatCount, formatDurationMs, formatPercent, NO_DATA } from "./format";
import { drillHref, reportHref } from "./links";

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
      cell: (r) =>
        r.dinasAnswerRate === null ? (
          NO_DATA
        ) : (
          <span title={`${r.dinasMet} dari ${r.dinasCounted} tiket`}>{formatPercent(r.dinasAnswerRate)}</span>
        ),
    },
    { sort: "wait", title: "Median tunggu jawaban Dinas", cell: (r) => formatDurationMs(r.medianDinasWaitMs) },
    { sort: "escalated", title: "Eskalasi otomatis", cell: (r) => formatPercent(r.escalationShare) },
    {
      sort: "noResponse",
      title: "Berakhir tak dijawab",
      cell: (r, region) =>
        r.noResponse === 0 ? (
          r.opened === 0 ? (
            NO_DATA
          ) : (
            "0"
          )
        ) : (
          <a href={drillHref({ ...filters }, { kind: "figure", figure: "noResponse" }, region)}>
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

/**
 * A league of regions, worst first; each column header re-sorts the table (a link: works without JS).
 * One table for every screen (app/globals.css, `.league-table`): on phones each row is a card with every
 * figure labelled, from 40rem a sortable table, so the page carries its rows once.
 */
export function LeagueTable({ league, filters, escalationText, caption }: LeagueTableProps) {
  const cols = columns(filters, escalationText);
  const regionFilter = (row: LeagueRow) =>
    league.level === "province"
      ? { province: row.code, regency: null }
      : { province: row.code.slice(0, 2), regency: row.code };
  return (
    <div className="overflow-x-auto" role="region" aria-label={caption} tabIndex={0}>
      <table className="league-table">
        <caption className="sr-only">
          {caption}. Diurutkan menurut: {SORT_LABEL[filters.sort]}.
        </caption>
        <thead>
          <tr>
            <th scope="col" aria-sort={filters.sort === "name" ? "ascending" : undefined}>
              <a href={reportHref(filters, { sort: "name" })}>
                {league.level === "province" ? "Provinsi" : "Kabupaten/kota"}
              </a>
            </th>
            {cols.map((col) => (
              <th
                key={col.sort}
                scope="col"
                aria-sort={
                  filters.sort === col.sort ? (col.sort === "answerRate" ? "ascending" : "descending") : undefined
                }
              >
                <a href={reportHref(filters, { sort: col.sort })} title={SORT_LABEL[col.sort]}>
                  {col.title}
                  {filters.sort === col.sort && <span aria-hidden="true"> ▼</span>}
                </a>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {league.rows.map((row) => {
            const region = regionFilter(row);
            return (
              <tr key={row.code}>
                <th scope="row">
                  <a href={reportHref(filters, region)}>{row.name}</a>
                  {row.provinceName && <span className="place">{row.provinceName}</span>}
                </th>
                {cols.map((col) => (
                  <td key={col.sort} data-label={col.title} data-sorted={filters.sort === col.sort ? "" : undefined}>
                    {col.cell(row, region)}
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
