import type { ClockDurations } from "@/lib/domain/types";
import type { DrillFigure, ReportFilters } from "@/lib/shared/report-params";
import { figureLabels } from "@/lib/shared/report-labels";
import type { ReportSummary } from "@/lib/server/reports";
import { formatCount } from "./format";
import { drillHref } from "./links";

/** What became of the tickets opened in the period; the cards add up to "Tiket dibuka". */
export function HeadlineCards({
  summary,
  filters,
  durations,
}: {
  summary: ReportSummary;
  filters: ReportFilters;
  durations: ClockDurations;
}) {
  const labels = figureLabels(durations);
  const cards: { figure: DrillFigure; value: number; tone?: "bad" }[] = [
    { figure: "opened", value: summary.opened },
    { figure: "resolved", value: summary.resolved },
    { figure: "resolvedAtCounter", value: summary.resolvedAtCounter },
    { figure: "noResponse", value: summary.expiredNoResponse, tone: "bad" },
    { figure: "askerSilent", value: summary.expiredAskerSilent },
    { figure: "stillOpen", value: summary.stillOpen },
  ];
  return (
    <ul className="grid grid-cols-2 gap-3 md:grid-cols-3 lg:grid-cols-6">
      {cards.map(({ figure, value, tone }) => (
        <li key={figure}>
          <a
            href={drillHref(filters, { kind: "figure", figure })}
            className={`block h-full rounded-lg border p-3 no-underline hover:bg-brand-50 ${tone === "bad" && value > 0 ? "border-red-700/40" : "border-line"}`}
          >
            <span className="block text-2xl font-bold text-brand-800 tabular-nums">{formatCount(value)}</span>
            <span className="block text-sm font-semibold text-ink">{labels[figure].title}</span>
            <span className="sr-only">. {labels[figure].counts} Lihat daftar tiketnya.</span>
          </a>
        </li>
      ))}
    </ul>
  );
}
