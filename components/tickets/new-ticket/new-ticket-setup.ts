// What the new-ticket pages tell the asker and prefill, computed on the server.
import { firstParam } from "@/lib/shared/search-params";
import { formatDays } from "@/components/landing/format-duration";
import { DAY_MS, type ClockDurations } from "@/lib/domain/types";
import type { TicketDetail } from "@/lib/server/tickets";
import { QUESTION_MIN, SUBJECT_MAX, SUBJECT_MIN, TEXT_MAX } from "@/lib/shared/ticket-input";

export const NEW_TICKET_LIMITS = {
  subjectMin: SUBJECT_MIN,
  subjectMax: SUBJECT_MAX,
  bodyMin: QUESTION_MIN,
  bodyMax: TEXT_MAX,
};

const days = (ms: number) => formatDays(ms / DAY_MS);

/** Where the question goes and how long each side has — the installation's durations, not fixed text. */
export function routingNoteOf(
  asker: "SEKOLAH" | "DINAS",
  regencyName: string | null,
  durations: ClockDurations,
): string {
  const expiry = `Tiket berakhir otomatis jika ${days(durations.expiryMs)} tidak ada balasan.`;
  if (asker === "SEKOLAH") {
    const dinas = regencyName ? `Dinas Pendidikan ${regencyName}` : "Dinas Pendidikan kabupaten/kota Anda";
    return `Pertanyaan Anda akan diterima ${dinas}; jika dalam ${days(durations.escalationMs)} belum selesai, diteruskan otomatis ke Tim Helpdesk. ${expiry}`;
  }
  return `Pertanyaan Anda akan diterima Tim Helpdesk Dapodik PAUD & Dikmas, yang menjawab paling lambat ${days(durations.helpdeskAnswerMs)} setelah pertanyaan dikirim. ${expiry}`;
}

/**
 * The ticket named by `?lanjutan=`, if the asker may continue it: their own ticket, already ended.
 * Anything else (another school's, still running, unknown) is ignored: the form opens a plain ticket.
 */
export function followUpOf(ticket: TicketDetail | null, home: string) {
  if (!ticket || ticket.relation !== "ASKER" || (ticket.state !== "CLOSED" && ticket.state !== "EXPIRED")) return null;
  return { id: ticket.id, number: ticket.number, href: `${home}/tiket/${encodeURIComponent(ticket.id)}` };
}

/** The single value of a search parameter, if it has one (a repeated parameter counts as absent). */
export function singleParam(value: string | string[] | undefined): string | null {
  const first = firstParam(value)?.trim();
  return first && first.length <= 64 ? first : null;
}
