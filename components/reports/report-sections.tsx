// The SLA report's sections as data: what each answers, what exactly it counts ("Apa yang dihitung?"),
// its CSV and its body. The page (app/supervisor/laporan/page.tsx) renders them in this order.
import type { ReactNode } from "react";
import type { ClockDurations } from "@/lib/domain";
import { formatSpan } from "@/lib/domain/format-time";
import type { Report } from "@/lib/server/reports";
import { figureLabels } from "@/lib/shared/report-labels";
import type { ReportFilters } from "@/lib/shared/report-params";
import { BacklogChart } from "./backlog-chart";
import { CategoryTable } from "./category-table";
import { formatCount } from "./format";
import { HeadlineCards } from "./headline-cards";
import { LeagueTable } from "./league-table";
import type { CsvTable } from "@/lib/server/reports";
import { csvHref } from "./links";
import { ReportSection } from "./report-section";
import { SlaRateCards } from "./sla-rate-cards";
import { SortChips } from "./sort-chips";
import { SpanTable } from "./span-table";
import { TrendCharts } from "./trend-charts";

/** A paragraph of "Apa yang dihitung?": plain, or a figure's name in bold followed by its rule. */
type CountsParagraph = string | { term: string; text: string };

interface SectionSpec {
  id: string;
  title: string;
  lead: string;
  csv?: CsvTable;
  counts: CountsParagraph[];
  body: ReactNode;
}

interface ReportSectionsProps {
  report: Report;
  filters: ReportFilters;
  durations: ClockDurations;
}

function sectionsOf({ report, filters, durations }: ReportSectionsProps): SectionSpec[] {
  const escalation = formatSpan(durations.escalationMs);
  const helpdesk = formatSpan(durations.helpdeskAnswerMs);
  const expiry = formatSpan(durations.expiryMs);
  const labels = figureLabels(durations);
  const regencyShown = report.regencies.rows.length;
  const regenciesCut = report.regencies.total > regencyShown;
  return [
    {
      id: "ringkasan",
      title: "Ringkasan",
      lead: "Apa jadinya tiket yang dibuka pada periode ini. Angka-angka ini berjumlah sama dengan tiket dibuka.",
      csv: "ringkasan",
      counts: [
        "Semua angka di halaman ini dihitung atas tiket yang dibuka pada periode dan filter di atas, kecuali antrean (keadaan saat ini).",
        ...(["resolved", "resolvedAtCounter", "noResponse", "askerSilent", "stillOpen"] as const).map((figure) => ({
          term: labels[figure].title,
          text: labels[figure].counts,
        })),
        "Ketuk angka untuk melihat daftar tiketnya.",
      ],
      body: <HeadlineCards summary={report.summary} filters={filters} durations={durations} />,
    },
    {
      id: "target",
      title: "Target layanan",
      lead: `Apakah Dinas menjawab sekolah dalam ${escalation} dan Helpdesk menjawab dalam ${helpdesk}?`,
      counts: [
        {
          term: `Dinas menjawab dalam ${escalation}`,
          text: `${labels.dinasMet.counts} Dibandingkan dengan: ${labels.dinasCounted.counts}`,
        },
        {
          term: "Eskalasi otomatis",
          text: `${labels.escalated.counts} Dibandingkan dengan: ${labels.escalationCounted.counts}`,
        },
        {
          term: `Helpdesk dalam ${helpdesk}`,
          text: `${labels.helpdeskMet.counts} Terlambat: ${labels.helpdeskBreached.counts} Tiket yang berakhir sebelum batasnya tanpa jawaban tidak dihitung (aturan yang sama dengan halaman tiket).`,
        },
        { term: "Berakhir tanpa jawaban", text: labels.noResponse.counts },
      ],
      body: <SlaRateCards summary={report.summary} filters={filters} durations={durations} />,
    },
    {
      id: "kabkota",
      title: "Peringkat kabupaten/kota",
      lead: filters.province
        ? "Semua kab/kota di provinsi ini, yang terburuk di atas; kab/kota tanpa tiket ditampilkan dengan —."
        : `Kab/kota yang punya tiket, yang terburuk di atas${regenciesCut ? ` (${formatCount(regencyShown)} dari ${formatCount(report.regencies.total)}; semuanya ada di CSV)` : ""}.`,
      csv: "kabkota",
      counts: [
        {
          term: `Dijawab Dinas ≤ ${escalation}`,
          text: `${labels.dinasMet.counts} dibagi ${labels.dinasCounted.counts.toLowerCase()}`,
        },
        {
          term: "Median tunggu jawaban Dinas",
          text: "waktu dari tiket sekolah dibuka sampai balasan pertama Dinas, hanya tiket yang dijawab Dinas. Kab/kota yang tidak menjawab sama sekali terlihat dari tingkat jawabnya.",
        },
        { term: "Eskalasi otomatis", text: labels.escalated.counts },
        { term: "Berakhir tak dijawab", text: labels.noResponse.counts },
        "Jika angkanya sama, urutannya menurut nama wilayah.",
      ],
      body: (
        <>
          <SortChips filters={filters} anchor="kabkota" />
          <LeagueTable
            league={report.regencies}
            filters={filters}
            escalationText={escalation}
            caption="Peringkat kabupaten/kota"
          />
        </>
      ),
    },
    {
      id: "waktu",
      title: "Waktu tanggapan dan penyelesaian",
      lead: "Separuh tiket lebih cepat dari median; 9 dari 10 tiket lebih cepat dari P90.",
      csv: "ringkasan",
      counts: [
        "Jawaban pertama adalah balasan publik pertama petugas dari tingkat itu; catatan internal dan catatan penerusan tidak dihitung.",
        "Tiket yang belum dijawab tidak masuk median (lihat target layanan untuk yang tidak dijawab).",
        "Penyelesaian hanya menghitung tiket yang ditutup penanya, menurut tingkat yang memegangnya saat ditutup.",
      ],
      body: <SpanTable summary={report.summary} />,
    },
    {
      id: "tren",
      title: "Tren mingguan",
      lead: "Tiket menurut minggu dibukanya (Senin–Minggu, WIB), dan apa jadinya tiket itu.",
      csv: "tren",
      counts: [
        "Minggu pertama dan terakhir bisa terpotong oleh periode. Tiket dari minggu-minggu terakhir banyak yang masih berjalan.",
        "Berakhir otomatis menghitung kedua alasan (tidak dijawab dan penanya tidak membalas).",
      ],
      body: <TrendCharts weeks={report.trend} escalationText={escalation} helpdeskText={helpdesk} />,
    },
    {
      id: "antrean",
      title: "Antrean saat ini",
      lead: "Tiket yang masih berjalan sekarang (tidak terikat periode), menurut umurnya sejak dibuka.",
      csv: "antrean",
      counts: [
        `Tiket berstatus menunggu jawaban atau sudah dijawab yang belum ditutup dan belum berakhir, per tingkat yang memegangnya. Tiket berakhir otomatis ${expiry} setelah pesan terakhir.`,
      ],
      body: <BacklogChart rows={report.backlog} filters={filters} />,
    },
    {
      id: "provinsi",
      title: "Peringkat provinsi",
      lead: "Semua provinsi, yang terburuk di atas; provinsi tanpa tiket ditampilkan dengan —. Ketuk nama untuk melihat kab/kotanya.",
      csv: "provinsi",
      counts: ["Sama dengan peringkat kab/kota, dijumlahkan per provinsi."],
      body: (
        <LeagueTable
          league={report.provinces}
          filters={filters}
          escalationText={escalation}
          caption="Peringkat provinsi"
        />
      ),
    },
    {
      id: "kategori",
      title: "Per kategori",
      lead: "Kategori dengan tiket terbanyak di atas.",
      csv: "kategori",
      counts: [
        "Median jawaban pertama: balasan pertama petugas mana pun sejak tiket dibuka. Median penyelesaian: tiket yang ditutup penanya.",
      ],
      body: <CategoryTable rows={report.categories} filters={filters} escalationText={escalation} />,
    },
  ];
}

/** Every section of the report, in order. */
export function ReportSections(props: ReportSectionsProps) {
  return sectionsOf(props).map(({ id, title, lead, csv, counts, body }) => (
    <ReportSection
      key={id}
      id={id}
      title={title}
      lead={lead}
      csvHref={csv ? csvHref(csv, props.filters) : undefined}
      counts={counts.map((paragraph, index) =>
        typeof paragraph === "string" ? (
          <p key={index}>{paragraph}</p>
        ) : (
          <p key={index}>
            <strong>{paragraph.term}:</strong> {paragraph.text}
          </p>
        ),
      )}
    >
      {body}
    </ReportSection>
  ));
}
