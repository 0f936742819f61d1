// The sweep's write of many clock transitions at once: writeTransition (lib/server/ticket-store.ts)
// for a chunk of tickets, in two statements instead of two per ticket. Same contract: each ticket's
// row is written only if its version is still the one the transition started from, and its history
// events are inserted only for the rows that were written, in the caller's transaction. Tickets whose
// version moved on are returned as losers; the caller re-reads them and decides again.
import crypto from "node:crypto";
import type { TicketSnapshot, TransitionSuccess } from "@/lib/domain";
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
const cast = (value: unknown, type: string) => Prisma.sql`${value}::${Prisma.raw(type)}`;

export interface ChunkWrite {
  expectedVersion: number;
  result: TransitionSuccess;
}

/** Writes the transitions whose ticket is still at `expectedVersion`; returns the ids written. */
export async function writeTransitions(tx: Tx, writes: ChunkWrite[]): Promise<Set<string>> {
  if (writes.length === 0) return new Set();
  if (writes.some((w) => w.result.messages.length > 0)) {
    throw new Error("writeTransitions writes clock transitions only (no messages)");
  }
  // Lock the rows in id order first: one UPDATE … FROM VALUES locks in whatever order its join runs,
  // and two chunks over the same tickets (two sweeps at once) could otherwise deadlock.
  const ids = writes.map((w) => w.result.ticket.id).sort();
  await tx.$queryRaw`SELECT "id" FROM "Ticket" WHERE "id" IN (${Prisma.join(ids)}) ORDER BY "id" FOR UPDATE`;
  const rows = writes.map(({ expectedVersion, result: { ticket } }) =>
    Prisma.sql`(${ticket.id}, ${cast(expectedVersion, "integer")}, ${Prisma.join(COLUMNS.map((c) => cast(ticket[c], COLUMN_TYPES[c])))})`,
  );
  const updated = await tx.$queryRaw<{ id: string }[]>`
    UPDATE "Ticket" AS t
    SET ${Prisma.join(COLUMNS.map((c) => Prisma.sql`${quoted(c)} = v.${quoted(c)}`))}, "updatedAt" = ${new Date()}
    FROM (VALUES ${Prisma.join(rows)}) AS v("id", "expectedVersion", ${Prisma.join(COLUMNS.map(quoted))})
    WHERE t."id" = v."id" AND t."version" = v."expectedVersion"
    RETURNING t."id"`;
  const written = new Set(updated.map((row) => row.id));

  const events = writes
    .filter((w) => written.has(w.result.ticket.id))
    .flatMap((w) => w.result.events.map((e) => ({ ticketId: w.result.ticket.id, ...e })));
  if (events.length > 0) {
    // One statement: seq (the insertion order) follows the array, as createMany's would.
    await tx.$executeRaw`
      INSERT INTO "TicketEvent" ("id", "ticketId", "type", "actorId", "at", "fromState", "toState", "fromTier", "toTier", "detail")
      VALUES ${Prisma.join(
        events.map(
          (e) => Prisma.sql`(${crypto.randomUUID()}, ${e.ticketId}, ${cast(e.type, `"TicketEventType"`)}, ${e.actorId},
            ${cast(e.at, "timestamp(3)")}, ${cast(e.fromState, `"TicketState"`)}, ${cast(e.toState, `"TicketState"`)},
            ${cast(e.fromTier, `"Tier"`)}, ${cast(e.toTier, `"Tier"`)}, ${cast(e.detail ? JSON.stringify(e.detail) : null, "jsonb")})`,
        ),
      )}`;
  }
  return written;
}
