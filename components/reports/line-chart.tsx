// A small server-rendered SVG line chart: no client library, no JavaScript, sharp at any width. The
// viewBox is phone-sized (360 wide), so at 360 px the labels are drawn at their real size; the numbers
// themselves are in a table next to it for screen readers and for reading exact values.
import { NO_DATA } from "./format";

export interface ChartSeries {
  name: string;
  values: (number | null)[];
  color: string;
  /** SVG dash pattern, so the lines differ without colour too. */
  dash?: string;
}

interface LineChartProps {
  id: string;
  title: string;
  xLabels: string[];
  series: ChartSeries[];
  formatValue: (value: number) => string;
  /** Fixed top of the scale (1 for shares); otherwise the largest value, rounded up. */
  yMax?: number;
}

const W = 360;
const H = 190;
const M = { left: 40, right: 10, top: 10, bottom: 26 };

function niceMax(value: number): number {
  if (value <= 0) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(value));
  const step = [1, 2, 2.5, 5, 10].find((s) => s * magnitude >= value) ?? 10;
  return step * magnitude;
}

export function LineChart({ id, title, xLabels, series, formatValue, yMax }: LineChartProps) {
  const count = xLabels.length;
  const top = yMax ?? niceMax(Math.max(0, ...series.flatMap((s) => s.values.filter((v): v is number => v !== null))));
  const x = (i: number) =>
    M.left + (count <= 1 ? (W - M.left - M.right) / 2 : (i * (W - M.left - M.right)) / (count - 1));
  const y = (v: number) => H - M.bottom - (v / top) * (H - M.top - M.bottom);
  const ticks = [0, top / 2, top];
  const labelEvery = Math.max(1, Math.ceil(count / 4));
  // A null (nothing to measure that week) breaks the line instead of dropping it to zero.
  const segments = (values: (number | null)[]) => {
    const result: string[][] = [[]];
    values.forEach((v, i) =>
      v === null ? result.push([]) : result[result.length - 1]?.push(`${x(i).toFixed(1)},${y(v).toFixed(1)}`),
    );
    return result.filter((points) => points.length > 0);
  };
  return (
    <figure className="space-y-2">
      <svg
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-labelledby={`${id}-title`}
        className="h-auto w-full max-w-xl"
        focusable="false"
      >
        <title id={`${id}-title`}>{title}</title>
        {ticks.map((tick) => (
          <g key={tick}>
            <line x1={M.left} x2={W - M.right} y1={y(tick)} y2={y(tick)} stroke="#d5dfe4" strokeWidth="1" />
            <text x={M.left - 4} y={y(tick) + 4} textAnchor="end" fontSize="11" fill="#44555f">
              {formatValue(tick)}
            </text>
          </g>
        ))}
        {xLabels.map((label, i) =>
          i % labelEvery === 0 || i === count - 1 ? (
            <text
              key={label}
              x={x(i)}
              y={H - 8}
              textAnchor={i === 0 ? "start" : i === count - 1 ? "end" : "middle"}
              fontSize="11"
              fill="#44555f"
            >
              {label}
            </text>
          ) : null,
        )}
        {series.map((s) =>
          segments(s.values).map((points, index) =>
            points.length === 1 ? (
              <circle
                key={`${s.name}-${index}`}
                cx={points[0]?.split(",")[0]}
                cy={points[0]?.split(",")[1]}
                r="3"
                fill={s.color}
              />
            ) : (
              <polyline
                key={`${s.name}-${index}`}
                points={points.join(" ")}
                fill="none"
                stroke={s.color}
                strokeWidth="2.5"
                strokeDasharray={s.dash}
                strokeLinejoin="round"
              />
            ),
          ),
        )}
      </svg>
      <figcaption>
        <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
          {series.map((s) => (
            <li key={s.name} className="flex items-center gap-2">
              <svg aria-hidden="true" width="28" height="10" focusable="false">
                <line x1="0" x2="28" y1="5" y2="5" stroke={s.color} strokeWidth="3" strokeDasharray={s.dash} />
              </svg>
              {s.name}
            </li>
          ))}
        </ul>
      </figcaption>
      <details className="text-sm">
        <summary className="cursor-pointer font-semibold text-brand-700">Lihat angkanya</summary>
        <div className="mt-2 overflow-x-auto" role="region" aria-label={`Angka: ${title}`} tabIndex={0}>
          <table className="w-full border-collapse">
            <thead>
              <tr className="border-b border-line">
                <th scope="col" className="px-2 py-1 text-left">
                  Minggu
                </th>
                {series.map((s) => (
                  <th key={s.name} scope="col" className="px-2 py-1 text-right">
                    {s.name}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {xLabels.map((label, i) => (
                <tr key={label} className="border-b border-line last:border-0">
                  <th scope="row" className="px-2 py-1 text-left font-normal whitespace-nowrap">
                    {label}
                  </th>
                  {series.map((s) => {
                    const value = s.values[i];
                    return (
                      <td key={s.name} className="px-2 py-1 text-right tabular-nums">
                        {value === null || value === undefined ? NO_DATA : formatValue(value)}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
