// Small, colour-plus-words markers shared by the table (client) and the school's cards (server).
// Every colour pair meets WCAG AA on its own background; the words carry the meaning, not the colour.
import type { Tier, TicketState } from "@/lib/domain/types";
import type { DeadlineUrgency } from "./row-view";

// The classes live in app/globals.css (.pill-*, .tier-*): a list repeats them on every row.
export function StateBadge({ state, label }: { state: TicketState; label: string }) {
  return <span className={`pill pill-${state}`}>{label}</span>;
}

export function TierBadge({ tier, label }: { tier: Tier; label: string }) {
  return <span className={`tier tier-${tier}`}>{label}</span>;
}

export const URGENCY_STYLE: Record<DeadlineUrgency, string> = {
  overdue: "font-semibold text-red-700",
  near: "font-semibold text-red-700",
  normal: "text-ink",
};

/** The other side wrote since the viewer last opened the ticket. */
export function UnreadBadge() {
  return <span className="inline-block rounded bg-brand-700 px-2 text-sm font-semibold text-white">Pesan baru</span>;
}
