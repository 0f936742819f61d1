import type { ReactNode } from "react";
import { Pager, type PagerProps } from "./pager";

interface PagedResultsProps {
  /** The heading's id and text (read by screen readers; the page's title is above). */
  id: string;
  heading: string;
  pager: Omit<PagerProps, "label">;
  /** The rows of this page; null when the page has none. */
  children: ReactNode | null;
  /** Shown when nothing matches: one sentence for a filtered list, another for an empty one. */
  empty: { filtered: string; none: string };
  isFiltered: boolean;
}

/**
 * An admin list's result block: the pager above and below the rows; a page past the end shows only the
 * pager (back to the rows); nothing at all says why — the filter, or an empty list.
 */
export function PagedResults({ id, heading, pager, children, empty, isFiltered }: PagedResultsProps) {
  return (
    <section aria-labelledby={id} className="space-y-4">
      <h2 id={id} className="sr-only">
        {heading}
      </h2>
      {children !== null ? (
        <>
          <Pager {...pager} label="Halaman (atas)" />
          {children}
          <Pager {...pager} label="Halaman (bawah)" />
        </>
      ) : pager.total > 0 ? (
        <Pager {...pager} />
      ) : (
        <p role="status" className="rounded-lg border border-line bg-white p-4">
          {isFiltered ? empty.filtered : empty.none}
        </p>
      )}
    </section>
  );
}
