import type { ReactNode } from "react";

/** A titled white box of an admin page; the heading names the region for screen readers. */
export function Panel({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="space-y-3 rounded-lg border border-line bg-white p-4">
      <h2 id={id} className="text-xl font-bold text-brand-800">
        {title}
      </h2>
      {children}
    </section>
  );
}

/** One label–value line of a `<dl>` on an admin detail page: side by side from `sm`, stacked on a phone. */
export function DetailRow({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="grid gap-x-4 py-2 sm:grid-cols-[12rem_minmax(0,1fr)]">
      <dt className="text-sm text-muted sm:text-base">{label}</dt>
      <dd className="min-w-0 break-words">{children}</dd>
    </div>
  );
}
