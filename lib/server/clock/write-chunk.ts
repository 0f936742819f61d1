// The sweep's write of many clock transitions at once: writeTransition (lib/server/tickets/ticket-store.ts)
// for a chunk of tickets, in a few set-based statements instead of two per ticket. Same contract: each
// ticket's row is written only if its version is still the one the transition started from, and its
// history events are inserted only for the rows that were written, in the caller's transaction.
// Tickets whose version moved on are returned as losers; the caller re-reads them and decides again.
//
// The rows travel as one JSON parameter (jsonb_to_recordset, the same on PostgreSQL and PGlite), so a
// statement has the same few parameters for 10 or 1,000 tickets. The history seqs of the events are
// taken from their sequence first, so that the ticket row carries its escalation's / expiry's seq
// (escalatedEventSeq, expiredEventSeq) in the same update. Two statements a chunk, whatever its size.
import "server-only";
import crypto from "node:crypto";
import { nextDeadlineAt, type ClockDurations, type TicketSnapshot, type TransitionSuccess } from "@/lib/domain";
import type { TransactionQuery } from "@/lib/server/database";
import { Prisma } from "../generated/prisma/client";

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

type Column = keyof typeof COLUMN_TYPES;

/** What a clock transition changes (the rest of the row is left as it is: a smaller parameter). */
const CLOCK_COLUMNS: Column[] = [
  "state",
  "tier",
  "tierSince",
  "handoff",
  "handoffAt",
  "helpdeskBreachedAt",
  "endedAt",
  "endReason",
  "version",
];
const quoted = (name: string) => Prisma.raw(`"${name}"`);

/**
 * Rows as one jsonb parameter of arrays (values in column order, no keys: half the size to build and to
 * send), read back as a table with typed columns. Times go as UTC ISO text (the columns hold UTC).
 */
function tableOf(columns: [string, string][], rows: unknown[][]): Prisma.Sql {
  const select = columns
    .map(([name, type], i) => (type === "jsonb" ? `(r->${i}) AS "${name}"` : `(r->>${i})::${type} AS "${name}"`))
    .join(", ");
  return Prisma.sql`(SELECT ${Prisma.raw(select)} FROM jsonb_array_elements(${JSON.stringify(rows)}::jsonb) AS r)`;
}

export interface ChunkWrite {
  /** The ticket as read (its version is the one the update is conditional on). */
  before: TicketSnapshot;
  result: TransitionSuccess;
}

const same = (a: unknown, b: unknown) =>
  a instanceof Date && b instanceof Date ? a.getTime() === b.getTime() : a === b;

/** Writes the transitions whose ticket is still at the version read; returns the ids written. */
export async function writeTransitions(
  query: TransactionQuery,
  writes: ChunkWrite[],
  durations: ClockDurations,
): Promise<Set<string>> {
  if (writes.length === 0) return new Set();
  if (writes.some((w) => w.result.messages.length > 0)) {
    throw new Error("writeTransitions writes clock transitions only (no messages)");
  }
  // The events' history seqs, in insertion order (a loser's seqs are simply never used). The rows are not
  // locked first: one sweep runs at a time (sweep-lock.ts), its chunks never share a ticket, and a
  // deadlock with another writer only rolls the chunk back to the one-by-one path.
  const sorted = [...writes].sort((a, b) => (a.result.ticket.id < b.result.ticket.id ? -1 : 1));
  const events = sorted.flatMap((w) => w.result.events.map((event) => ({ ticketId: w.result.ticket.id, event })));
  const [prepared] = await query<{ seqs: number[] | null }>(
    Prisma.sql`SELECT (SELECT array_agg(nextval('"TicketEvent_seq_seq"')::int) FROM generate_series(1, ${events.length}::int)) AS "seqs"`,
  );
  const seqs = (prepared?.seqs ?? []).map(Number).sort((a, b) => a - b);
  const seqOf = new Map<(typeof events)[number], number>(events.map((e, i) => [e, seqs[i] as number]));
  const clockSeqs = new Map<string, { ESCALATED?: number; EXPIRED?: number }>();
  for (const e of events) {
    if (e.event.type !== "ESCALATED" && e.event.type !== "EXPIRED") continue;
    clockSeqs.set(e.ticketId, { ...clockSeqs.get(e.ticketId), [e.event.type]: seqOf.get(e) });
  }
  const clockSeq = (id: string, type: "ESCALATED" | "EXPIRED") => clockSeqs.get(id)?.[type] ?? null;

  const rows = sorted.map(({ before, result: { ticket } }) => {
    const stray = (Object.keys(COLUMN_TYPES) as Column[]).filter(
      (c) => !CLOCK_COLUMNS.includes(c) && !same(before[c], ticket[c]),
    );
    if (stray.length > 0) throw new Error(`writeTransitions: a clock transition changed ${stray.join(", ")}`);
    return [
      ticket.id,
      before.version,
      ...CLOCK_COLUMNS.map((c) => ticket[c]),
      nextDeadlineAt(ticket, durations),
      clockSeq(ticket.id, "ESCALATED"),
      clockSeq(ticket.id, "EXPIRED"),
    ];
  });
  const rowColumns: [string, string][] = [
    ["id", "text"],
    ["expectedVersion", "integer"],
    ...CLOCK_COLUMNS.map((c): [string, string] => [c, COLUMN_TYPES[c]]),
    ["nextDeadlineAt", "timestamp(3)"],
    ["escalatedEventSeq", "integer"],
    ["expiredEventSeq", "integer"],
  ];
  const eventRows = events.map((e) => [
    crypto.randomUUID(),
    seqOf.get(e),
    e.ticketId,
    e.event.type,
    e.event.actorId,
    e.event.at,
    e.event.fromState,
    e.event.toState,
    e.event.fromTier,
    e.event.toTier,
    e.event.detail ?? null,
  ]);
  const eventColumns: [string, string][] = [
    ["id", "text"],
    ["seq", "integer"],
    ["ticketId", "text"],
    ["type", `"TicketEventType"`],
    ["actorId", "text"],
    ["at", "timestamp(3)"],
    ["fromState", `"TicketState"`],
    ["toState", `"TicketState"`],
    ["fromTier", `"Tier"`],
    ["toTier", `"Tier"`],
    ["detail", "jsonb"],
  ];
  // One statement: the conditional update, and the history of exactly the tickets it wrote.
  const updated = await query<{ id: string }>(Prisma.sql`
    WITH "written" AS (
      UPDATE "Ticket" AS t
      SET ${Prisma.join(CLOCK_COLUMNS.map((c) => Prisma.sql`${quoted(c)} = v.${quoted(c)}`))},
        "nextDeadlineAt" = v."nextDeadlineAt",
        "escalatedEventSeq" = COALESCE(v."escalatedEventSeq", t."escalatedEventSeq"),
        "expiredEventSeq" = COALESCE(v."expiredEventSeq", t."expiredEventSeq"),
        "updatedAt" = ${new Date()}
      FROM ${tableOf(rowColumns, rows)} AS v
      WHERE t."id" = v."id" AND t."version" = v."expectedVersion"
      RETURNING t."id"
    ), "history" AS (
      INSERT INTO "TicketEvent" ("id", "seq", "ticketId", "type", "actorId", "at", "fromState", "toState", "fromTier", "toTier", "detail")
      SELECT e."id", e."seq", e."ticketId", e."type", e."actorId", e."at", e."fromState", e."toState", e."fromTier", e."toTier", e."detail"
      FROM ${tableOf(eventColumns, eventRows)} AS e
      WHERE e."ticketId" IN (SELECT "id" FROM "written")
      ORDER BY e."seq"
    )
    SELECT "id" FROM "written"`);
  const written = new Set(updated.map((row) => row.id));
  return written;
}
