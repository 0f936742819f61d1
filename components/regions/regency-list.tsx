import { formatCount } from "@/components/admin/format";
import type { RegencyRow } from "@/lib/server/admin";

/** Active schools and nobody at the district to answer them: the gap the page points out. */
export function isWithoutOperator(row: Pick<RegencyRow, "activeSchools" | "activeOperators">): boolean {
  return row.activeSchools > 0 && row.activeOperators === 0;
}

export function NoOperatorBadge() {
  return (
    <span className="inline-flex items-center rounded-full border border-red-700/40 bg-red-50 px-2.5 py-0.5 text-sm font-semibold text-red-800">
      Tanpa operator dinas
    </span>
  );
}

// A list rather than a table, like the other admin lists: readable on a 360 px phone.
export function RegencyList({ rows }: { rows: RegencyRow[] }) {
  return (
    <ul className="divide-y divide-line rounded-lg border border-line bg-white">
      {rows.map((regency) => {
        const isGap = isWithoutOperator(regency);
        return (
          <li
            key={regency.code}
            className={`grid gap-x-6 gap-y-1 p-4 md:grid-cols-[minmax(0,1.4fr)_minmax(0,1.6fr)] ${isGap ? "border-l-4 border-l-red-700" : ""}`}
          >
            <div className="min-w-0">
              <a
                href={`/admin/wilayah/${regency.code}`}
                className="font-semibold break-words text-brand-700 underline underline-offset-2"
              >
                {regency.name}
              </a>
              <p className="text-sm text-muted">
                {regency.code} · {regency.provinceName}
              </p>
            </div>
            <div className="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm">
              <span>{formatCount(regency.activeSchools)} sekolah aktif</span>
              <span>{formatCount(regency.activeOperators)} operator dinas aktif</span>
              <span>{formatCount(regency.runningTickets)} tiket berjalan</span>
              {isGap && <NoOperatorBadge />}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
