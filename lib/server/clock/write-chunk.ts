// The sweep's write of many clock transitions at once: writeTransition (lib/server/ticket-store.ts)
// for a chunk of tickets, in a few set-based statements instead of two per ticket. Same contract: each
// ticket's row is written only if its version is still the one the transition started from, and its
// history events are inserted only for the rows that were written, in the caller's transaction.
// Tickets whose version moved on are returned as losers; the caller re-reads them and decides again.
//
// The rows travel as one JSON parameter (jsonb_to_recordset, the same on PostgreSQL and PGlite), so a
// statement has the same few parameters for 10 or 1,000 tickets. The history seqs of the events are taken from their sequence first, so that the
// ticket row carries its escalation's / expiry's seq (escalatedEventSeq, expiredEventSeq) in the same
// update and the TicketEvent trigger finds nothing left to do.
import crypto from "node:crypto";
import { nextDeadlineAt, type ClockDurations, type TicketSnapshot, type TransitionSuccess } from "@/lib/domain";
import { Prisma } from "../generated/prisma/client";

type Tx = Prisma.TransactionClient;

/** Every snapshot column and its SQL type; `satisfies` keeps the list complete as the snapshot grows. */
const COLUMN_TYPES = {
  state: `"TicketState"`,
  tier: `"Tier"`,
  askerType: `"AskerType"`,
  channel: `"Channel"`,
  schoolId: "text",
  regencyCode: "text",
  assigneeId: "text",
  openedAt: "timestamp(3)",
  tierSince: "timestamp(3)",
  handoff: `"HandoffKind"`,
  handoffAt: "timestamp(3)",
  firstResponseAt: "timestamp(3)",
  dinasFirstResponseAt: "timestamp(3)",
  helpdeskFirstResponseAt: "timestamp(3)",
  lastMessageAt: "timestamp(3)",
  lastMessageBy: `"MessageAuthorSide"`,
  helpdeskBreachedAt: "timestamp(3)",
  endedAt: "timestamp(3)",
  endReason: `"EndReason"`,
  version: "integer",
} satisfies Record<Exclude<keyof TicketSnapshot, "id">, string>;

const COLUMNS = Object.keys(COLUMN_TYPES) as (keyof typeof COLUMN_TYPES)[];
const quoted = (name: string) => Prisma.raw(`"${name}"`);

/** Rows as one jsonb parameter; times as UTC ISO text (the timestamp columns hold UTC and drop the Z). */
function recordsOf(rows: Record<string, unknown>[]): Prisma.Sql {
  return Prisma.sql`${JSON.stringify(rows)}::jsonb`;
}

/** The column list of jsonb_to_recordset: `"name" type, …`. */
function definition(columns: [string, string][]): Prisma.Sql {
  return Prisma.raw(columns.map(([name, type]) => `"${name}" ${type}`).join(", "));
}

export interface ChunkWrite {
  expectedVersion: number;
  result: TransitionSuccess;
}

/** Writes the transitions whose ticket is still at `expectedVersion`; returns the ids written. */
export async function writeTransitions(tx: Tx, writes: ChunkWrite[], durations: ClockDurations): Promise<Set<string>> {
  if (writes.length === 0) return new Set();
  if (writes.some((w) => w.result.messages.length > 0)) {
    throw new Error("writeTransitions writes clock transitions only (no messages)");
  }
  // Lock the rows in id order first: one UPDATE … FROM unnest locks in whatever order its join runs,
  // and two chunks over the same tickets (two sweeps at once) could otherwise deadlock.
  const sorted = [...writes].sort((a, b) => (a.result.ticket.id < b.result.ticket.id ? -1 : 1));
  const ids = sorted.map((w) => w.result.ticket.id);
  await tx.$queryRaw`
    SELECT "id" FROM "Ticket" WHERE "id" IN (SELECT jsonb_array_elements_text(${JSON.stringify(ids)}::jsonb)) ORDER BY "id" FOR UPDATE`;

  // The events' history seqs, in insertion order (a loser's seqs are simply never used).
  const events = sorted.flatMap((w) => w.result.events.map((event) => ({ ticketId: w.result.ticket.id, event })));
  const seqRows = await tx.$queryRaw<{ seq: number }[]>`
    SELECT nextval(pg_get_serial_sequence('"TicketEvent"', 'seq'))::int AS "seq" FROM generate_series(1, ${events.length}::int)`;
  const seqs = seqRows.map((row) => Number(row.seq)).sort((a, b) => a - b);
  const seqOf = new Map<(typeof events)[number], number>(events.map((e, i) => [e, seqs[i] as number]));
  const clockSeqs = new Map<string, { ESCALATED?: number; EXPIRED?: number }>();
  for (const e of events) {
    if (e.event.type !== "ESCALATED" && e.event.type !== "EXPIRED") continue;
    clockSeqs.set(e.ticketId, { ...clockSeqs.get(e.ticketId), [e.event.type]: seqOf.get(e) });
  }
  const clockSeq = (id: string, type: "ESCALATED" | "EXPIRED") => clockSeqs.get(id)?.[type] ?? null;

  const rows = sorted.map((w) => ({
    ...w.result.ticket,
    expectedVersion: w.expectedVersion,
    nextDeadlineAt: nextDeadlineAt(w.result.ticket, durations),
    escalatedEventSeq: clockSeq(w.result.ticket.id, "ESCALATED"),
    expiredEventSeq: clockSeq(w.result.ticket.id, "EXPIRED"),
  }));
  const rowColumns: [string, string][] = [
    ["id", "text"],
    ["expectedVersion", "integer"],
    ...COLUMNS.map((c): [string, string] => [c, COLUMN_TYPES[c]]),
    ["nextDeadlineAt", "timestamp(3)"],
    ["escalatedEventSeq", "integer"],
    ["expiredEventSeq", "integer"],
  ];
  const updated = await tx.$queryRaw<{ id: string }[]>`
    UPDATE "Ticket" AS t
    SET ${Prisma.join(COLUMNS.map((c) => Prisma.sql`${quoted(c)} = v.${quoted(c)}`))},
      "nextDeadlineAt" = v."nextDeadlineAt",
      "escalatedEventSeq" = COALESCE(v."escalatedEventSeq", t."escalatedEventSeq"),
      "expiredEventSeq" = COALESCE(v."expiredEventSeq", t."expiredEventSeq"),
      "updatedAt" = ${new Date()}
    FROM jsonb_to_recordset(${recordsOf(rows)}) AS v(${definition(rowColumns)})
    WHERE t."id" = v."id" AND t."version" = v."expectedVersion"
    RETURNING t."id"`;
  const written = new Set(updated.map((row) => row.id));

  const won = events.filter((e) => written.has(e.ticketId));
  if (won.length > 0) {
    const eventRows = won.map((e) => ({
      id: crypto.randomUUID(),
      seq: seqOf.get(e),
      ticketId: e.ticketId,
      type: e.event.type,
      actorId: e.event.actorId,
      at: e.event.at,
      fromState: e.event.fromState,
      toState: e.event.toState,
      fromTier: e.event.fromTier,
      toTier: e.event.toTier,
      detail: e.event.detail ?? null,
    }));
    const eventColumns: [string, string][] = [
      ["id", "text"], ["seq", "integer"], ["ticketId", "text"], ["type", `"TicketEventType"`], ["actorId", "text"], ["at", "timestamp(3)"],
      ["fromState", `"TicketState"`], ["toState", `"TicketState"`], ["fromTier", `"Tier"`], ["toTier", `"Tier"`], ["detail", "jsonb"],
    ];
    await tx.$executeRaw`
      INSERT INTO "TicketEvent" ("id", "seq", "ticketId", "type", "actorId", "at", "fromState", "toState", "fromTier", "toTier", "detail")
      SELECT "id", "seq", "ticketId", "type", "actorId", "at", "fromState", "toState", "fromTier", "toTier", "detail"
      FROM jsonb_to_recordset(${recordsOf(eventRows)}) AS e(${definition(eventColumns)})
      ORDER BY "seq"`;
  }
  return written;
}
