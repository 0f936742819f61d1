// Notices of what the SLA clocks did to a user's tickets while nobody was looking: a school's ticket went
// to the helpdesk automatically, an asker's ticket ended after 7 quiet days, a district's inbox ticket
// left it for the helpdesk. A notice stays until the user opens the ticket (its read marker then
// remembers the newest history event seen, TicketRead.eventSeq) or dismisses the notices.
import { relationOf, type Actor, type Relation } from "@/lib/domain";
import type { Prisma } from "../generated/prisma/client";
import type { TicketServiceDeps } from "./deps";
import { inScope } from "./scope";

/** Older clock events are history, not news. */
export const NOTICE_WINDOW_MS = 30 * 24 * 60 * 60 * 1000;
/** At most this many recent clock events are read per call (a notice list, not an archive). */
const NOTICE_SCAN_LIMIT = 200;

export type ClockNoticeKind = "ESCALATED" | "EXPIRED_NO_RESPONSE" | "EXPIRED_ASKER_SILENT";

export interface ClockNotice {
  /** The history event behind the notice. */
  eventSeq: number;
  kind: ClockNoticeKind;
  at: Date;
  /** ASKER: the user's own question; DISTRICT_HANDLER: a school's ticket in the district's inbox. */
  relation: Extract<Relation, "ASKER" | "DISTRICT_HANDLER">;
  ticket: { id: string; number: string; subject: string; askerType: "SEKOLAH" | "DINAS"; endedAt: Date | null };
}

/**
 * Whose clock events a role is told of: a school of its tickets; a district of its own questions and
 * of its schools' tickets that it lost to the escalation. Staff follow their queues instead.
 */
function noticeWhere(actor: Actor): Prisma.TicketEventWhereInput | null {
  const escalated: Prisma.TicketEventWhereInput = { type: "ESCALATED" };
  const expired: Prisma.TicketEventWhereInput = { type: "EXPIRED" };
  switch (actor.role) {
    case "SEKOLAH":
      return { OR: [escalated, expired], ticket: inScope(actor, { askerType: "SEKOLAH" }) };
    case "DINAS":
      return {
        OR: [
          { ...escalated, ticket: inScope(actor, { askerType: "SEKOLAH" }) },
          { ...expired, ticket: inScope(actor, { askerType: "DINAS" }) },
        ],
      };
    default:
      return null;
  }
}

function kindOf(type: string, detail: Prisma.JsonValue | null): ClockNoticeKind | null {
  if (type === "ESCALATED") return "ESCALATED";
  if (type !== "EXPIRED") return null;
  const reason = detail !== null && typeof detail === "object" && !Array.isArray(detail) ? detail.reason : null;
  return reason === "ASKER_SILENT" ? "EXPIRED_ASKER_SILENT" : "EXPIRED_NO_RESPONSE";
}

/** The user's unseen clock notices, newest first. */
export async function listClockNotices({ prisma, now }: TicketServiceDeps, actor: Actor, limit = 20): Promise<ClockNotice[]> {
  const where = noticeWhere(actor);
  if (!where) return [];
  const rows = await prisma.ticketEvent.findMany({
    where: { AND: [where, { at: { gte: new Date(now().getTime() - NOTICE_WINDOW_MS) } }] },
    orderBy: [{ at: "desc" }, { seq: "desc" }],
    take: NOTICE_SCAN_LIMIT,
    select: {
      seq: true,
      type: true,
      at: true,
      detail: true,
      ticket: {
        select: {
          id: true,
          number: true,
          subject: true,
          askerType: true,
          schoolId: true,
          regencyCode: true,
          endedAt: true,
          reads: { where: { userId: actor.userId }, select: { eventSeq: true } },
        },
      },
    },
  });
  const notices: ClockNotice[] = [];
  for (const row of rows) {
    const kind = kindOf(row.type, row.detail);
    const relation = relationOf(actor, row.ticket);
    if (!kind || (relation !== "ASKER" && relation !== "DISTRICT_HANDLER")) continue;
    if (row.seq <= (row.ticket.reads[0]?.eventSeq ?? 0)) continue;
    const { id, number, subject, askerType, endedAt } = row.ticket;
    notices.push({ eventSeq: row.seq, kind, at: row.at, relation, ticket: { id, number, subject, askerType, endedAt } });
    if (notices.length >= limit) break;
  }
  return notices;
}

/**
 * Marks the notices seen up to `upToSeq` (the newest the user was shown), without marking any message
 * read: a ticket first seen this way keeps counting its messages as unread (readAt = the epoch).
 */
export async function dismissClockNotices(deps: TicketServiceDeps, actor: Actor, upToSeq: number): Promise<number> {
  const notices = (await listClockNotices(deps, actor, NOTICE_SCAN_LIMIT)).filter((n) => n.eventSeq <= upToSeq);
  const newestPerTicket = new Map<string, number>();
  for (const notice of notices) {
    newestPerTicket.set(notice.ticket.id, Math.max(newestPerTicket.get(notice.ticket.id) ?? 0, notice.eventSeq));
  }
  for (const [ticketId, eventSeq] of newestPerTicket) {
    await markEventsSeen(deps, actor.userId, ticketId, eventSeq);
  }
  return notices.length;
}

/** Raises the user's event marker on a ticket (never lowers it: two tabs may race). */
async function markEventsSeen({ prisma }: TicketServiceDeps, userId: string, ticketId: string, eventSeq: number) {
  await prisma.$executeRaw`
    INSERT INTO "TicketRead" ("userId", "ticketId", "readAt", "eventSeq")
    VALUES (${userId}, ${ticketId}, to_timestamp(0), ${eventSeq})
    ON CONFLICT ("userId", "ticketId") DO UPDATE SET "eventSeq" = GREATEST("TicketRead"."eventSeq", EXCLUDED."eventSeq")`;
}
