const COUNT = new Intl.NumberFormat("id-ID");
const formatCount = (value: number) => COUNT.format(value);

export interface PagerProps {
  basePath: string;
  /** The validated filters to keep on every page link (undefined values are left out). */
  params: Record<string, string | undefined>;
  page: number;
  pageSize: number;
  total: number;
  /** The counted thing, e.g. "akun" or "entri". */
  noun: string;
  /** The landmark's name; two pagers on one page need different ones. */
  label?: string;
}

export function pageHref(basePath: string, params: Record<string, string | undefined>, page: number): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined) search.set(key, value);
  if (page > 1) search.set("page", String(page));
  const query = search.toString();
  return query ? `${basePath}?${query}` : basePath;
}

const LINK =
  "inline-flex min-h-11 items-center rounded-lg border border-brand-700 bg-white px-4 font-semibold text-brand-700 no-underline hover:bg-brand-50";

/** "Menampilkan 26–50 dari 2.134 akun" with previous/next links that keep the filters. */
export function Pager({ basePath, params, page, pageSize, total, noun, label = "Halaman" }: PagerProps) {
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const first = Math.min(total, (page - 1) * pageSize + 1);
  const last = Math.min(total, page * pageSize);
  return (
    <nav aria-label={label} className="flex flex-wrap items-center justify-between gap-3">
      <p className="text-sm text-muted">
        {total === 0 || first > last
          ? `Tidak ada ${noun} di halaman ini (halaman ${formatCount(page)}).`
          : `Menampilkan ${formatCount(first)}–${formatCount(last)} dari ${formatCount(total)} ${noun} · halaman ${formatCount(page)} dari ${formatCount(pageCount)}`}
      </p>
      <div className="flex gap-2">
        {page > 1 && (
          <a href={pageHref(basePath, params, Math.min(page - 1, pageCount))} rel="prev" className={LINK}>
            ‹ Sebelumnya
          </a>
        )}
        {page < pageCount && (
          <a href={pageHref(basePath, params, page + 1)} rel="next" className={LINK}>
            Berikutnya ›
          </a>
        )}
      </div>
    </nav>
  );
}
