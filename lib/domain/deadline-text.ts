// "The deadline in words" (issue: school list and conversation pages): what happens next, by when, and
// who acts — computed from the same deadlines the clocks use, so the page never promises another time.
import { computeDeadlines } from "./deadlines";
import { formatDateTime } from "./format-time";
import type { AskerType, ClockDurations, EndReason, TicketSnapshot } from "./types";

export type Viewpoint = "ASKER" | "HANDLER";

const END_TEXT: Record<EndReason, string> = {
  CLOSED_BY_ASKER: "Tiket ditutup oleh penanya",
  RESOLVED_AT_COUNTER: "Selesai dilayani di loket ULT",
  NO_RESPONSE: "Tiket berakhir otomatis karena 7 hari tanpa jawaban dari petugas",
  ASKER_SILENT: "Tiket berakhir otomatis karena 7 hari tanpa tanggapan dari penanya",
};

function handlerName(ticket: Pick<TicketSnapshot, "tier">): string {
  return ticket.tier === "DINAS" ? "Dinas Pendidikan kab/kota" : "Tim Helpdesk";
}

function askerName(askerType: AskerType): string {
  return askerType === "SEKOLAH" ? "operator sekolah" : "operator dinas";
}

/** One or two sentences saying what the ticket waits for and until when. */
export function describeDeadline(
  ticket: TicketSnapshot,
  durations: ClockDurations,
  viewpoint: Viewpoint,
  timeZone: string,
): string {
  if (ticket.endedAt && ticket.endReason) {
    const reason =
      ticket.endReason === "NO_RESPONSE" || ticket.endReason === "ASKER_SILENT"
        ? END_TEXT[ticket.endReason].replace("7 hari", spanInDays(durations.expiryMs))
        : END_TEXT[ticket.endReason];
    return `${reason} pada ${formatDateTime(ticket.endedAt, timeZone)}.`;
  }
  const deadlines = computeDeadlines(ticket, durations);
  const expiry = deadlines.expiryDueAt ? formatDateTime(deadlines.expiryDueAt, timeZone) : null;
  if (ticket.state === "ANSWERED") {
    const who = viewpoint === "ASKER" ? "Anda" : askerName(ticket.askerType);
    const waiting =
      viewpoint === "ASKER" ? "Sudah dijawab. Menunggu tanggapan Anda" : `Sudah dijawab. Menunggu tanggapan ${who}`;
    const escalation = deadlines.escalationDueAt
      ? ` Jika belum ditutup sampai ${formatDateTime(deadlines.escalationDueAt, timeZone)}, tiket diteruskan ke Helpdesk.`
      : "";
    return `${waiting}: jika tidak ada balasan, tiket berakhir otomatis pada ${expiry}.${escalation}`;
  }
  if (deadlines.escalationDueAt) {
    return `Dinas menjawab paling lambat ${formatDateTime(deadlines.escalationDueAt, timeZone)}, setelah itu diteruskan ke Helpdesk.`;
  }
  if (deadlines.helpdeskAnswerDueAt) {
    return `Tim Helpdesk menjawab paling lambat ${formatDateTime(deadlines.helpdeskAnswerDueAt, timeZone)}.`;
  }
  return `Menunggu jawaban ${handlerName(ticket)}; jika tidak ada balasan, tiket berakhir otomatis pada ${expiry}.`;
}

function spanInDays(ms: number): string {
  const days = ms / 86_400_000;
  if (Number.isInteger(days)) return `${days} hari`;
  const hours = ms / 3_600_000;
  return Number.isInteger(hours) ? `${hours} jam` : `${Math.round(ms / 60_000)} menit`;
}
