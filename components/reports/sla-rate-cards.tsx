import { formatSpan } from "@/lib/domain/format-time";
import type { ClockDurations } from "@/lib/domain/types";
import type { Rate, ReportSummary } from "@/lib/server/reports";
import type { DrillFigure, ReportFilters } from "@/lib/shared/report-params";
import { figureLabels } from "@/lib/shared/report-labels";
import { formatCount, formatPercent } from "./format";
import { drillHref } from "./links";

interface RateCardProps {
  title: string;
  rate: Rate;
  /** "x dari y" — the numerator's and the denominator's drill-down figures. */
  numerator: DrillFigure;
  denominator: DrillFigure | null;
  note: string;
  filters: ReportFilters;
}

function RateCard({ title, rate, numerator, denominator, note, filters }: RateCardProps) {
  return (
    <li className="rounded-lg border border-line p-3">
      <p className="text-sm font-semibold text-ink">{title}</p>
      <p className="text-3xl font-bold text-brand-800 tabular-nums">{formatPercent(rate.ratio)}</p>
      <p className="text-sm text-muted">
        <a
          href={drillHref(filters, { kind: "figure", figure: numerator })}
          className="font-semibold text-brand-700 underline underline-offset-2"
        >
          {formatCount(rate.numerator)}
        </a>{" "}
        dari{" "}
        {denominator ? (
          <a
            href={drillHref(filters, { kind: "figure", figure: denominator })}
            className="font-semibold text-brand-700 underline underline-offset-2"
          >
            {formatCount(rate.denominator)}
          </a>
        ) : (
          formatCount(rate.denominator)
        )}{" "}
        tiket. {note}
      </p>
    </li>
  );
}

/** The three SLA targets and the NO_RESPONSE failures per tier. */
export function SlaRateCards({
  summary,
  filters,
  durations,
}: {
  summary: ReportSummary;
  filters: ReportFilters;
  durations: ClockDurations;
}) {
  const labels = figureLabels(durations);
  const escalation = formatSpan(durations.escalationMs);
  return (
    <ul className="grid gap-3 md:grid-cols-2 lg:grid-cols-4">
      <RateCard
        title={`Dinas menjawab sekolah dalam ${escalation}`}
        rate={summary.dinasAnswerRate}
        numerator="dinasMet"
        denominator="dinasCounted"
        note={`Tiket sekolah yang tidak dijawab tepat waktu: ${formatCount(summary.dinasAnswerRate.denominator - summary.dinasAnswerRate.numerator)}.`}
        filters={filters}
      />
      <RateCard
        title="Tiket sekolah dieskalasi otomatis"
        rate={summary.autoEscalation}
        numerator="escalated"
        denominator="escalationCounted"
        note={`Dihitung dari tiket sekolah yang sudah berumur ${escalation}. Makin rendah makin baik.`}
        filters={filters}
      />
      <RateCard
        title={labels.helpdeskMet.title}
        rate={summary.helpdeskCompliance}
        numerator="helpdeskMet"
        denominator={null}
        note={`Tepat waktu dibanding tepat + terlambat; ${formatCount(summary.helpdeskCompliance.pending)} masih berjalan.`}
        filters={filters}
      />
      <li className="rounded-lg border border-line p-3">
        <p className="text-sm font-semibold text-ink">Berakhir tanpa jawaban, menurut pemegang tiket</p>
        <dl className="mt-1 grid grid-cols-2 gap-2">
          {(["DINAS", "HELPDESK"] as const).map((tier) => (
            <div key={tier}>
              <dt className="text-sm text-muted">{tier === "DINAS" ? "Dinas" : "Helpdesk"}</dt>
              <dd>
                <a
                  href={drillHref(filters, {
                    kind: "figure",
                    figure: tier === "DINAS" ? "noResponseDinas" : "noResponseHelpdesk",
                  })}
                  className="text-3xl font-bold text-brand-800 tabular-nums underline underline-offset-2"
                >
                  {formatCount(summary.noResponseByTier[tier])}
                </a>
              </dd>
            </div>
          ))}
        </dl>
        <p className="text-sm text-muted">NO_RESPONSE dibebankan ke tingkat yang memegang tiket saat berakhir.</p>
      </li>
    </ul>
  );
}
