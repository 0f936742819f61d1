import { STATE_LABEL, TIER_LABEL } from "@/components/tickets/list/labels";
import { formatShortDateTime } from "@/lib/domain/format-time";
import type { DrillTicketRow } from "@/lib/server/reports";
import { END_REASON_LABEL, HELPDESK_STATUS_LABEL } from "./clock-labels";
import { timelineHref } from "./links";

/** The tickets behind a figure, as cards (readable on a phone), each linking to its SLA timeline. */
export function DrillList({ rows, timeZone }: { rows: DrillTicketRow[]; timeZone: string }) {
  return (
    <ol className="divide-y divide-line rounded-lg border border-line bg-white">
      {rows.map((row) => (
        <li key={row.id} className="space-y-1 p-3">
          <p>
            <a href={timelineHref(row.id)} className="font-semibold text-brand-700 underline underline-offset-2">
              {row.number}
            </a>{" "}
            <span className="text-ink">{row.subject}</span>
          </p>
          <p className="text-sm text-muted">
            {row.schoolName ? `${row.schoolName} · ` : row.askerType === "DINAS" ? "Dinas · " : ""}
            {row.regencyName}, {row.provinceName} · {row.categoryName}
            {row.channel === "WALK_IN" ? " · loket ULT" : ""}
          </p>
          <p className="text-sm">
            {TIER_LABEL[row.tier]} · {row.endReason ? END_REASON_LABEL[row.endReason] : STATE_LABEL[row.state]}
            {row.helpdeskStatus !== "NOT_APPLICABLE"
              ? ` · Target Helpdesk: ${HELPDESK_STATUS_LABEL[row.helpdeskStatus]}`
              : ""}
          </p>
          <p className="text-sm text-muted">
            Dibuka {formatShortDateTime(row.openedAt, timeZone)}
            {row.endedAt ? ` · berakhir ${formatShortDateTime(row.endedAt, timeZone)}` : ""}
          </p>
        </li>
      ))}
    </ol>
  );
}
