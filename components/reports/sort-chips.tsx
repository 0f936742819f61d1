import { LEAGUE_SORTS, type ReportFilters } from "@/lib/shared/report-params";
import { SORT_LABEL } from "@/lib/shared/report-labels";
import { reportHref } from "./links";

const CHIP =
  "inline-flex min-h-11 items-center rounded-full border border-brand-700 px-3 text-sm font-semibold no-underline";

/** The league tables' sort as links (the column headers do the same, but scroll off on a phone). */
export function SortChips({ filters, anchor }: { filters: ReportFilters; anchor: string }) {
  return (
    <nav aria-label="Urutkan peringkat" className="flex flex-wrap gap-2">
      {LEAGUE_SORTS.map((sort) => {
        const isCurrent = filters.sort === sort;
        return (
          <a
            key={sort}
            href={`${reportHref(filters, { sort })}#${anchor}`}
            aria-current={isCurrent ? "true" : undefined}
            className={`${CHIP} ${isCurrent ? "bg-brand-700 text-white" : "bg-white text-brand-700 hover:bg-brand-50"}`}
          >
            {SORT_LABEL[sort]}
          </a>
        );
      })}
    </nav>
  );
}
