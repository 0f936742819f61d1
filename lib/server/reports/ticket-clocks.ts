// One ticket's SLA clocks, explained: for each clock when it started, when it was due, and when (and
// against which tier) it was met, breached or stopped. Deadlines come from lib/domain/deadlines.ts
// applied to the ticket as it stood when each clock ran, so this page and the reports agree with the
// sweep that moved the ticket.
import "server-only";
import {
  escalationDueAt,
  expiryDueAt,
  helpdeskTargetDueAt,
  helpdeskTargetStatus,
  type ClockDurations,
  type EndReason,
  type MessageAuthorSide,
  type Tier,
  type TicketEventType,
  type TicketSnapshot,
} from "@/lib/domain";
import { readRows } from "@/lib/server/database";
import { Prisma, type PrismaClient } from "../generated/prisma/client";

export type ClockKind = "DINAS_ANSWER" | "ESCALATION" | "HELPDESK_ANSWER" | "EXPIRY";
export type ClockStatus = "MET" | "BREACHED" | "RUNNING" | "STOPPED" | "NOT_APPLICABLE";
/** What settled the clock. */
export type ClockSettledBy =
  | "ANSWER" // a first reply of the tier
  | "LATE_ANSWER"
  | "DEADLINE" // the deadline passed without an answer
  | "ESCALATION"
  | "FORWARD"
  | "CLOSE"
  | "EXPIRY"
  | "ENDED_EARLY"; // the ticket ended before the deadline, unanswered: not counted

export interface TicketClock {
  kind: ClockKind;
  status: ClockStatus;
  startedAt: Date | null;
  dueAt: Date | null;
  settledAt: Date | null;
  settledBy: ClockSettledBy | null;
  /** The tier the outcome is credited or charged to. */
  tier: Tier | null;
  /** Helpdesk target only: when the sweep recorded the breach. */
  breachRecordedAt?: Date | null;
  /** Expiry only: the public messages that restarted the activity clock, and how the ticket ended. */
  restarts?: { at: Date; side: MessageAuthorSide; tier: Tier }[];
  endReason?: EndReason | null;
}

export interface ClockEvent {
  type: TicketEventType;
  at: Date;
  toTier: Tier;
}

export interface TicketClocks {
  id: string;
  number: string;
  subject: string;
  regencyName: string;
  schoolName: string | null;
  snapshot: TicketSnapshot;
  clocks: TicketClock[];
}

const isAfterOrAt = (a: Date, b: Date) => a.getTime() >= b.getTime();

/** The ticket as it stood while still at its first tier, open: the escalation clock's own view. */
function asOpened(ticket: TicketSnapshot): TicketSnapshot {
  // A ticket started at the district if it is still there or was handed over from there.
  const firstTier = ticket.tier === "DINAS" || ticket.handoff !== null ? "DINAS" : ticket.tier;
  return { ...ticket, state: "OPEN", tier: firstTier, tierSince: ticket.openedAt, endedAt: null, endReason: null };
}

function dinasAnswerClock(ticket: TicketSnapshot, durations: ClockDurations, now: Date): TicketClock {
  const due = escalationDueAt(asOpened(ticket), durations);
  const base = {
    kind: "DINAS_ANSWER" as const,
    startedAt: due ? ticket.openedAt : null,
    dueAt: due,
    tier: "DINAS" as const,
  };
  if (due === null) return { ...base, status: "NOT_APPLICABLE", settledAt: null, settledBy: null, tier: null };
  const answered = ticket.dinasFirstResponseAt;
  if (answered) {
    const onTime = answered.getTime() <= due.getTime();
    return {
      ...base,
      status: onTime ? "MET" : "BREACHED",
      settledAt: answered,
      settledBy: onTime ? "ANSWER" : "LATE_ANSWER",
    };
  }
  if (ticket.endedAt && ticket.endedAt.getTime() < due.getTime()) {
    return { ...base, status: "NOT_APPLICABLE", settledAt: ticket.endedAt, settledBy: "ENDED_EARLY" };
  }
  if (isAfterOrAt(now, due)) return { ...base, status: "BREACHED", settledAt: due, settledBy: "DEADLINE" };
  return { ...base, status: "RUNNING", settledAt: null, settledBy: null };
}

function escalationClock(ticket: TicketSnapshot, durations: ClockDurations): TicketClock {
  const due = escalationDueAt(asOpened(ticket), durations);
  const base = {
    kind: "ESCALATION" as const,
    startedAt: due ? ticket.openedAt : null,
    dueAt: due,
    tier: "DINAS" as const,
  };
  if (due === null) return { ...base, status: "NOT_APPLICABLE", settledAt: null, settledBy: null, tier: null };
  if (ticket.handoff === "ESCALATION")
    return { ...base, status: "BREACHED", settledAt: ticket.handoffAt, settledBy: "ESCALATION" };
  if (ticket.handoff === "FORWARD")
    return { ...base, status: "STOPPED", settledAt: ticket.handoffAt, settledBy: "FORWARD" };
  if (ticket.endedAt) {
    const closed = ticket.endReason === "CLOSED_BY_ASKER" || ticket.endReason === "RESOLVED_AT_COUNTER";
    return {
      ...base,
      status: closed ? "MET" : "STOPPED",
      settledAt: ticket.endedAt,
      settledBy: closed ? "CLOSE" : "EXPIRY",
    };
  }
  return { ...base, status: "RUNNING", settledAt: null, settledBy: null };
}

function helpdeskClock(ticket: TicketSnapshot, durations: ClockDurations, now: Date): TicketClock {
  const due = helpdeskTargetDueAt(ticket, durations);
  const status = helpdeskTargetStatus(ticket, durations, now);
  const base = {
    kind: "HELPDESK_ANSWER" as const,
    startedAt: due ? ticket.tierSince : null,
    dueAt: due,
    tier: "HELPDESK" as const,
    breachRecordedAt: ticket.helpdeskBreachedAt,
  };
  const answered = ticket.helpdeskFirstResponseAt;
  switch (status) {
    case "MET":
      return { ...base, status: "MET", settledAt: answered, settledBy: "ANSWER" };
    case "BREACHED":
      return answered
        ? { ...base, status: "BREACHED", settledAt: answered, settledBy: "LATE_ANSWER" }
        : { ...base, status: "BREACHED", settledAt: due, settledBy: "DEADLINE" };
    case "PENDING":
      return { ...base, status: "RUNNING", settledAt: null, settledBy: null };
    case "NOT_APPLICABLE":
      return due === null
        ? { ...base, status: "NOT_APPLICABLE", settledAt: null, settledBy: null, tier: null }
        : { ...base, status: "NOT_APPLICABLE", settledAt: ticket.endedAt, settledBy: "ENDED_EARLY" };
  }
}

const PUBLIC_MESSAGE_EVENTS: Record<string, MessageAuthorSide> = {
  OPENED: "ASKER",
  ASKER_REPLIED: "ASKER",
  HANDLER_REPLIED: "HANDLER",
};

function expiryClock(ticket: TicketSnapshot, events: ClockEvent[], durations: ClockDurations): TicketClock {
  const restarts = events
    .filter((e) => e.type in PUBLIC_MESSAGE_EVENTS)
    .map((e) => ({ at: e.at, side: PUBLIC_MESSAGE_EVENTS[e.type] as MessageAuthorSide, tier: e.toTier }));
  // The deadline the last message set, whether or not the ticket is still open.
  const due = expiryDueAt({ ...ticket, state: "OPEN" }, durations);
  const base = {
    kind: "EXPIRY" as const,
    startedAt: ticket.lastMessageAt,
    dueAt: due,
    restarts,
    endReason: ticket.endReason,
  };
  if (ticket.endReason === "NO_RESPONSE")
    return { ...base, status: "BREACHED", settledAt: ticket.endedAt, settledBy: "EXPIRY", tier: ticket.tier };
  if (ticket.endReason === "ASKER_SILENT")
    return { ...base, status: "STOPPED", settledAt: ticket.endedAt, settledBy: "EXPIRY", tier: null };
  if (ticket.endedAt) return { ...base, status: "STOPPED", settledAt: ticket.endedAt, settledBy: "CLOSE", tier: null };
  return { ...base, status: "RUNNING", settledAt: null, settledBy: null, tier: ticket.tier };
}

/** The four clocks of a ticket, given its snapshot and its history (ordered by time). */
export function computeTicketClocks(
  ticket: TicketSnapshot,
  events: ClockEvent[],
  durations: ClockDurations,
  now: Date,
): TicketClock[] {
  return [
    dinasAnswerClock(ticket, durations, now),
    escalationClock(ticket, durations),
    helpdeskClock(ticket, durations, now),
    expiryClock(ticket, events, durations),
  ];
}

/** For supervisors (every ticket is in their scope); null when no ticket has that id. */
export async function loadTicketClocks(
  prisma: PrismaClient,
  ticketId: string,
  durations: ClockDurations,
  now: Date,
): Promise<TicketClocks | null> {
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(ticketId)) return null;
  // The ticket pages of staff and of the handling district show these: the fast read path.
  const [[row], events] = await Promise.all([
    readRows<TicketSnapshot & { number: string; subject: string; regencyName: string; schoolName: string | null }>(
      prisma,
      Prisma.sql`SELECT t."id", t."state"::text AS "state", t."tier"::text AS "tier", t."askerType"::text AS "askerType",
          t."channel"::text AS "channel", t."schoolId", t."regencyCode", t."assigneeId", t."openedAt", t."tierSince",
          t."handoff"::text AS "handoff", t."handoffAt", t."firstResponseAt", t."dinasFirstResponseAt", t."helpdeskFirstResponseAt",
          t."lastMessageAt", t."lastMessageBy"::text AS "lastMessageBy", t."helpdeskBreachedAt", t."endedAt",
          t."endReason"::text AS "endReason", t."version", t."number", t."subject", r."name" AS "regencyName", s."name" AS "schoolName"
        FROM "Ticket" t JOIN "Regency" r ON r."code" = t."regencyCode" LEFT JOIN "School" s ON s."id" = t."schoolId"
        WHERE t."id" = ${ticketId}`,
    ),
    readRows<ClockEvent>(
      prisma,
      Prisma.sql`SELECT e."type"::text AS "type", e."at", e."toTier"::text AS "toTier" FROM "TicketEvent" e
        WHERE e."ticketId" = ${ticketId} ORDER BY e."at", e."seq"`,
    ),
  ]);
  if (!row) return null;
  const { number, subject, regencyName, schoolName, ...snapshot } = row;
  return {
    id: snapshot.id,
    number,
    subject,
    regencyName,
    schoolName,
    snapshot,
    clocks: computeTicketClocks(snapshot, events, durations, now),
  };
}
