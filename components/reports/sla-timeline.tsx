// One ticket's SLA clocks, each with when it started, when it was due and how it ended (and for which
// tier). Server-rendered; on the report drill-down and, folded, on the staff's ticket pages.
import { formatRelative, formatShortDateTime, formatSpan } from "@/lib/domain/format-time";
import type { TicketClock, ClockStatus } from "@/lib/server/reports";
import { TIER_NAME } from "@/lib/shared/report-labels";
import { CLOCK_STATUS_LABEL, CLOCK_TITLE, END_REASON_LABEL, SETTLED_BY_LABEL } from "./clock-labels";

const BADGE = "inline-flex items-center rounded-full border px-2.5 py-0.5 text-sm font-semibold";
const BADGE_TONE: Record<ClockStatus, string> = {
  MET: "border-green-700/40 bg-green-50 text-green-800",
  BREACHED: "border-red-700/40 bg-red-50 text-red-800",
  RUNNING: "border-accent-700/30 bg-accent-100 text-accent-700",
  STOPPED: "border-slate-500/40 bg-slate-100 text-slate-800",
  NOT_APPLICABLE: "border-slate-500/40 bg-slate-100 text-slate-800",
};

const WHAT: Record<TicketClock["kind"], string> = {
  DINAS_ANSWER: "Balasan pertama Dinas kab/kota untuk tiket sekolah, sebelum batas eskalasi.",
  ESCALATION: "Tiket sekolah yang belum ditutup sampai batas ini diteruskan otomatis ke Helpdesk.",
  HELPDESK_ANSWER: "Balasan pertama Helpdesk sejak tiket tiba di Helpdesk.",
  EXPIRY: "Setiap pesan publik memulai ulang jam ini; bila habis, tiket berakhir otomatis.",
};

interface SlaTimelineProps {
  clocks: TicketClock[];
  timeZone: string;
  now: Date;
  /** 3 when the timeline sits under a section heading of its own (the ticket page). */
  headingLevel?: 2 | 3;
}

export function SlaTimeline({ clocks, timeZone, now, headingLevel = 2 }: SlaTimelineProps) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const at = (date: Date | null | undefined) => (date ? formatShortDateTime(date, timeZone) : "—");
  return (
    <ol className="space-y-3" aria-label="Jam layanan tiket ini">
      {clocks.map((clock) => (
        <li key={clock.kind} className="rounded-lg border border-line bg-white p-4">
          <div className="flex flex-wrap items-center justify-between gap-2">
            <Heading className="text-lg font-bold text-brand-800">{CLOCK_TITLE[clock.kind]}</Heading>
            <span className={`${BADGE} ${BADGE_TONE[clock.status]}`}>{CLOCK_STATUS_LABEL[clock.status]}</span>
          </div>
          <p className="text-sm text-muted">{WHAT[clock.kind]}</p>
          {clock.status === "NOT_APPLICABLE" && clock.startedAt === null ? (
            <p className="mt-2 text-sm">Tidak berlaku untuk tiket ini.</p>
          ) : (
            <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
              <dt className="font-semibold">Mulai</dt>
              <dd>{at(clock.startedAt)}</dd>
              <dt className="font-semibold">Batas</dt>
              <dd>
                {at(clock.dueAt)}
                {clock.dueAt && clock.startedAt && (
                  <span className="text-muted">
                    {" "}
                    ({formatSpan(clock.dueAt.getTime() - clock.startedAt.getTime())} sejak mulai)
                  </span>
                )}
              </dd>
              <dt className="font-semibold">Hasil</dt>
              <dd>
                {clock.settledAt
                  ? `${at(clock.settledAt)} — ${clock.settledBy ? SETTLED_BY_LABEL[clock.settledBy] : ""}`
                  : clock.dueAt
                    ? `Belum selesai; batas ${formatRelative(clock.dueAt, now)}`
                    : "—"}
                {clock.kind === "EXPIRY" && clock.endReason && ` (${END_REASON_LABEL[clock.endReason]})`}
              </dd>
              {clock.tier && (
                <>
                  <dt className="font-semibold">{clock.status === "BREACHED" ? "Dibebankan ke" : "Tingkat"}</dt>
                  <dd>{TIER_NAME[clock.tier]}</dd>
                </>
              )}
              {clock.breachRecordedAt && (
                <>
                  <dt className="font-semibold">Pelanggaran tercatat</dt>
                  <dd>{at(clock.breachRecordedAt)}</dd>
                </>
              )}
            </dl>
          )}
          {clock.restarts && clock.restarts.length > 0 && (
            <details className="mt-2 text-sm">
              <summary className="cursor-pointer font-semibold text-brand-700">
                Pesan yang memulai ulang jam ({clock.restarts.length})
              </summary>
              <ol className="mt-1 list-decimal space-y-0.5 pl-5">
                {clock.restarts.map((restart, index) => (
                  <li key={index}>
                    {at(restart.at)} — {restart.side === "ASKER" ? "penanya" : `petugas ${TIER_NAME[restart.tier]}`}
                  </li>
                ))}
              </ol>
            </details>
          )}
        </li>
      ))}
    </ol>
  );
}
