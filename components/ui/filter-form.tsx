import type { ReactNode } from "react";

const APPLY =
  "inline-flex min-h-11 items-center justify-center rounded-lg bg-brand-700 px-5 font-semibold text-white hover:bg-brand-800";
const CLEAR = "inline-flex min-h-11 items-center px-2 font-semibold text-brand-700 underline underline-offset-2";

/** "Terapkan filter" and "Hapus filter" (back to the list without any filter). */
export function FilterActions({ clearHref }: { clearHref: string }) {
  return (
    <div className="mt-4 flex flex-wrap items-center gap-3">
      <button type="submit" className={APPLY}>
        Terapkan filter
      </button>
      <a href={clearHref} className={CLEAR}>
        Hapus filter
      </a>
    </div>
  );
}

interface FilterFormProps {
  /** The list the filters apply to; the filters become its URL. */
  action: string;
  /** What is searched, for screen readers ("Saring akun"). */
  label: string;
  /** Where "Hapus filter" leads (the list without filters, unless it keeps something, e.g. its tab). */
  clearHref?: string;
  /** The fields; the form adds the two buttons after them unless `actions` is false (placed by the caller). */
  children: ReactNode;
  actions?: boolean;
  className?: string;
}

/**
 * A list's filters as a plain GET form: the filters become the URL (shareable, works before any
 * JavaScript loads) and a new search starts again at page 1.
 */
export function FilterForm({
  action,
  label,
  clearHref = action,
  children,
  actions = true,
  className = "rounded-lg border border-line bg-white p-4",
}: FilterFormProps) {
  return (
    <form method="get" action={action} role="search" aria-label={label} className={className}>
      {children}
      {actions && <FilterActions clearHref={clearHref} />}
    </form>
  );
}
