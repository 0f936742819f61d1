// The table's columns, for both the desktop table and the phone cards. Cells render strings the
// server prepared (row-view.ts); nothing here reads the clock or the time zone.
import { createColumnHelper } from "@tanstack/react-table";
import type { TicketSort } from "@/lib/shared/ticket-input";
import { StateBadge, TierBadge, UnreadBadge, URGENCY_STYLE } from "./badges";
import type { TicketRowView, TimeView } from "./row-view";

const column = createColumnHelper<TicketRowView>();

export type TicketColumnId =
  "ticket" | "place" | "category" | "state" | "opened" | "lastMessage" | "deadline" | "assignee";

/** Which server sort each sortable column stands for. */
export const SORT_OF_COLUMN: Partial<Record<TicketColumnId, TicketSort>> = {
  opened: "age",
  lastMessage: "activity",
  deadline: "deadline",
};

export function columnOfSort(sort: TicketSort): TicketColumnId {
  return (Object.keys(SORT_OF_COLUMN) as TicketColumnId[]).find((id) => SORT_OF_COLUMN[id] === sort) ?? "deadline";
}

/** Relative time, the exact time on hover (title) and, with `exactOnCards`, written out on the cards. */
function Time({
  time,
  className = "",
  exactOnCards = false,
}: {
  time: TimeView;
  className?: string;
  exactOnCards?: boolean;
}) {
  return (
    <>
      <time dateTime={time.iso} title={time.exact} className={className}>
        {time.relative}
      </time>
      {exactOnCards && <span className="note card-only">{time.exact}</span>}
    </>
  );
}

/** `showTier`: add the handling tier to the status (lists where it varies). */
export function ticketColumns(placeHeader: string, showTier: boolean) {
  return [
    // Number and subject share a column: the number is the link, the subject says what it is about.
    column.accessor("number", {
      id: "ticket",
      header: "Tiket",
      cell: ({ row }) => (
        <>
          <a href={row.original.href} className="num">
            {row.original.number}
          </a>
          <span className="subject">{row.original.subject}</span>
          {(row.original.unread || row.original.mark) && (
            <span className="mt-1 flex flex-wrap gap-1">
              {row.original.unread && <UnreadBadge />}
              {row.original.mark && (
                <span className="inline-block rounded bg-amber-100 px-2 text-sm font-semibold text-amber-950">
                  {row.original.mark}
                </span>
              )}
            </span>
          )}
        </>
      ),
    }),
    column.accessor("place", {
      id: "place",
      header: placeHeader,
      cell: ({ row }) => (
        <>
          <span className="subject">{row.original.place.primary}</span>
          {row.original.place.secondary && <span className="note">{row.original.place.secondary}</span>}
        </>
      ),
    }),
    column.accessor("category", { id: "category", header: "Kategori", cell: (info) => info.getValue() }),
    column.accessor("stateLabel", {
      id: "state",
      header: "Status",
      cell: ({ row }) => (
        <span className="states">
          <StateBadge state={row.original.state} label={row.original.stateLabel} />
          {showTier && <TierBadge tier={row.original.tier} label={row.original.tierLabel} />}
        </span>
      ),
    }),
    column.accessor((row) => row.opened.iso, {
      id: "opened",
      header: "Dibuka",
      enableSorting: true,
      cell: ({ row }) => <Time time={row.original.opened} />,
    }),
    column.accessor((row) => row.lastMessage.iso, {
      id: "lastMessage",
      header: "Pesan terakhir",
      enableSorting: true,
      cell: ({ row }) => (
        <>
          <Time time={row.original.lastMessage} />
          <span className="note">{row.original.lastMessage.byLabel}</span>
        </>
      ),
    }),
    column.accessor((row) => row.deadline?.iso ?? "", {
      id: "deadline",
      header: "Tenggat berikutnya",
      enableSorting: true,
      cell: ({ row }) => {
        const deadline = row.original.deadline;
        if (!deadline) return <span className="note">Tidak ada</span>;
        return (
          <Time
            time={{ ...deadline, relative: deadline.text }}
            className={URGENCY_STYLE[deadline.urgency]}
            exactOnCards
          />
        );
      },
    }),
    column.accessor("assigneeName", {
      id: "assignee",
      header: "Petugas",
      cell: (info) => info.getValue() ?? <span className="note">Belum ditugaskan</span>,
    }),
  ];
}
