// Every table of the report page as a CSV download, and the tickets behind any figure. The small
// tables come from the same queries as the page; the ticket lists stream in keyset batches.
import "server-only";
import type { ClockDurations } from "@/lib/domain/types";
import { loadBacklog } from "./backlog";
import { BACKLOG_BUCKETS, type DrillTarget, type ReportFilters } from "@/lib/shared/report-params";
import { loadCategoryBreakdown } from "./category-breakdown";
import { inOneBatch, type CsvValue } from "./csv";
import { drillTicketBatches, type DrillTicketRow } from "./drill-down";
import type { ReportContext, SpanStats } from "./figures";
import { BUCKET_LABEL, figureLabels, TIER_NAME } from "@/lib/shared/report-labels";
import { loadLeague, type LeagueRow } from "./league";
import { loadSummary } from "./summary";
import { loadTrend } from "./trend";

export const CSV_TABLES = ["ringkasan", "antrean", "provinsi", "kabkota", "kategori", "tren", "tiket"] as const;
export type CsvTable = (typeof CSV_TABLES)[number];

export interface CsvExport {
  filename: string;
  header: string[];
  batches: AsyncIterable<CsvValue[][]>;
}

const HOUR_MS = 3_600_000;
const hours = (ms: number | null) => (ms === null ? null : ms / HOUR_MS);
const percent = (ratio: number | null) => (ratio === null ? null : ratio * 100);

export function csvFilename(table: CsvTable, filters: ReportFilters, suffix = ""): string {
  const region = filters.regency ?? filters.province;
  const parts = ["laporan", table, suffix, region ? region.replace(".", "-") : "", `${filters.from}_${filters.to}`];
  return `${parts.filter(Boolean).join("-")}.csv`;
}

async function summaryRows(ctx: ReportContext, filters: ReportFilters): Promise<CsvValue[][]> {
  const s = await loadSummary(ctx, filters);
  const labels = figureLabels(ctx.durations);
  const spanRows = (name: string, stats: SpanStats, counts: string): CsvValue[][] => [
    [`${name} — median (jam)`, hours(stats.medianMs), `${counts} Dari ${stats.count} tiket.`],
    [`${name} — persentil ke-90 (jam)`, hours(stats.p90Ms), `${counts} Dari ${stats.count} tiket.`],
  ];
  return [
    [labels.opened.title, s.opened, labels.opened.counts],
    [labels.resolved.title, s.resolved, labels.resolved.counts],
    [labels.resolvedAtCounter.title, s.resolvedAtCounter, labels.resolvedAtCounter.counts],
    [labels.noResponse.title, s.expiredNoResponse, labels.noResponse.counts],
    [labels.askerSilent.title, s.expiredAskerSilent, labels.askerSilent.counts],
    [labels.stillOpen.title, s.stillOpen, labels.stillOpen.counts],
    ...spanRows(
      "Jawaban pertama Dinas",
      s.firstResponse.dinas,
      "Tiket sekolah: dari dibuka sampai balasan pertama Dinas.",
    ),
    ...spanRows(
      "Jawaban pertama Helpdesk",
      s.firstResponse.helpdesk,
      "Dari tiba di Helpdesk sampai balasan pertama Helpdesk.",
    ),
    ...spanRows("Penyelesaian (semua)", s.resolution.all, "Dari dibuka sampai ditutup penanya."),
    ...spanRows("Penyelesaian di Dinas", s.resolution.dinas, "Ditutup penanya saat dipegang Dinas."),
    ...spanRows("Penyelesaian di Helpdesk", s.resolution.helpdesk, "Ditutup penanya saat dipegang Helpdesk."),
    [
      `${labels.dinasMet.title} (%)`,
      percent(s.dinasAnswerRate.ratio),
      `${s.dinasAnswerRate.numerator} dari ${s.dinasAnswerRate.denominator}. ${labels.dinasCounted.counts}`,
    ],
    [
      `${labels.escalated.title} (%)`,
      percent(s.autoEscalation.ratio),
      `${s.autoEscalation.numerator} dari ${s.autoEscalation.denominator}. ${labels.escalationCounted.counts}`,
    ],
    [
      `${labels.helpdeskMet.title} (%)`,
      percent(s.helpdeskCompliance.ratio),
      `${s.helpdeskCompliance.numerator} dari ${s.helpdeskCompliance.denominator} (tepat + terlambat); ${s.helpdeskCompliance.pending} masih berjalan.`,
    ],
    [labels.noResponseDinas.title, s.noResponseByTier.DINAS, labels.noResponseDinas.counts],
    [labels.noResponseHelpdesk.title, s.noResponseByTier.HELPDESK, labels.noResponseHelpdesk.counts],
  ];
}

function leagueHeader(durations: ClockDurations, withProvince: boolean): string[] {
  const labels = figureLabels(durations);
  return [
    "Kode",
    withProvince ? "Kabupaten/kota" : "Provinsi",
    ...(withProvince ? ["Provinsi"] : []),
    "Tiket dibuka",
    labels.dinasMet.title,
    labels.dinasCounted.title,
    `${labels.dinasMet.title} (%)`,
    "Median tunggu jawaban Dinas (jam)",
    labels.escalated.title,
    labels.escalationCounted.title,
    `${labels.escalated.title} (%)`,
    labels.noResponse.title,
  ];
}

function leagueRow(row: LeagueRow, withProvince: boolean): CsvValue[] {
  return [
    row.code,
    row.name,
    ...(withProvince ? [row.provinceName] : []),
    row.opened,
    row.dinasMet,
    row.dinasCounted,
    percent(row.dinasAnswerRate),
    hours(row.medianDinasWaitMs),
    row.escalated,
    row.escalationCounted,
    percent(row.escalationShare),
    row.noResponse,
  ];
}

export const TICKET_CSV_HEADER = [
  "Nomor",
  "Subjek",
  "Kategori",
  "Penanya",
  "Saluran",
  "NPSN",
  "Satuan pendidikan",
  "Kabupaten/kota",
  "Provinsi",
  "Status",
  "Tingkat",
  "Dibuka (WIB)",
  "Diteruskan",
  "Diteruskan pada (WIB)",
  "Jawaban pertama Dinas (WIB)",
  "Jawaban pertama Helpdesk (WIB)",
  "Pesan terakhir (WIB)",
  "Berakhir (WIB)",
  "Alasan berakhir",
  "Target Helpdesk",
];

export function ticketCsvRow(t: DrillTicketRow): CsvValue[] {
  return [
    t.number,
    t.subject,
    t.categoryName,
    t.askerType,
    t.channel,
    t.npsn,
    t.schoolName,
    t.regencyName,
    t.provinceName,
    t.state,
    t.tier,
    t.openedAt,
    t.handoff,
    t.handoffAt,
    t.dinasFirstResponseAt,
    t.helpdeskFirstResponseAt,
    t.lastMessageAt,
    t.endedAt,
    t.endReason,
    t.helpdeskStatus,
  ];
}

async function* ticketBatches(ctx: ReportContext, filters: ReportFilters, target: DrillTarget) {
  for await (const batch of drillTicketBatches(ctx, filters, target)) yield batch.map(ticketCsvRow);
}

/** The CSV of one table (or of the tickets behind `target`). */
export async function buildCsvExport(
  ctx: ReportContext,
  filters: ReportFilters,
  table: CsvTable,
  target: DrillTarget,
): Promise<CsvExport> {
  const name = (suffix = "") => csvFilename(table, filters, suffix);
  switch (table) {
    case "ringkasan":
      return {
        filename: name(),
        header: ["Angka", "Nilai", "Keterangan"],
        batches: inOneBatch(await summaryRows(ctx, filters)),
      };
    case "antrean": {
      const rows = await loadBacklog(ctx, filters);
      return {
        filename: name(),
        header: ["Tingkat", ...BACKLOG_BUCKETS.map((b) => `Umur ${BUCKET_LABEL[b.key]}`), "Jumlah"],
        batches: inOneBatch(rows.map((r) => [TIER_NAME[r.tier], ...r.counts, r.total])),
      };
    }
    case "provinsi":
    case "kabkota": {
      const level = table === "provinsi" ? "province" : "regency";
      const league = await loadLeague(ctx, filters, level);
      const withProvince = level === "regency";
      return {
        filename: name(),
        header: leagueHeader(ctx.durations, withProvince),
        batches: inOneBatch(league.rows.map((row) => leagueRow(row, withProvince))),
      };
    }
    case "kategori": {
      const rows = await loadCategoryBreakdown(ctx, filters);
      return {
        filename: name(),
        header: [
          "Kode",
          "Kategori",
          "Tiket dibuka",
          "Ditutup penanya",
          "Berakhir: tidak dijawab",
          "Masih berjalan",
          "Median jawaban pertama (jam)",
          "Median penyelesaian (jam)",
          "Dijawab Dinas tepat waktu (%)",
        ],
        batches: inOneBatch(
          rows.map((r) => [
            r.code,
            r.name,
            r.opened,
            r.resolved,
            r.noResponse,
            r.stillOpen,
            hours(r.medianFirstResponseMs),
            hours(r.medianResolutionMs),
            percent(r.dinasAnswerRate),
          ]),
        ),
      };
    }
    case "tren": {
      const weeks = await loadTrend(ctx, filters);
      return {
        filename: name(),
        header: [
          "Minggu (ISO)",
          "Senin",
          "Tiket dibuka",
          "Ditutup penanya",
          "Berakhir otomatis",
          "Dieskalasi otomatis",
          "Dijawab Dinas tepat waktu (%)",
          "Helpdesk tepat waktu (%)",
        ],
        batches: inOneBatch(
          weeks.map((w) => [
            w.week,
            w.weekStart,
            w.opened,
            w.resolved,
            w.expired,
            w.escalated,
            percent(w.dinasAnswerRate),
            percent(w.helpdeskCompliance),
          ]),
        ),
      };
    }
    case "tiket": {
      const suffix =
        target.kind === "backlog"
          ? `antrean-${target.tier.toLowerCase()}-${target.bucket.replace("+", "plus")}`
          : target.figure;
      return { filename: name(suffix), header: TICKET_CSV_HEADER, batches: ticketBatches(ctx, filters, target) };
    }
  }
}
