// How ticket facts read in the lists, in Bahasa Indonesia. Plain data: usable by server and client.
import type { DeadlineKind } from "@/lib/domain/deadlines";
import type { Tier, TicketState } from "@/lib/domain/types";

/** The state as a handler reads it in a list. */
export const STATE_LABEL: Record<TicketState, string> = {
  OPEN: "Menunggu jawaban",
  ANSWERED: "Sudah dijawab",
  CLOSED: "Ditutup",
  EXPIRED: "Berakhir otomatis",
};

/** Where the ticket is now (the handling tier). */
export const TIER_LABEL: Record<Tier, string> = {
  DINAS: "Di Dinas",
  HELPDESK: "Di Helpdesk",
};

/** What happens at the next deadline, as a noun phrase ("Eskalasi ke Helpdesk dalam 2 hari"). */
export const DEADLINE_LABEL: Record<DeadlineKind, string> = {
  ESCALATION: "Diteruskan ke Helpdesk",
  HELPDESK_ANSWER: "Batas jawab Helpdesk",
  EXPIRY: "Berakhir otomatis",
};

export const SORT_LABEL = {
  deadline: "Tenggat berikutnya",
  age: "Tanggal dibuka",
  activity: "Pesan terakhir",
} as const;
