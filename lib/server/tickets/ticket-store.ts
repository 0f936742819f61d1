// Reads and writes tickets as the domain sees them (TicketSnapshot), with their history and messages.
// Every write of a transition is a conditional update on the version the transition started from,
// so two concurrent writers can never both win (docs/conventions.md, rule 6).
import "server-only";
import crypto from "node:crypto";
import { nextDeadlineAt, type ClockDurations, type TicketSnapshot, type TransitionSuccess } from "@/lib/domain";
import type { Prisma, PrismaClient } from "@/lib/server/generated/prisma/client";

type Tx = Prisma.TransactionClient | PrismaClient;

/** The columns that hold a TicketSnapshot (same names in schema.prisma). */
export const snapshotSelect = {
  id: true,
  state: true,
  tier: true,
  askerType: true,
  channel: true,
  schoolId: true,
  regencyCode: true,
  assigneeId: true,
  openedAt: true,
  tierSince: true,
  handoff: true,
  handoffAt: true,
  firstResponseAt: true,
  dinasFirstResponseAt: true,
  helpdeskFirstResponseAt: true,
  lastMessageAt: true,
  lastMessageBy: true,
  helpdeskBreachedAt: true,
  endedAt: true,
  endReason: true,
  version: true,
} satisfies Prisma.TicketSelect;

export type SnapshotRow = Prisma.TicketGetPayload<{ select: typeof snapshotSelect }>;

export function toSnapshot(row: SnapshotRow): TicketSnapshot {
  return { ...row };
}

/** The snapshot's columns and what is derived from them (the next deadline, for sorting by urgency). */
function snapshotColumns(ticket: TicketSnapshot, durations: ClockDurations) {
  const { id: _id, ...columns } = ticket;
  return { ...columns, nextDeadlineAt: nextDeadlineAt(ticket, durations) };
}

export interface NewTicketFields {
  number: string;
  subject: string;
  categoryId: string;
  askerId: string;
  followUpOfId?: string | null;
  visitorName?: string | null;
  visitorPhone?: string | null;
}

/**
 * Inserts a ticket opened by a transition, with its first messages and events. `clientKey` goes on the
 * first message (the question), so a retried submit of the form can find the ticket it already created.
 */
/** Files already stored (lib/server/attachments) that go on the transition's first message. */
export interface MessageFiles {
  uploaderId: string;
  files: readonly {
    fileName: string;
    mimeType: string;
    sizeBytes: number;
    storageKey: string;
    width: number | null;
    height: number | null;
  }[];
}

export async function insertOpenedTicket(
  tx: Tx,
  result: TransitionSuccess,
  fields: NewTicketFields,
  durations: ClockDurations,
  clientKey?: string,
  attachments?: MessageFiles,
) {
  await tx.ticket.create({ data: { id: result.ticket.id, ...fields, ...snapshotColumns(result.ticket, durations) } });
  await insertHistory(tx, result.ticket.id, result, clientKey, attachments);
}

/**
 * Writes a transition of an existing ticket if nobody changed it since `expectedVersion` was read.
 * Returns false (and writes nothing) when another writer got there first.
 */
export async function writeTransition(
  tx: Tx,
  expectedVersion: number,
  result: TransitionSuccess,
  durations: ClockDurations,
  clientKey?: string,
  attachments?: MessageFiles,
) {
  const updated = await tx.ticket.updateMany({
    where: { id: result.ticket.id, version: expectedVersion },
    data: snapshotColumns(result.ticket, durations),
  });
  if (updated.count !== 1) return false;
  await insertHistory(tx, result.ticket.id, result, clientKey, attachments);
  if (result.events.some((e) => e.type === "ESCALATED" || e.type === "EXPIRED"))
    await markClockEvents(tx, result.ticket.id);
  return true;
}

/**
 * Ticket.escalatedEventSeq / expiredEventSeq: the history seq of the ticket's escalation and expiry, which
 * the clock notices compare with a reader's marker without reading the history. Written with the events
 * (the bulk sweep writes them itself, clock/write-chunk.ts).
 */
export async function markClockEvents(tx: Tx, ticketId: string) {
  await tx.$executeRaw`
    UPDATE "Ticket" t SET
      "escalatedEventSeq" = COALESCE((SELECT max(e."seq") FROM "TicketEvent" e WHERE e."ticketId" = t."id" AND e."type" = 'ESCALATED'), t."escalatedEventSeq"),
      "expiredEventSeq" = COALESCE((SELECT max(e."seq") FROM "TicketEvent" e WHERE e."ticketId" = t."id" AND e."type" = 'EXPIRED'), t."expiredEventSeq")
    WHERE t."id" = ${ticketId}`;
}

async function insertHistory(
  tx: Tx,
  ticketId: string,
  result: TransitionSuccess,
  clientKey?: string,
  attachments?: MessageFiles,
) {
  const files = attachments?.files ?? [];
  if (files.length > 0 && result.messages.length === 0) throw new Error("lampiran tanpa pesan");
  // The first message's id is chosen here when files hang on it.
  const firstMessageId = files.length > 0 ? crypto.randomUUID() : undefined;
  if (result.messages.length) {
    await tx.message.createMany({
      data: result.messages.map((m, index) => ({
        ...(index === 0 && firstMessageId ? { id: firstMessageId } : {}),
        ticketId,
        authorId: m.authorId,
        authorSide: m.authorSide ?? null,
        kind: m.kind,
        body: m.body,
        createdAt: m.at,
        clientKey: index === 0 ? (clientKey ?? null) : null,
      })),
    });
  }
  if (attachments && firstMessageId) {
    await tx.attachment.createMany({
      data: files.map((file) => ({ ...file, ticketId, messageId: firstMessageId, uploaderId: attachments.uploaderId })),
    });
  }
  if (result.events.length) {
    await tx.ticketEvent.createMany({
      data: result.events.map((e) => ({
        ticketId,
        type: e.type,
        actorId: e.actorId,
        at: e.at,
        fromState: e.fromState,
        toState: e.toState,
        fromTier: e.fromTier,
        toTier: e.toTier,
        detail: e.detail ?? undefined,
      })),
    });
  }
}

/**
 * Next human number for the year, atomically (one row per year, locked by the upsert). Call it on its own,
 * not inside the transaction that inserts the ticket: the row lock is then held for this one statement
 * instead of the whole transaction, so openers all over the country do not queue behind each other's
 * inserts and round trips (at 10 concurrent openers three of four waited on this lock). The price: a
 * number is skipped when the opening fails after taking it (a database error, or the second of two
 * racing submits of one form, which then finds the first one's ticket).
 */
export async function nextTicketSeq(tx: Tx, year: number): Promise<number> {
  const rows = await tx.$queryRaw<{ lastSeq: number }[]>`
    INSERT INTO "TicketCounter" ("year", "lastSeq") VALUES (${year}, 1)
    ON CONFLICT ("year") DO UPDATE SET "lastSeq" = "TicketCounter"."lastSeq" + 1
    RETURNING "lastSeq"`;
  const seq = rows[0]?.lastSeq;
  if (seq === undefined) throw new Error("ticket counter did not return a value");
  return seq;
}
