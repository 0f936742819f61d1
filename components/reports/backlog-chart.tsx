import { BACKLOG_BUCKETS, type ReportFilters } from "@/lib/shared/report-params";
import type { BacklogRow } from "@/lib/server/reports";
import { BUCKET_LABEL, TIER_NAME } from "@/lib/shared/report-labels";
import { formatCount } from "./format";
import { drillHref } from "./links";

const BUCKET_COLORS = ["#a9d0dc", "#0f6680", "#8a5300", "#b3261e"];
const W = 360;
const BAR = 26;

/** Open tickets per tier as stacked bars by age, then the exact counts (each a link to its tickets). */
export function BacklogChart({ rows, filters }: { rows: BacklogRow[]; filters: ReportFilters }) {
  const largest = Math.max(1, ...rows.map((r) => r.total));
  const labelWidth = 96;
  const scale = (W - labelWidth - 40) / largest;
  const height = rows.length * (BAR + 14) + 4;
  return (
    <div className="space-y-3">
      <svg
        viewBox={`0 0 ${W} ${height}`}
        role="img"
        aria-labelledby="antrean-grafik"
        className="h-auto w-full max-w-md"
        focusable="false"
      >
        <title id="antrean-grafik">Tiket yang masih berjalan per tingkat, menurut umur sejak dibuka</title>
        {rows.map((row, index) => {
          const top = index * (BAR + 14) + 4;
          let left = labelWidth;
          return (
            <g key={row.tier}>
              <text x={0} y={top + BAR / 2 + 4} fontSize="12" fill="#1b2a32">
                {TIER_NAME[row.tier]}
              </text>
              {row.counts.map((count, bucket) => {
                const width = count * scale;
                const x = left;
                left += width;
                return width > 0 ? (
                  <rect key={bucket} x={x} y={top} width={width} height={BAR} fill={BUCKET_COLORS[bucket]} />
                ) : null;
              })}
              <text x={left + 4} y={top + BAR / 2 + 4} fontSize="12" fill="#1b2a32">
                {formatCount(row.total)}
              </text>
            </g>
          );
        })}
      </svg>
      <div className="overflow-x-auto" role="region" aria-label="Antrean menurut umur" tabIndex={0}>
        <table className="w-full min-w-[22rem] border-collapse text-sm">
          <thead>
            <tr className="border-b border-line">
              <th scope="col" className="px-2 py-2 text-left">
                Tingkat
              </th>
              {BACKLOG_BUCKETS.map((b, index) => (
                <th key={b.key} scope="col" className="px-2 py-2 text-right">
                  <span
                    className="mr-1 inline-block size-3 rounded-sm align-middle"
                    style={{ background: BUCKET_COLORS[index] }}
                    aria-hidden="true"
                  />
                  {BUCKET_LABEL[b.key]}
                </th>
              ))}
              <th scope="col" className="px-2 py-2 text-right">
                Jumlah
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.tier} className="border-b border-line last:border-0">
                <th scope="row" className="px-2 py-2 text-left">
                  {TIER_NAME[row.tier]}
                </th>
                {BACKLOG_BUCKETS.map((b, index) => (
                  <td key={b.key} className="px-2 py-2 text-right tabular-nums">
                    {(row.counts[index] ?? 0) > 0 ? (
                      <a
                        href={drillHref(filters, { kind: "backlog", tier: row.tier, bucket: b.key })}
                        className="font-semibold text-brand-700 underline underline-offset-2"
                      >
                        {formatCount(row.counts[index] ?? 0)}
                      </a>
                    ) : (
                      "0"
                    )}
                  </td>
                ))}
                <td className="px-2 py-2 text-right font-semibold tabular-nums">{formatCount(row.total)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
