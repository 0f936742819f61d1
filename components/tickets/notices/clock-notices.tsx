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
      return notice.relation === "ASKER" ? "Tiket Anda diteruskan ke Tim Helpdesk" : "Tiket diteruskan otomatis ke Tim Helpdesk";
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

export function ClockNotices({ notices, durations, timeZone, ticketPath }: ClockNoticesProps) {
  if (notices.length === 0) return null;
  const newest = Math.max(...notices.map((notice) => notice.eventSeq));
  return (
    <section id="pemberitahuan" aria-labelledby="pemberitahuan-judul" className="space-y-3 rounded-xl border-2 border-amber-500 bg-amber-50 p-4">
      <h2 id="pemberitahuan-judul" className="text-lg font-bold text-amber-950">
        Pemberitahuan ({COUNT.format(notices.length)})
      </h2>
      <ul className="space-y-3">
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
              <a href={followUpHref(notice)} className="mt-2 inline-flex min-h-11 items-center font-semibold text-brand-700 underline">
                Buat tiket lanjutan
              </a>
            )}
          </li>
        ))}
      </ul>
      <form action={dismissClockNoticesAction}>
        <input type="hidden" name="upToSeq" value={newest} />
        <button
          type="submit"
          className="inline-flex min-h-11 items-center rounded-lg border border-brand-700 bg-white px-4 font-semibold text-brand-700 hover:bg-brand-50"
        >
          Tandai semua sudah dibaca
        </button>
      </form>
    </section>
  );
}
