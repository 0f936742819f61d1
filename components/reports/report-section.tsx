import type { ReactNode } from "react";

const DOWNLOAD =
  "inline-flex min-h-11 items-center rounded-lg border border-brand-700 bg-white px-4 text-sm font-semibold text-brand-700 no-underline hover:bg-brand-50";

interface ReportSectionProps {
  id: string;
  title: string;
  /** One sentence under the title: what the section answers. */
  lead: ReactNode;
  /** Exactly what is counted, folded away until asked for. */
  counts?: ReactNode;
  csvHref?: string;
  children: ReactNode;
}

/** A titled block of the report with its explanation and its CSV download. */
export function ReportSection({ id, title, lead, counts, csvHref, children }: ReportSectionProps) {
  return (
    <section aria-labelledby={id} className="space-y-3 rounded-lg border border-line bg-white p-4">
      <div className="flex flex-col gap-2 sm:flex-row sm:items-start sm:justify-between">
        <div className="min-w-0 flex-1">
          <h2 id={id} className="text-xl font-bold text-brand-800">
            {title}
          </h2>
          <p className="text-muted">{lead}</p>
        </div>
        {csvHref && (
          <a href={csvHref} className={`${DOWNLOAD} self-start`} download>
            Unduh CSV<span className="sr-only"> — {title}</span>
          </a>
        )}
      </div>
      {children}
      {counts && <FigureNote>{counts}</FigureNote>}
    </section>
  );
}

/** "Apa yang dihitung?" — the exact rule behind a figure, one tap away. */
export function FigureNote({ children, summary = "Apa yang dihitung?" }: { children: ReactNode; summary?: string }) {
  return (
    <details className="rounded-md bg-brand-50 px-3 py-2 text-sm">
      <summary className="cursor-pointer font-semibold text-brand-800">{summary}</summary>
      <div className="mt-2 space-y-1 text-ink">{children}</div>
    </details>
  );
}
