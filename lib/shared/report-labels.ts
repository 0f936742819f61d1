// What each figure is called and exactly what it counts, in Bahasa Indonesia. Shared by the page (captions,
// <details>) and the CSV export (headers, the "Keterangan" column), so both explain a figure the same way.
import { formatSpan } from "@/lib/domain/format-time";
import type { ClockDurations, Tier } from "@/lib/domain/types";
import type { BacklogBucketKey, DrillTarget, DrillFigure, LeagueSort } from "@/lib/shared/report-params";

export const TIER_NAME: Record<Tier, string> = { DINAS: "Dinas kab/kota", HELPDESK: "Helpdesk pusat" };

export const BUCKET_LABEL: Record<BacklogBucketKey, string> = {
  "0-1": "0–1 hari",
  "1-3": "1–3 hari",
  "3-7": "3–7 hari",
  "7+": "lebih dari 7 hari",
};

export const SORT_LABEL: Record<LeagueSort, string> = {
  answerRate: "Dijawab Dinas tepat waktu (terendah dulu)",
  wait: "Median tunggu jawaban Dinas (terlama dulu)",
  escalated: "Eskalasi otomatis (tertinggi dulu)",
  noResponse: "Berakhir tak dijawab (terbanyak dulu)",
  opened: "Tiket dibuka (terbanyak dulu)",
  name: "Nama wilayah (A–Z)",
};

export function figureLabels(durations: ClockDurations): Record<DrillFigure, { title: string; counts: string }> {
  const escalation = formatSpan(durations.escalationMs);
  const helpdesk = formatSpan(durations.helpdeskAnswerMs);
  const expiry = formatSpan(durations.expiryMs);
  return {
    opened: { title: "Tiket dibuka", counts: "Semua tiket yang dibuka pada periode ini (sesuai filter)." },
    resolved: {
      title: "Ditutup penanya",
      counts: "Tiket yang ditutup sendiri oleh penanya (masalah selesai), kapan pun ditutupnya.",
    },
    resolvedAtCounter: {
      title: "Selesai di loket ULT",
      counts: "Kunjungan loket ULT yang langsung selesai di tempat.",
    },
    noResponse: {
      title: "Berakhir: tidak dijawab",
      counts: `Tiket yang berakhir otomatis karena ${expiry} setelah pesan terakhir penanya tidak ada jawaban (NO_RESPONSE): kegagalan layanan.`,
    },
    noResponseDinas: { title: "Tidak dijawab — di Dinas", counts: "NO_RESPONSE saat tiket dipegang Dinas kab/kota." },
    noResponseHelpdesk: {
      title: "Tidak dijawab — di Helpdesk",
      counts: "NO_RESPONSE saat tiket dipegang Helpdesk pusat.",
    },
    askerSilent: {
      title: "Berakhir: penanya tidak membalas",
      counts: `Tiket yang berakhir ${expiry} setelah jawaban terakhir petugas tanpa balasan penanya (ASKER_SILENT): dianggap terjawab.`,
    },
    stillOpen: { title: "Masih berjalan", counts: "Tiket dari periode ini yang belum ditutup dan belum berakhir." },
    dinasCounted: {
      title: `Tiket sekolah yang dihitung (batas ${escalation})`,
      counts: `Tiket sekolah yang sudah dijawab Dinas, atau yang batas ${escalation}-nya sudah lewat — kecuali yang berakhir sebelum batas itu tanpa jawaban.`,
    },
    dinasMet: {
      title: `Dijawab Dinas dalam ${escalation}`,
      counts: `Tiket sekolah yang jawaban pertama Dinas-nya datang paling lambat ${escalation} setelah dibuka.`,
    },
    dinasMissed: {
      title: `Tidak dijawab Dinas dalam ${escalation}`,
      counts: `Tiket sekolah yang dihitung tetapi jawaban pertama Dinas terlambat atau tidak ada (termasuk yang diteruskan tanpa jawaban).`,
    },
    escalationCounted: {
      title: `Tiket sekolah berumur ≥ ${escalation}`,
      counts: `Tiket sekolah yang dibuka paling sedikit ${escalation} yang lalu (sudah bisa dieskalasi).`,
    },
    escalated: {
      title: "Dieskalasi otomatis",
      counts: `Tiket sekolah yang diteruskan otomatis ke Helpdesk karena belum ditutup ${escalation} setelah dibuka.`,
    },
    helpdeskMet: {
      title: `Helpdesk menjawab dalam ${helpdesk}`,
      counts: `Tiket di Helpdesk yang jawaban pertama Helpdesk datang paling lambat ${helpdesk} setelah tiba di Helpdesk.`,
    },
    helpdeskBreached: {
      title: `Helpdesk melewati ${helpdesk}`,
      counts: `Tiket di Helpdesk yang dijawab terlambat, atau yang belum dijawab ketika batas ${helpdesk} lewat.`,
    },
    helpdeskPending: {
      title: "Target Helpdesk masih berjalan",
      counts: `Tiket di Helpdesk yang belum dijawab dan batas ${helpdesk}-nya belum lewat.`,
    },
  };
}

export function drillTitle(target: DrillTarget, durations: ClockDurations): string {
  if (target.kind === "backlog") return `Antrean ${TIER_NAME[target.tier]}, umur ${BUCKET_LABEL[target.bucket]}`;
  return figureLabels(durations)[target.figure].title;
}
