// How the SLA clocks and outcomes read, in Bahasa Indonesia (the timeline, the drill-down lists).
import type { EndReason, HelpdeskTargetStatus } from "@/lib/domain";
import type { ClockKind, ClockSettledBy, ClockStatus } from "@/lib/server/reports";

export const END_REASON_LABEL: Record<EndReason, string> = {
  CLOSED_BY_ASKER: "Ditutup penanya",
  RESOLVED_AT_COUNTER: "Selesai di loket ULT",
  NO_RESPONSE: "Berakhir: tidak dijawab",
  ASKER_SILENT: "Berakhir: penanya tidak membalas",
};

export const HELPDESK_STATUS_LABEL: Record<HelpdeskTargetStatus, string> = {
  NOT_APPLICABLE: "tidak berlaku",
  PENDING: "masih berjalan",
  MET: "terpenuhi",
  BREACHED: "terlewati",
};

export const CLOCK_TITLE: Record<ClockKind, string> = {
  DINAS_ANSWER: "Jawaban Dinas",
  ESCALATION: "Eskalasi otomatis ke Helpdesk",
  HELPDESK_ANSWER: "Target jawaban Helpdesk",
  EXPIRY: "Batas tanpa tanggapan",
};

export const CLOCK_STATUS_LABEL: Record<ClockStatus, string> = {
  MET: "Terpenuhi",
  BREACHED: "Terlewati",
  RUNNING: "Berjalan",
  STOPPED: "Berhenti",
  NOT_APPLICABLE: "Tidak berlaku",
};

export const SETTLED_BY_LABEL: Record<ClockSettledBy, string> = {
  ANSWER: "dijawab tepat waktu",
  LATE_ANSWER: "dijawab setelah batas",
  DEADLINE: "batas lewat tanpa jawaban",
  ESCALATION: "diteruskan otomatis ke Helpdesk",
  FORWARD: "diteruskan Dinas ke Helpdesk",
  CLOSE: "tiket ditutup penanya",
  EXPIRY: "tiket berakhir otomatis",
  ENDED_EARLY: "tiket berakhir sebelum batas tanpa jawaban (tidak dihitung)",
};
