// The school's own tickets as light cards: a server component with plain links and no client
// JavaScript, for cheap phones on slow connections. What a school operator needs per ticket: which
// one, where it is now, and what happens next by when.
import type { TicketList, TicketRow } from "@/lib/server/tickets";
import { askerDeadlineText, holderText } from "./asker-deadline-text";
import { StateBadge, UnreadBadge } from "./badges";
import { STATE_LABEL } from "./labels";
import { CursorPager } from "./cursor-pager";
import { hrefOf, type UrlParams } from "./list-query";

export const SCHOOL_STATE_FILTERS = [
  { state: undefined, label: "Semua" },
  { state: "OPEN", label: "Menunggu jawaban" },
  { state: "ANSWERED", label: "Sudah dijawab" },
  { state: "CLOSED", label: "Ditutup" },
  { state: "EXPIRED", label: "Berakhir otomatis" },
] as const;

interface SchoolTicketListProps {
  list: TicketList;
  state: string | undefined;
  timeZone: string;
  /** Unread clock notices' marks by ticket id, shown on their cards. */
  marks?: Record<string, string>;
}

export function SchoolTicketList({ list, state, timeZone, marks = {} }: SchoolTicketListProps) {
  const params: UrlParams = { state };
  const pager = { basePath: "/sekolah", params, list };
  return (
    <section aria-labelledby="tiket-saya" className="space-y-4">
      <h2 id="tiket-saya" className="sr-only">
        Daftar tiket sekolah Anda
      </h2>
      <nav aria-label="Saring menurut status">
        <ul className="flex flex-wrap gap-2">
          {SCHOOL_STATE_FILTERS.map((filter) => {
            const isCurrent = filter.state === state;
            return (
              <li key={filter.label}>
                <a
                  href={hrefOf("/sekolah", { state: filter.state })}
                  aria-current={isCurrent ? "page" : undefined}
                  className={`inline-flex min-h-11 items-center rounded-full border px-3 text-sm font-semibold no-underline sm:px-4 sm:text-base ${
                    isCurrent
                      ? "border-brand-700 bg-brand-700 text-white"
                      : "border-line bg-white text-brand-700 hover:bg-brand-50"
                  }`}
                >
                  {filter.label}
                </a>
              </li>
            );
          })}
        </ul>
      </nav>
      {list.rows.length > 0 ? (
        <>
          <ul className="space-y-3">
            {list.rows.map((row) => (
              <SchoolTicketCard key={row.id} row={row} timeZone={timeZone} mark={marks[row.id] ?? null} />
            ))}
          </ul>
          <CursorPager {...pager} />
        </>
      ) : list.total > 0 ? (
        <CursorPager {...pager} />
      ) : (
        <p role="status" className="rounded-lg border border-line bg-white p-4">
          {state ? "Tidak ada tiket dengan status ini." : "Anda belum pernah membuat tiket."}
        </p>
      )}
    </section>
  );
}

function SchoolTicketCard({ row, timeZone, mark }: { row: TicketRow; timeZone: string; mark: string | null }) {
  const isEnded = row.state === "CLOSED" || row.state === "EXPIRED";
  const holder = holderText(row);
  const deadline = askerDeadlineText(row, timeZone);
  return (
    <li className="rounded-lg border border-line bg-white p-4">
      <h3>
        <a href={`/sekolah/tiket/${encodeURIComponent(row.id)}`} className="block rounded no-underline">
          <span className="block text-sm font-semibold text-brand-700 underline underline-offset-2">{row.number}</span>
          <span className="block text-lg leading-snug font-semibold text-ink">{row.subject}</span>
        </a>
      </h3>
      <p className="mt-2 flex flex-wrap items-center gap-2">
        <StateBadge state={row.state} label={STATE_LABEL[row.state]} />
        {holder && <span className="text-sm font-semibold text-muted">{holder}</span>}
        {row.unread && <UnreadBadge />}
        {mark && <span className="rounded bg-amber-100 px-2 text-sm font-semibold text-amber-950">{mark}</span>}
      </p>
      {deadline && <p className="mt-2">{deadline}</p>}
      {isEnded && (
        <p className="mt-1">
          <a
            href={`/sekolah/tiket/baru?lanjutan=${encodeURIComponent(row.id)}`}
            className="inline-flex min-h-11 items-center font-semibold text-brand-700"
          >
            Buat tiket lanjutan
          </a>
        </p>
      )}
    </li>
  );
}
