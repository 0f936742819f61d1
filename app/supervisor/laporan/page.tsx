import type { Metadata } from "next";
import { BacklogChart } from "@/components/reports/backlog-chart";
import { CategoryTable } from "@/components/reports/category-table";
import { describeFilters } from "@/components/reports/filter-summary";
import { formatCount } from "@/components/reports/format";
import { HeadlineCards } from "@/components/reports/headline-cards";
import { LeagueTable } from "@/components/reports/league-table";
import { csvHref } from "@/components/reports/links";
import { ReportFiltersForm } from "@/components/reports/report-filters";
import { ReportSection } from "@/components/reports/report-section";
import { SlaRateCards } from "@/components/reports/sla-rate-cards";
import { SortChips } from "@/components/reports/sort-chips";
import { SpanTable } from "@/components/reports/span-table";
import { TrendCharts } from "@/components/reports/trend-charts";
import { Container } from "@/components/ui/container";
import { formatShortDateTime, formatSpan } from "@/lib/domain/format-time";
import { getReportCacheMaxAgeMs } from "@/lib/server/config";
import { createReportContext, requireReportViewer } from "@/lib/server/reports/access";
import { parseReportFilters, REPORT_TIME_ZONE } from "@/lib/shared/report-params";
import type { SearchParams } from "@/lib/shared/search-params";
import { figureLabels } from "@/lib/shared/report-labels";
import { loadReport } from "@/lib/server/reports/report";

export const metadata: Metadata = { title: "Laporan layanan" };

export default async function ReportPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requireReportViewer();
  const ctx = createReportContext();
  const filters = parseReportFilters(await searchParams, ctx.now);
  const cacheMaxAgeMs = getReportCacheMaxAgeMs();
  const { report } = await loadReport(ctx, filters, { cacheMaxAgeMs });
  const { summary } = report;
  const { durations } = ctx;
  const escalation = formatSpan(durations.escalationMs);
  const helpdesk = formatSpan(durations.helpdeskAnswerMs);
  const expiry = formatSpan(durations.expiryMs);
  const labels = figureLabels(durations);
  const regencyShown = report.regencies.rows.length;

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

      <ReportSection
        id="ringkasan"
        title="Ringkasan"
        lead="Apa jadinya tiket yang dibuka pada periode ini. Angka-angka ini berjumlah sama dengan tiket dibuka."
        csvHref={csvHref("ringkasan", filters)}
        counts={
          <>
            <p>
              Semua angka di halaman ini dihitung atas tiket yang dibuka pada periode dan filter di atas, kecuali
              antrean (keadaan saat ini).
            </p>
            {(["resolved", "resolvedAtCounter", "noResponse", "askerSilent", "stillOpen"] as const).map((figure) => (
              <p key={figure}>
                <strong>{labels[figure].title}:</strong> {labels[figure].counts}
              </p>
            ))}
            <p>Ketuk angka untuk melihat daftar tiketnya.</p>
          </>
        }
      >
        <HeadlineCards summary={summary} filters={filters} durations={durations} />
      </ReportSection>

      <ReportSection
        id="target"
        title="Target layanan"
        lead={`Apakah Dinas menjawab sekolah dalam ${escalation} dan Helpdesk menjawab dalam ${helpdesk}?`}
        counts={
          <>
            <p>
              <strong>Dinas menjawab dalam {escalation}:</strong> {labels.dinasMet.counts} Dibandingkan dengan:{" "}
              {labels.dinasCounted.counts}
            </p>
            <p>
              <strong>Eskalasi otomatis:</strong> {labels.escalated.counts} Dibandingkan dengan:{" "}
              {labels.escalationCounted.counts}
            </p>
            <p>
              <strong>Helpdesk dalam {helpdesk}:</strong> {labels.helpdeskMet.counts} Terlambat:{" "}
              {labels.helpdeskBreached.counts} Tiket yang berakhir sebelum batasnya tanpa jawaban tidak dihitung (aturan
              yang sama dengan halaman tiket).
            </p>
            <p>
              <strong>Berakhir tanpa jawaban:</strong> {labels.noResponse.counts}
            </p>
          </>
        }
      >
        <SlaRateCards summary={summary} filters={filters} durations={durations} />
      </ReportSection>

      <ReportSection
        id="kabkota"
        title="Peringkat kabupaten/kota"
        lead={
          filters.province
            ? "Semua kab/kota di provinsi ini, yang terburuk di atas; kab/kota tanpa tiket ditampilkan dengan —."
            : `Kab/kota yang punya tiket, yang terburuk di atas${report.regencies.total > regencyShown ? ` (${formatCount(regencyShown)} dari ${formatCount(report.regencies.total)}; semuanya ada di CSV)` : ""}.`
        }
        csvHref={csvHref("kabkota", filters)}
        counts={
          <>
            <p>
              <strong>Dijawab Dinas ≤ {escalation}:</strong> {labels.dinasMet.counts} dibagi{" "}
              {labels.dinasCounted.counts.toLowerCase()}
            </p>
            <p>
              <strong>Median tunggu jawaban Dinas:</strong> waktu dari tiket sekolah dibuka sampai balasan pertama
              Dinas, hanya tiket yang dijawab Dinas. Kab/kota yang tidak menjawab sama sekali terlihat dari tingkat
              jawabnya.
            </p>
            <p>
              <strong>Eskalasi otomatis:</strong> {labels.escalated.counts}
            </p>
            <p>
              <strong>Berakhir tak dijawab:</strong> {labels.noResponse.counts}
            </p>
            <p>Jika angkanya sama, urutannya menurut nama wilayah.</p>
          </>
        }
      >
        <SortChips filters={filters} anchor="kabkota" />
        <LeagueTable
          league={report.regencies}
          filters={filters}
          escalationText={escalation}
          caption="Peringkat kabupaten/kota"
        />
      </ReportSection>

      <ReportSection
        id="waktu"
        title="Waktu tanggapan dan penyelesaian"
        lead="Separuh tiket lebih cepat dari median; 9 dari 10 tiket lebih cepat dari P90."
        csvHref={csvHref("ringkasan", filters)}
        counts={
          <>
            <p>
              Jawaban pertama adalah balasan publik pertama petugas dari tingkat itu; catatan internal dan catatan
              penerusan tidak dihitung.
            </p>
            <p>Tiket yang belum dijawab tidak masuk median (lihat target layanan untuk yang tidak dijawab).</p>
            <p>
              Penyelesaian hanya menghitung tiket yang ditutup penanya, menurut tingkat yang memegangnya saat ditutup.
            </p>
          </>
        }
      >
        <SpanTable summary={summary} />
      </ReportSection>

      <ReportSection
        id="tren"
        title="Tren mingguan"
        lead="Tiket menurut minggu dibukanya (Senin–Minggu, WIB), dan apa jadinya tiket itu."
        csvHref={csvHref("tren", filters)}
        counts={
          <>
            <p>
              Minggu pertama dan terakhir bisa terpotong oleh periode. Tiket dari minggu-minggu terakhir banyak yang
              masih berjalan.
            </p>
            <p>Berakhir otomatis menghitung kedua alasan (tidak dijawab dan penanya tidak membalas).</p>
          </>
        }
      >
        <TrendCharts weeks={report.trend} escalationText={escalation} helpdeskText={helpdesk} />
      </ReportSection>

      <ReportSection
        id="antrean"
        title="Antrean saat ini"
        lead="Tiket yang masih berjalan sekarang (tidak terikat periode), menurut umurnya sejak dibuka."
        csvHref={csvHref("antrean", filters)}
        counts={
          <p>
            Tiket berstatus menunggu jawaban atau sudah dijawab yang belum ditutup dan belum berakhir, per tingkat yang
            memegangnya. Tiket berakhir otomatis {expiry} setelah pesan terakhir.
          </p>
        }
      >
        <BacklogChart rows={report.backlog} filters={filters} />
      </ReportSection>

      <ReportSection
        id="provinsi"
        title="Peringkat provinsi"
        lead="Semua provinsi, yang terburuk di atas; provinsi tanpa tiket ditampilkan dengan —. Ketuk nama untuk melihat kab/kotanya."
        csvHref={csvHref("provinsi", filters)}
        counts={<p>Sama dengan peringkat kab/kota, dijumlahkan per provinsi.</p>}
      >
        <LeagueTable
          league={report.provinces}
          filters={filters}
          escalationText={escalation}
          caption="Peringkat provinsi"
        />
      </ReportSection>

      <ReportSection
        id="kategori"
        title="Per kategori"
        lead="Kategori dengan tiket terbanyak di atas."
        csvHref={csvHref("kategori", filters)}
        counts={
          <p>
            Median jawaban pertama: balasan pertama petugas mana pun sejak tiket dibuka. Median penyelesaian: tiket yang
            ditutup penanya.
          </p>
        }
      >
        <CategoryTable rows={report.categories} filters={filters} escalationText={escalation} />
      </ReportSection>
    </Container>
  );
}
