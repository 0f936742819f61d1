// What the SLA clocks did to the user's tickets since they last looked: "went to the helpdesk, and
// why", "ended, and why — open a follow-up". A server component of plain links and one plain form,
// so the school's light list page stays without client JavaScript.
import { formatDateTime, formatSpan, type ClockDurations } from "@/lib/domain";
import { dismissClockNoticesAction } from "@/lib/actions/notice-actions";
import type { ClockNotice } from "@/lib/server/tickets";

const COUNT = new Intl.NumberFormat("id-ID");

interface ClockNoticesProps {
  notices: ClockNotice[];
  durations: ClockDurations;
  timeZone: string;
  /** The role's ticket path: "/sekolah/tiket" or "/dinas/tiket". */
  ticketPath: string;
}

export function noticeTitle(notice: ClockNotice): string {
  switch (notice.kind) {
    case "ESCALATED":
      return notice.relation === "ASKER"
        ? "Tiket Anda diteruskan ke Tim Helpdesk"
        : "Tiket diteruskan otomatis ke Tim Helpdesk";
    case "EXPIRED_NO_RESPONSE":
    case "EXPIRED_ASKER_SILENT":
      return "Tiket Anda berakhir otomatis";
  }
}

/** Why, in the words of the rules, with the installation's durations. */
export function noticeText(notice: ClockNotice, durations: ClockDurations, timeZone: string): string {
  const when = formatDateTime(notice.at, timeZone);
  const helpdeskDue = formatDateTime(new Date(notice.at.getTime() + durations.helpdeskAnswerMs), timeZone);
  switch (notice.kind) {
    case "ESCALATED":
      return notice.relation === "ASKER"
        ? `Dinas Pendidikan belum menyelesaikannya dalam ${formatSpan(durations.escalationMs)}, jadi tiket diteruskan otomatis ke Tim Helpdesk pada ${when}. Tim Helpdesk menjawab paling lambat ${helpdeskDue}; Anda tidak perlu membuat tiket baru.`
        : `Tiket sekolah ini belum selesai dalam ${formatSpan(durations.escalationMs)}, jadi diteruskan otomatis ke Tim Helpdesk pada ${when}. Dinas tetap dapat membaca percakapannya.`;
    case "EXPIRED_NO_RESPONSE":
      return `Tidak ada jawaban petugas selama ${formatSpan(durations.expiryMs)}, jadi tiket berakhir pada ${when}. Jika masalahnya belum selesai, buat tiket lanjutan.`;
    case "EXPIRED_ASKER_SILENT":
      return `Tidak ada tanggapan dari Anda selama ${formatSpan(durations.expiryMs)} setelah dijawab, jadi tiket berakhir pada ${when}. Jika masalahnya belum selesai, buat tiket lanjutan.`;
  }
}

function followUpHref(notice: ClockNotice): string {
  const base = notice.ticket.askerType === "SEKOLAH" ? "/sekolah/tiket/baru" : "/dinas/pertanyaan/baru";
  return `${base}?lanjutan=${encodeURIComponent(notice.ticket.id)}`;
}

/** The short mark a notice puts on its ticket's row in the lists. */
export function noticeMark(notice: ClockNotice): string {
  return notice.kind === "ESCALATED" ? "Baru diteruskan otomatis" : "Baru berakhir otomatis";
}

/** The marks by ticket id (the newest notice of a ticket wins: an ended ticket says it ended). */
export function noticeMarks(notices: ClockNotice[]): Record<string, string> {
  const marks: Record<string, string> = {};
  for (const notice of [...notices].sort((a, b) => a.eventSeq - b.eventSeq))
    marks[notice.ticket.id] = noticeMark(notice);
  return marks;
}

/** "3 diteruskan otomatis, 1 berakhir": what the folded summary says. */
export function noticeSummary(notices: ClockNotice[]): string {
  const escalated = notices.filter((notice) => notice.kind === "ESCALATED").length;
  const ended = notices.length - escalated;
  const parts = [
    escalated > 0 ? `${COUNT.format(escalated)} diteruskan otomatis` : null,
    ended > 0 ? `${COUNT.format(ended)} berakhir` : null,
  ];
  return parts.filter(Boolean).join(", ");
}

/**
 * One line above the list ("Pemberitahuan (4) 3 diteruskan otomatis, 1 berakhir · Lihat") that
 * opens in place: the list the user works from stays on the first screen of a phone.
 */
export function ClockNotices({ notices, durations, timeZone, ticketPath }: ClockNoticesProps) {
  if (notices.length === 0) return null;
  const newest = Math.max(...notices.map((notice) => notice.eventSeq));
  return (
    <section
      id="pemberitahuan"
      aria-labelledby="pemberitahuan-judul"
      className="rounded-xl border-2 border-amber-500 bg-amber-50 px-4 py-1"
    >
      <details className="group">
        <summary className="flex min-h-11 cursor-pointer flex-wrap items-center gap-x-2 py-1 text-amber-950">
          <h2 id="pemberitahuan-judul" className="inline font-bold">
            Pemberitahuan ({COUNT.format(notices.length)})
          </h2>
          <span>{noticeSummary(notices)}</span>
          <span aria-hidden="true" className="font-semibold text-brand-700 underline group-open:hidden">
            · Lihat
          </span>
        </summary>
        <ul className="mt-2 space-y-3">
          {notices.map((notice) => (
            <li key={notice.eventSeq} className="rounded-lg border border-amber-300 bg-white p-3">
              <p className="font-semibold">
                {noticeTitle(notice)}:{" "}
                <a href={`${ticketPath}/${notice.ticket.id}`} className="text-brand-700 underline">
                  {notice.ticket.number} · {notice.ticket.subject}
                </a>
              </p>
              <p className="mt-1">{noticeText(notice, durations, timeZone)}</p>
              {notice.kind !== "ESCALATED" && notice.relation === "ASKER" && (
                <a
                  href={followUpHref(notice)}
                  className="mt-2 inline-flex min-h-11 items-center font-semibold text-brand-700 underline"
                >
                  Buat tiket lanjutan
                </a>
              )}
            </li>
          ))}
        </ul>
        <form action={dismissClockNoticesAction} className="my-3">
          <input type="hidden" name="upToSeq" value={newest} />
          <button
            type="submit"
            className="inline-flex min-h-11 items-center rounded-lg border border-brand-700 bg-white px-4 font-semibold text-brand-700 hover:bg-brand-50"
          >
            Tandai semua sudah dibaca
          </button>
        </form>
      </details>
    </section>
  );
}
