// The school's "what happens next, by when", from what a list row carries (its next deadline).
// Worded like describeDeadline (lib/domain/deadline-text.ts), which needs the full ticket snapshot;
// the conversation page uses that one. Until list rows carry the snapshot, this keeps the two close.
import { formatDateTime } from "@/lib/domain";
import type { TicketRow } from "@/lib/server/tickets";

/** Who holds the ticket now; null once it ended (the state badge says how). */
export function holderText(row: Pick<TicketRow, "state" | "tier" | "regencyName">): string | null {
  if (row.state === "CLOSED" || row.state === "EXPIRED") return null;
  return row.tier === "DINAS" ? `Di Dinas Pendidikan ${row.regencyName}` : "Di Tim Helpdesk";
}

/** Null for a ticket the asker closed: the "Ditutup" badge says all there is. */
export function askerDeadlineText(
  row: Pick<TicketRow, "state" | "tier" | "nextDeadline">,
  timeZone: string,
): string | null {
  if (row.state === "CLOSED") return null;
  if (row.state === "EXPIRED") return "Tiket berakhir otomatis karena lama tidak ada tanggapan.";
  const handler = row.tier === "DINAS" ? "Dinas Pendidikan" : "Tim Helpdesk";
  const next = row.nextDeadline;
  if (!next)
    return row.state === "ANSWERED" ? "Sudah dijawab. Menunggu tanggapan Anda." : `Menunggu jawaban ${handler}.`;
  const at = formatDateTime(next.at, timeZone);
  switch (next.kind) {
    case "ESCALATION":
      return row.state === "ANSWERED"
        ? `Sudah dijawab. Menunggu tanggapan Anda; jika belum Anda tutup sampai ${at}, tiket diteruskan ke Helpdesk.`
        : `Dinas menjawab paling lambat ${at}, setelah itu diteruskan ke Helpdesk.`;
    case "HELPDESK_ANSWER":
      return `Tim Helpdesk menjawab paling lambat ${at}.`;
    case "EXPIRY":
      return row.state === "ANSWERED"
        ? `Sudah dijawab. Menunggu tanggapan Anda: jika tidak ada balasan, tiket berakhir otomatis pada ${at}.`
        : `Menunggu jawaban ${handler}; jika tidak ada balasan, tiket berakhir otomatis pada ${at}.`;
  }
}
