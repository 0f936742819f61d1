// Turns the service's rows into what the table shows: plain strings and flags, so the client table
// gets serializable props and renders exactly what the server computed (no clock on the client).
import {
  formatRelative,
  formatShortDateTime,
  formatSpan,
  type ClockDurations,
  type DeadlineKind,
  type Tier,
  type TicketState,
} from "@/lib/domain";
import type { TicketRow } from "@/lib/server/tickets";
import { DEADLINE_LABEL, STATE_LABEL, TIER_LABEL } from "./labels";

export type DeadlineUrgency = "overdue" | "near" | "normal";

export interface TimeView {
  iso: string;
  relative: string;
  exact: string;
}

export interface TicketRowView {
  id: string;
  number: string;
  href: string;
  subject: string;
  category: string;
  /** The school (name; NPSN and kab/kota below) or, for a district's own question, its office. */
  place: { primary: string; secondary: string | null };
  state: TicketState;
  stateLabel: string;
  tier: Tier;
  tierLabel: string;
  opened: TimeView;
  lastMessage: TimeView & { byLabel: string };
  deadline: (TimeView & { text: string; urgency: DeadlineUrgency }) | null;
  assigneeName: string | null;
  /** What a clock just did to it ("Baru diteruskan otomatis"), while its notice is unread. */
  mark: string | null;
  /** The other side wrote since the viewer last opened it. */
  unread: boolean;
}

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

function durationOf(kind: DeadlineKind, durations: ClockDurations): number {
  if (kind === "ESCALATION") return durations.escalationMs;
  if (kind === "HELPDESK_ANSWER") return durations.helpdeskAnswerMs;
  return durations.expiryMs;
}

/**
 * "Near" is the last day, or the last quarter when an installation shortened its clocks below four
 * days, so a shortened test clock does not paint every row red.
 */
export function urgencyOf(kind: DeadlineKind, at: Date, now: Date, durations: ClockDurations): DeadlineUrgency {
  const left = at.getTime() - now.getTime();
  if (left <= 0) return "overdue";
  return left <= Math.min(DAY_MS, durationOf(kind, durations) / 4) ? "near" : "normal";
}

function timeView(date: Date, now: Date, timeZone: string): TimeView {
  return { iso: date.toISOString(), relative: formatRelative(date, now), exact: formatShortDateTime(date, timeZone) };
}

export interface RowViewContext {
  /** The role's home, e.g. "/dinas": ticket pages live at `${home}/tiket/<id>`. */
  home: string;
  timeZone: string;
  now: Date;
  durations: ClockDurations;
  /** Add the kab/kota under the school (lists that span kab/kota). */
  showRegency: boolean;
  /** Unread clock notices' marks by ticket id. */
  marks?: Record<string, string>;
}

export function toRowView(row: TicketRow, context: RowViewContext): TicketRowView {
  const { now, timeZone, durations } = context;
  const next = row.nextDeadline;
  const place = row.school
    ? {
        primary: row.school.name,
        secondary: [`NPSN ${row.school.npsn}`, context.showRegency ? row.regencyName : null]
          .filter(Boolean)
          .join(" · "),
      }
    : { primary: `Dinas Pendidikan ${row.regencyName}`, secondary: null };
  return {
    id: row.id,
    number: row.number,
    href: `${context.home}/tiket/${encodeURIComponent(row.id)}`,
    subject: row.subject,
    category: row.category,
    place,
    state: row.state,
    stateLabel: STATE_LABEL[row.state],
    tier: row.tier,
    tierLabel: TIER_LABEL[row.tier],
    opened: timeView(row.openedAt, now, timeZone),
    lastMessage: {
      ...timeView(row.lastMessageAt, now, timeZone),
      byLabel: row.lastMessageBy === "ASKER" ? "dari penanya" : "dari petugas",
    },
    deadline: next
      ? {
          ...timeView(next.at, now, timeZone),
          text:
            next.at > now
              ? `${DEADLINE_LABEL[next.kind]} ${formatRelative(next.at, now)}`
              : `${DEADLINE_LABEL[next.kind]}: terlewat ${formatSpan(now.getTime() - next.at.getTime())}`,
          urgency: urgencyOf(next.kind, next.at, now, durations),
        }
      : null,
    assigneeName: row.assigneeName,
    mark: context.marks?.[row.id] ?? null,
    unread: row.unread,
  };
}
