// The vocabulary of the helpdesk. Pure types: no I/O, no framework, no clock.
// The Prisma schema mirrors these unions as enums (prisma/schema.prisma); keep the spellings identical.

export const ROLES = ["SEKOLAH", "DINAS", "HELPDESK", "SUPERVISOR", "ADMIN"] as const;
export type Role = (typeof ROLES)[number];

/** OPEN = waiting for the handler, ANSWERED = waiting for the asker; CLOSED/EXPIRED are final. */
export const TICKET_STATES = ["OPEN", "ANSWERED", "CLOSED", "EXPIRED"] as const;
export type TicketState = (typeof TICKET_STATES)[number];

/** The tier that currently handles the ticket. Only ever moves DINAS → HELPDESK. */
export const TIERS = ["DINAS", "HELPDESK"] as const;
export type Tier = (typeof TIERS)[number];

/** Who asked: a school (its operators) or a district office (its operators). */
export const ASKER_TYPES = ["SEKOLAH", "DINAS"] as const;
export type AskerType = (typeof ASKER_TYPES)[number];

export const CHANNELS = ["WEB", "WALK_IN"] as const;
export type Channel = (typeof CHANNELS)[number];

export const END_REASONS = [
  "CLOSED_BY_ASKER", // the asker closed it (resolved)
  "RESOLVED_AT_COUNTER", // walk-in visit answered at the ULT counter
  "NO_RESPONSE", // 7 days after the asker's last message, no handler reply: a service failure
  "ASKER_SILENT", // 7 days after the handler's last message, the asker went silent: treated as answered
] as const;
export type EndReason = (typeof END_REASONS)[number];

/** How a ticket reached the helpdesk tier, when it did not start there. */
export const HANDOFF_KINDS = ["FORWARD", "ESCALATION"] as const;
export type HandoffKind = (typeof HANDOFF_KINDS)[number];

/** PUBLIC replies reset the activity clock; notes never do. */
export const MESSAGE_KINDS = ["PUBLIC", "INTERNAL_NOTE", "FORWARD_NOTE"] as const;
export type MessageKind = (typeof MESSAGE_KINDS)[number];

export const EVENT_TYPES = [
  "OPENED",
  "ASKER_REPLIED",
  "HANDLER_REPLIED",
  "FORWARDED",
  "ESCALATED",
  "ASSIGNED",
  "INTERNAL_NOTE_ADDED",
  "CLOSED",
  "EXPIRED",
  "HELPDESK_TARGET_BREACHED",
  "SCHOOL_MOVED",
] as const;
export type TicketEventType = (typeof EVENT_TYPES)[number];

export type MessageAuthorSide = "ASKER" | "HANDLER";

/** The signed-in person, as the rules need to know them. */
export interface Actor {
  userId: string;
  role: Role;
  /** SEKOLAH: the school the operator belongs to. */
  schoolId: string | null;
  /** DINAS: the kab/kota (Kemendagri code, e.g. "33.74") of the district office. */
  regencyCode: string | null;
}

/** The part of a ticket the rules read and write. */
export interface TicketSnapshot {
  id: string;
  state: TicketState;
  tier: Tier;
  askerType: AskerType;
  channel: Channel;
  /** SEKOLAH tickets: the asking school. */
  schoolId: string | null;
  /** The kab/kota whose district office handles (SEKOLAH) or asked (DINAS) the ticket. */
  regencyCode: string;
  assigneeId: string | null;
  openedAt: Date;
  /** When the ticket entered its current tier (openedAt, or the forward/escalation time). */
  tierSince: Date;
  /** FORWARD or ESCALATION when the ticket moved DINAS → HELPDESK. */
  handoff: HandoffKind | null;
  handoffAt: Date | null;
  /** First public reply by any handler. */
  firstResponseAt: Date | null;
  /** First public reply by a district handler / a helpdesk handler (the 3-day targets). */
  dinasFirstResponseAt: Date | null;
  helpdeskFirstResponseAt: Date | null;
  /** Last public message (asker or handler): the activity clock for the 7-day rule. */
  lastMessageAt: Date;
  lastMessageBy: MessageAuthorSide;
  /** Set once the helpdesk 3-day answer target was recorded as breached. */
  helpdeskBreachedAt: Date | null;
  endedAt: Date | null;
  endReason: EndReason | null;
  /** Optimistic-concurrency version: every transition increments it. */
  version: number;
}

/** An entry for the append-only ticket history. actorId null = the system (clocks). */
export interface TicketEventDraft {
  type: TicketEventType;
  actorId: string | null;
  at: Date;
  fromState: TicketState | null;
  toState: TicketState;
  fromTier: Tier | null;
  toTier: Tier;
  /** Small structured detail, e.g. { assigneeId } or { reason }. */
  detail?: Record<string, string | number | boolean | null>;
}

export interface MessageDraft {
  kind: MessageKind;
  authorId: string | null;
  /**
   * Which party the message speaks for. Needed because the author is not always that party: a walk-in
   * visitor's question is typed in by a helpdesk member (authorId = the helpdesk user, side ASKER).
   * Notes are always HANDLER. Optional only so that older drafts still type-check.
   */
  authorSide?: MessageAuthorSide;
  body: string;
  at: Date;
}

/** Configurable durations in milliseconds (the defaults and their overrides: lib/domain/settings.ts). */
export interface ClockDurations {
  escalationMs: number;
  helpdeskAnswerMs: number;
  expiryMs: number;
}

export const DAY_MS = 24 * 60 * 60 * 1000;
