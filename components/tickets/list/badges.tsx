// Small, colour-plus-words markers shared by the table (client) and the school's cards (server).
// Every colour pair meets WCAG AA on its own background; the words carry the meaning, not the colour.
import type { Tier, TicketState } from "@/lib/domain/types";
import type { DeadlineUrgency } from "./row-view";

const PILL = "inline-flex items-center rounded-full border px-2.5 py-0.5 text-sm font-semibold whitespace-nowrap";

const STATE_STYLE: Record<TicketState, string> = {
  OPEN: "border-accent-700/40 bg-accent-100 text-accent-700",
  ANSWERED: "border-brand-700/30 bg-brand-50 text-brand-800",
  CLOSED: "border-green-700/40 bg-green-50 text-green-800",
  EXPIRED: "border-slate-500/40 bg-slate-100 text-slate-800",
};

export function StateBadge({ state, label }: { state: TicketState; label: string }) {
  return <span className={`${PILL} ${STATE_STYLE[state]}`}>{label}</span>;
}

const TIER_STYLE: Record<Tier, string> = {
  DINAS: "border-slate-500 bg-white text-slate-800",
  HELPDESK: "border-brand-700 bg-white text-brand-800",
};

export function TierBadge({ tier, label }: { tier: Tier; label: string }) {
  return (
    <span className={`inline-flex items-center rounded-md border px-2 py-0.5 text-sm font-semibold whitespace-nowrap ${TIER_STYLE[tier]}`}>
      {label}
    </span>
  );
}

export const URGENCY_STYLE: Record<DeadlineUrgency, string> = {
  overdue: "font-semibold text-red-700",
  near: "font-semibold text-red-700",
  normal: "text-ink",
};
