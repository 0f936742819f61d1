// Paging for the ticket lists (keyset pages, lib/server/tickets/list-cursor.ts): how many tickets match
// (counted up to a cap: "lebih dari 1.000"), and plain links to the first, previous and next page that
// keep the filters. No page numbers: a page is "after this ticket", which stays right while tickets
// arrive and move.
import type { TicketList } from "@/lib/server/tickets";
import { hrefOf, type UrlParams } from "./list-query";

const COUNT = new Intl.NumberFormat("id-ID");
const formatCount = (value: number) => COUNT.format(value);

const LINK =
  "inline-flex min-h-11 items-center rounded-lg border border-brand-700 bg-white px-4 font-semibold text-brand-700 no-underline hover:bg-brand-50";

/** "1.234 tiket" or "lebih dari 1.000 tiket". */
export function totalText(list: Pick<TicketList, "total" | "totalIsCapped">): string {
  return list.totalIsCapped ? `lebih dari ${formatCount(list.total)} tiket` : `${formatCount(list.total)} tiket`;
}

interface CursorPagerProps {
  basePath: string;
  /** The validated filters to keep on every link (undefined values are left out). */
  params: UrlParams;
  list: Pick<TicketList, "rows" | "total" | "totalIsCapped" | "after" | "before">;
  /** The landmark's name; two pagers on one page need different ones. */
  label?: string;
}

export function CursorPager({ basePath, params, list, label = "Halaman" }: CursorPagerProps) {
  const shown = list.rows.length;
  return (
    <nav aria-label={label} className="flex flex-wrap items-center justify-between gap-3">
      <p className="text-sm text-muted">
        {shown === 0
          ? "Tidak ada tiket lagi di halaman ini."
          : `${formatCount(shown)} tiket di halaman ini · ${totalText(list)} seluruhnya${list.before ? "" : " · halaman pertama"}`}
      </p>
      <div className="flex flex-wrap gap-2">
        {list.before && (
          <>
            <a href={hrefOf(basePath, params)} className={LINK}>
              « Pertama
            </a>
            <a href={hrefOf(basePath, { ...params, before: list.before })} rel="prev" className={LINK}>
              ‹ Sebelumnya
            </a>
          </>
        )}
        {list.after && (
          <a href={hrefOf(basePath, { ...params, after: list.after })} rel="next" className={LINK}>
            Berikutnya ›
          </a>
        )}
      </div>
    </nav>
  );
}
