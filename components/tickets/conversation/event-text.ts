// One history entry in words. Pure: the page passes the configured durations (so "3 hari" follows the
// installation's settings) and the names behind assignment ids.
import { formatSpan, type ClockDurations } from "@/lib/domain";
import type { TicketEventDto } from "@/lib/server/tickets";

export interface EventTextContext {
  durations: ClockDurations;
  /** Helpdesk member names by id, for "Ditugaskan kepada …". */
  assigneeNames: ReadonlyMap<string, string>;
  /** Staff see who was assigned; askers and districts see that the helpdesk took it. */
  showsAssigneeNames: boolean;
  /** Whether the viewer may read forward notes (the district and staff; never the asking school). */
  seesForwardNotes: boolean;
}

type Detail = Record<string, unknown>;

function detailOf(event: TicketEventDto): Detail {
  const { detail } = event;
  return detail !== null && typeof detail === "object" && !Array.isArray(detail) ? (detail as Detail) : {};
}

function text(value: unknown): string | null {
  return typeof value === "string" && value !== "" ? value : null;
}

export function describeEvent(event: TicketEventDto, context: EventTextContext): string {
  const by = event.actor?.displayName ?? "Sistem";
  const detail = detailOf(event);
  const { durations } = context;
  switch (event.type) {
    case "OPENED":
      return detail.channel === "WALK_IN"
        ? `Kunjungan di loket ULT dicatat sebagai tiket oleh ${by}`
        : `Tiket dibuat oleh ${by}`;
    case "ASKER_REPLIED":
      return `Dibalas oleh penanya, ${by}`;
    case "HANDLER_REPLIED":
      return `Dijawab oleh ${by}`;
    case "FORWARDED":
      return `Diteruskan ke Helpdesk oleh ${by}${context.seesForwardNotes ? " dengan catatan" : ""}`;
    case "ESCALATED":
      return `Diteruskan otomatis ke Helpdesk karena ${formatSpan(durations.escalationMs)} belum selesai`;
    case "ASSIGNED":
      return describeAssignment(text(detail.to), by, context);
    case "INTERNAL_NOTE_ADDED":
      return `Catatan internal ditambahkan oleh ${by}`;
    case "CLOSED":
      if (detail.reason === "RESOLVED_AT_COUNTER") return `Selesai dilayani di loket ULT oleh ${by}`;
      return `Ditutup oleh penanya (${by}): ${detail.solved === false ? "masalah belum selesai" : "masalah selesai"}`;
    case "EXPIRED":
      return detail.reason === "NO_RESPONSE"
        ? `Berakhir otomatis: ${formatSpan(durations.expiryMs)} tanpa jawaban petugas`
        : `Berakhir otomatis: ${formatSpan(durations.expiryMs)} tanpa tanggapan penanya`;
    case "HELPDESK_TARGET_BREACHED":
      return `Target jawaban Helpdesk (${formatSpan(durations.helpdeskAnswerMs)}) terlewati`;
    case "SCHOOL_MOVED":
      return "Sekolah penanya pindah ke kabupaten/kota lain";
  }
}

function describeAssignment(assigneeId: string | null, by: string, context: EventTextContext): string {
  if (assigneeId === null) return `Penugasan petugas dilepas oleh ${by}`;
  if (!context.showsAssigneeNames) return "Ditugaskan kepada petugas Tim Helpdesk";
  const name = context.assigneeNames.get(assigneeId) ?? "petugas Tim Helpdesk";
  return `Ditugaskan kepada ${name} oleh ${by}`;
}
