// One ticket for one actor: null when it is outside their scope (never "forbidden": ids don't leak).
// Messages and events the actor may not see are filtered in the query, not after.
import "server-only";
import {
  MESSAGE_KINDS,
  can,
  canSeeMessageKind,
  computeDeadlines,
  helpdeskTargetStatus,
  relationOf,
  type Actor,
  type Role,
  type TicketEventType,
  type TicketSnapshot,
} from "@/lib/domain";
import { readRows } from "@/lib/server/database";
import { Prisma } from "../generated/prisma/client";
import { toSnapshot, type SnapshotRow } from "./ticket-store";
import type { TicketServiceDeps } from "./deps";
import { loadTicketForActor, scopeSql } from "./scope";
import type { TicketDetail, TicketEventDto, TicketMessageDto } from "./ticket-detail";

/** History entries that would reveal an internal note to those who may not read it. */
const INTERNAL_EVENT_TYPES: TicketEventType[] = ["INTERNAL_NOTE_ADDED"];

/** The ticket's row with the names it shows, and the reader's marker (to skip an unchanged mark-as-read). */
interface DetailRow extends Omit<TicketSnapshot, never> {
  number: string;
  subject: string;
  solved: boolean | null;
  followUpOfId: string | null;
  visitorName: string | null;
  visitorPhone: string | null;
  categoryId: string;
  categoryName: string;
  askerName: string;
  schoolName: string | null;
  schoolNpsn: string | null;
  regencyName: string;
  assigneeName: string | null;
  readAt: Date | null;
  readEventSeq: number | null;
}

interface MessageRow {
  id: string;
  kind: TicketMessageDto["kind"];
  body: string;
  createdAt: Date;
  authorSide: TicketMessageDto["side"];
  authorName: string | null;
  authorRole: Role | null;
  attachments: TicketMessageDto["attachments"];
}

interface EventRow extends Omit<TicketEventDto, "actor"> {
  actorName: string | null;
  actorRole: Role | null;
}

// The page of a ticket is read on every visit: three statements through the fast read path
// (lib/server/database/database.ts readRows), the scope ANDed into the first.
const DETAIL_COLUMNS = Prisma.sql`t."id", t."state"::text AS "state", t."tier"::text AS "tier", t."askerType"::text AS "askerType",
  t."channel"::text AS "channel", t."schoolId", t."regencyCode", t."assigneeId", t."openedAt", t."tierSince",
  t."handoff"::text AS "handoff", t."handoffAt", t."firstResponseAt", t."dinasFirstResponseAt", t."helpdeskFirstResponseAt",
  t."lastMessageAt", t."lastMessageBy"::text AS "lastMessageBy", t."helpdeskBreachedAt", t."endedAt",
  t."endReason"::text AS "endReason", t."version", t."number", t."subject", t."solved", t."followUpOfId",
  t."visitorName", t."visitorPhone", mark."readAt", mark."eventSeq" AS "readEventSeq", c."id" AS "categoryId", c."name" AS "categoryName", asker."displayName" AS "askerName",
  s."name" AS "schoolName", s."npsn" AS "schoolNpsn", r."name" AS "regencyName", a."displayName" AS "assigneeName"`;

export async function getTicketForActor(
  deps: TicketServiceDeps,
  actor: Actor,
  ticketId: string,
): Promise<TicketDetail | null> {
  if (typeof ticketId !== "string" || ticketId === "") return null;
  const { prisma } = deps;
  const [row] = await readRows<DetailRow>(
    prisma,
    Prisma.sql`SELECT ${DETAIL_COLUMNS}
      FROM "Ticket" t
      JOIN "Category" c ON c."id" = t."categoryId"
      JOIN "User" asker ON asker."id" = t."askerId"
      JOIN "Regency" r ON r."code" = t."regencyCode"
      LEFT JOIN "School" s ON s."id" = t."schoolId"
      LEFT JOIN "User" a ON a."id" = t."assigneeId"
      LEFT JOIN "TicketRead" mark ON mark."userId" = ${actor.userId} AND mark."ticketId" = t."id"
      WHERE t."id" = ${ticketId} AND ${scopeSql(actor)}`,
  );
  if (!row) return null;
  const {
    number,
    subject,
    solved,
    followUpOfId,
    visitorName,
    visitorPhone,
    categoryId,
    categoryName,
    askerName,
    schoolName,
    schoolNpsn,
    regencyName,
    assigneeName,
    readAt,
    readEventSeq,
    ...snapshotRow
  } = row;
  const snapshot = toSnapshot(snapshotRow as SnapshotRow);
  const seesInternal = can(actor, "ticket.viewInternal", snapshot);
  const kinds = MESSAGE_KINDS.filter((kind) => canSeeMessageKind(actor, snapshot, kind));

  const [messages, events, followUpOf] = await Promise.all([
    readRows<MessageRow>(
      prisma,
      Prisma.sql`SELECT m."id", m."kind"::text AS "kind", m."body", m."createdAt", m."authorSide"::text AS "authorSide",
          u."displayName" AS "authorName", u."role"::text AS "authorRole",
          COALESCE((SELECT json_agg(json_build_object('id', f."id", 'fileName', f."fileName", 'mimeType', f."mimeType",
              'sizeBytes', f."sizeBytes", 'width', f."width", 'height', f."height") ORDER BY f."createdAt", f."id")
            FROM "Attachment" f WHERE f."messageId" = m."id"), '[]'::json) AS "attachments"
        FROM "Message" m LEFT JOIN "User" u ON u."id" = m."authorId"
        WHERE m."ticketId" = ${ticketId} AND m."kind"::text IN (${Prisma.join(kinds)})
        ORDER BY m."createdAt", m."seq"`,
    ),
    readRows<EventRow>(
      prisma,
      Prisma.sql`SELECT e."id", e."seq", e."type"::text AS "type", e."at", e."fromState"::text AS "fromState", e."toState"::text AS "toState",
          e."fromTier"::text AS "fromTier", e."toTier"::text AS "toTier", e."detail", u."displayName" AS "actorName", u."role"::text AS "actorRole"
        FROM "TicketEvent" e LEFT JOIN "User" u ON u."id" = e."actorId"
        WHERE e."ticketId" = ${ticketId} ${seesInternal ? Prisma.empty : Prisma.sql`AND e."type"::text NOT IN (${Prisma.join(INTERNAL_EVENT_TYPES)})`}
        ORDER BY e."at", e."seq"`,
    ),
    followUpOfId ? loadTicketForActor(prisma, actor, followUpOfId) : null,
  ]);
  const person = (name: string | null, role: Role | null) =>
    name !== null && role !== null ? { displayName: name, role } : null;
  const category = { id: categoryId, name: categoryName };
  const asker = { displayName: askerName };
  const school = schoolName !== null && schoolNpsn !== null ? { name: schoolName, npsn: schoolNpsn } : null;
  const regency = { code: snapshot.regencyCode, name: regencyName };
  const assignee =
    snapshot.assigneeId !== null && assigneeName !== null
      ? { id: snapshot.assigneeId, displayName: assigneeName }
      : null;

  const now = deps.now();
  return {
    id: snapshot.id,
    number,
    subject,
    channel: snapshot.channel,
    state: snapshot.state,
    tier: snapshot.tier,
    askerType: snapshot.askerType,
    category,
    asker,
    school,
    regency,
    assignee,
    followUpOf: followUpOf ? { id: followUpOf.snapshot.id, number: followUpOf.number } : null,
    visitor: seesInternal && snapshot.channel === "WALK_IN" ? { name: visitorName, phone: visitorPhone } : null,
    openedAt: snapshot.openedAt,
    tierSince: snapshot.tierSince,
    handoff: snapshot.handoff,
    handoffAt: snapshot.handoffAt,
    firstResponseAt: snapshot.firstResponseAt,
    lastMessageAt: snapshot.lastMessageAt,
    lastMessageBy: snapshot.lastMessageBy,
    endedAt: snapshot.endedAt,
    endReason: snapshot.endReason,
    solved,
    deadlines: computeDeadlines(snapshot, deps.durations),
    helpdeskTargetStatus: helpdeskTargetStatus(snapshot, deps.durations, now),
    relation: relationOf(actor, snapshot),
    readByActor: readAt !== null ? { readAt, eventSeq: Number(readEventSeq ?? 0) } : null,
    can: {
      reply: can(actor, "ticket.reply", snapshot),
      forward: can(actor, "ticket.forward", snapshot),
      assign: can(actor, "ticket.assign", snapshot),
      note: can(actor, "ticket.note", snapshot),
      close: can(actor, "ticket.close", snapshot),
    },
    messages: messages.map(({ authorSide, authorName, authorRole, ...message }) => ({
      ...message,
      side: authorSide,
      author: person(authorName, authorRole),
    })),
    events: events.map(({ actorName, actorRole, seq, ...event }) => ({
      ...event,
      seq: Number(seq),
      actor: person(actorName, actorRole),
    })),
  };
}
