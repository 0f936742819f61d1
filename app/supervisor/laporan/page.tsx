import type { Metadata } from "next";
import { describeFilters } from "@/components/reports/filter-summary";
import { ReportFiltersForm } from "@/components/reports/report-filters";
import { ReportSections } from "@/components/reports/report-sections";
import { Container } from "@/components/ui/container";
import { formatShortDateTime, formatSpan } from "@/lib/domain/format-time";
import { getReportCacheMaxAgeMs } from "@/lib/server/config";
import { createReportContext, requireReportViewer, loadReport } from "@/lib/server/reports";
import { parseReportFilters, REPORT_TIME_ZONE } from "@/lib/shared/report-params";
import type { SearchParams } from "@/lib/shared/search-params";

export const metadata: Metadata = { title: "Laporan layanan" };

export default async function ReportPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requireReportViewer();
  const ctx = createReportContext();
  const filters = parseReportFilters(await searchParams, ctx.now);
  const cacheMaxAgeMs = getReportCacheMaxAgeMs();
  const { report } = await loadReport(ctx, filters, { cacheMaxAgeMs });

  return (
    <Container className="space-y-6 py-8">
      <div>
        <p className="text-sm">
          <a href="/supervisor" className="font-semibold text-brand-700 underline underline-offset-2">
            ‹ Beranda supervisor
          </a>
        </p>
        <h1 className="text-2xl font-bold text-brand-800">Laporan layanan (SLA)</h1>
        <p className="text-muted" id="filter-aktif">
          {describeFilters(filters, report.options)}
        </p>
        <p className="text-sm text-muted" id="dihitung">
          Angka periode dihitung {formatShortDateTime(report.computedAt, REPORT_TIME_ZONE)}
          {cacheMaxAgeMs > 0
            ? ` (dihitung ulang paling lama tiap ${formatSpan(cacheMaxAgeMs)}; antrean dan daftar tiket selalu terkini).`
            : "."}
        </p>
      </div>

      <ReportFiltersForm filters={filters} options={report.options} now={ctx.now} />

      <ReportSections report={report} filters={filters} durations={ctx.durations} />
    </Container>
  );
}
