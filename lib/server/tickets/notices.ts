// Notices of what the SLA clocks did to a user's tickets while nobody was looking: a school's ticket went
// to the helpdesk automatically, an asker's ticket ended after 7 quiet days, a district's inbox ticket
// left it for the helpdesk. A notice stays until the user opens the ticket (its read marker then
// remembers the newest history event seen, TicketRead.eventSeq) or dismisses the notices.
import "server-only";
import { cache } from "react";
import { relationOf, type Actor, type Relation } from "@/lib/domain";
import { readRows } from "@/lib/server/database";
import { Prisma } from "../generated/prisma/client";
import type { TicketServiceDeps } from "./deps";
import { scopeSql } from "./scope";

/** Older clock events are history, not news. */
export const NOTICE_WINDOW_MS = 30 * 24 * 60 * 60 * 1000;
/** At most this many notices are read per call (a notice list, not an archive). */
const NOTICE_SCAN_LIMIT = 500;

export type ClockNoticeKind = "ESCALATED" | "EXPIRED_NO_RESPONSE" | "EXPIRED_ASKER_SILENT";

export interface ClockNotice {
  /** The history event behind the notice. */
  eventSeq: number;
  kind: ClockNoticeKind;
  at: Date;
  /** ASKER: the user's own question; DINAS_HANDLER: a school's ticket in the district's inbox. */
  relation: Extract<Relation, "ASKER" | "DINAS_HANDLER">;
  ticket: { id: string; number: string; subject: string; askerType: "SEKOLAH" | "DINAS"; endedAt: Date | null };
}

/**
 * Whose clock events a role is told of: a school of its tickets; a district of its own questions and
 * of its schools' tickets that it lost to the escalation. Staff follow their queues instead.
 * As SQL over the tickets alone: an escalation is the ticket's handoff, an expiry its end, and the
 * history seq of each is kept on the ticket (escalatedEventSeq / expiredEventSeq, written with the transition), so the
 * ticket indexes find the few candidates and the history is never read.
 */
function noticeSql(actor: Actor, cutoff: Date): Prisma.Sql | null {
  const scope = scopeSql(actor);
  const escalatedAsker = actor.role === "SEKOLAH" || actor.role === "DINAS" ? Prisma.sql`'SEKOLAH'` : null;
  const expiredAsker =
    actor.role === "SEKOLAH" ? Prisma.sql`'SEKOLAH'` : actor.role === "DINAS" ? Prisma.sql`'DINAS'` : null;
  if (!escalatedAsker || !expiredAsker) return null;
  // Only what the partial indexes Ticket_escalated_notice_idx / Ticket_expired_notice_idx hold (index-only).
  return Prisma.sql`
    SELECT t."id", 'ESCALATED' AS "type", t."handoffAt" AS "at", t."escalatedEventSeq" AS "seq"
    FROM "Ticket" t
    WHERE ${scope} AND t."askerType" = ${escalatedAsker} AND t."handoff" = 'ESCALATION' AND t."handoffAt" >= ${cutoff}
      AND t."escalatedEventSeq" IS NOT NULL
    UNION ALL
    SELECT t."id", 'EXPIRED', t."endedAt", t."expiredEventSeq"
    FROM "Ticket" t
    WHERE ${scope} AND t."askerType" = ${expiredAsker} AND t."endReason" IN ('NO_RESPONSE', 'ASKER_SILENT')
      AND t."endedAt" >= ${cutoff} AND t."expiredEventSeq" IS NOT NULL`;
}

/** An unseen notice as the index holds it: enough for the badge, and to fetch the few a page shows. */
export interface NoticeKey {
  id: string;
  type: "ESCALATED" | "EXPIRED";
  at: Date;
  seq: number;
}

/**
 * The user's unseen notices (at most NOTICE_SCAN_LIMIT), newest first. Read once per request (React's
 * per-request cache): the header's badge and the page's notice list both start from it.
 */
export const listUnseenNoticeKeys = cache(
  async ({ prisma, now }: TicketServiceDeps, actor: Actor): Promise<NoticeKey[]> => {
    const notices = noticeSql(actor, new Date(now().getTime() - NOTICE_WINDOW_MS));
    if (!notices) return [];
    // LATERAL … LIMIT 1: one primary-key lookup per candidate whatever the plan (see read-markers.ts).
    const rows = await readRows<NoticeKey>(
      prisma,
      Prisma.sql`
      SELECT c."id", c."type", c."at", c."seq" FROM (${notices}) c
      LEFT JOIN LATERAL (SELECT r."eventSeq" FROM "TicketRead" r WHERE r."userId" = ${actor.userId} AND r."ticketId" = c."id" LIMIT 1) r ON TRUE
      WHERE c."seq" > COALESCE(r."eventSeq", 0)
      ORDER BY c."at" DESC, c."seq" DESC
      LIMIT ${NOTICE_SCAN_LIMIT}`,
    );
    return rows.map((row) => ({ ...row, seq: Number(row.seq) }));
  },
);

interface NoticeTicketRow {
  id: string;
  number: string;
  subject: string;
  askerType: "SEKOLAH" | "DINAS";
  schoolId: string | null;
  regencyCode: string;
  endedAt: Date | null;
  endReason: string | null;
}

/** The user's unseen clock notices, newest first. */
export async function listClockNotices(deps: TicketServiceDeps, actor: Actor, limit = 20): Promise<ClockNotice[]> {
  const keys = (await listUnseenNoticeKeys(deps, actor)).slice(0, Math.min(limit, NOTICE_SCAN_LIMIT));
  if (keys.length === 0) return [];
  const tickets = await readRows<NoticeTicketRow>(
    deps.prisma,
    Prisma.sql`SELECT t."id", t."number", t."subject", t."askerType"::text AS "askerType", t."schoolId", t."regencyCode",
        t."endedAt", t."endReason"::text AS "endReason"
      FROM "Ticket" t WHERE t."id" IN (${Prisma.join(keys.map((key) => key.id))})`,
  );
  const byId = new Map(tickets.map((ticket) => [ticket.id, ticket]));
  const notices: ClockNotice[] = [];
  for (const key of keys) {
    const row = byId.get(key.id);
    if (!row) continue;
    const kind: ClockNoticeKind =
      key.type === "ESCALATED"
        ? "ESCALATED"
        : row.endReason === "ASKER_SILENT"
          ? "EXPIRED_ASKER_SILENT"
          : "EXPIRED_NO_RESPONSE";
    const relation = relationOf(actor, row);
    if (relation !== "ASKER" && relation !== "DINAS_HANDLER") continue;
    const { id, number, subject, askerType, endedAt } = row;
    notices.push({
      eventSeq: key.seq,
      kind,
      at: key.at,
      relation,
      ticket: { id, number, subject, askerType, endedAt },
    });
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
