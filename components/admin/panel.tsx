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
