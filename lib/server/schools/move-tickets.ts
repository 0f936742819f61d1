// When a school moves to another kab/kota, its running tickets (OPEN or ANSWERED) move with it, so the
// new district office's inbox shows them and the old one's no longer does; ended tickets keep the
// kab/kota they were handled in (the reports count them there). Each moved ticket gets a SCHOOL_MOVED
// history event and a version bump, in the caller's transaction: a concurrent writer holding the old
// version loses its conditional update and re-reads (docs/conventions.md, rule 6). Shared by the import (many
// schools at once, one statement) and the admin's school edit (one school).
import "server-only";
import type { RawQueryable } from "./raw-transaction";

export interface SchoolMove {
  schoolId: string;
  toRegency: string;
}

const MOVE_SQL = `
WITH moved AS (
  SELECT * FROM json_to_recordset($1::json) AS m("schoolId" text, "toRegency" text)
),
target AS (
  SELECT t."id", t."regencyCode" AS "fromRegency", m."toRegency"
  FROM "Ticket" t JOIN moved m ON m."schoolId" = t."schoolId"
  WHERE t."askerType" = 'SEKOLAH' AND t."state" IN ('OPEN', 'ANSWERED') AND t."regencyCode" <> m."toRegency"
  FOR UPDATE OF t
),
changed AS (
  UPDATE "Ticket" t
  SET "regencyCode" = target."toRegency", "version" = t."version" + 1, "updatedAt" = $3::timestamptz AT TIME ZONE 'UTC'
  FROM target
  WHERE t."id" = target."id"
  RETURNING t."id", t."state", t."tier", target."fromRegency", target."toRegency"
)
INSERT INTO "TicketEvent" ("id", "ticketId", "type", "actorId", "at", "fromState", "toState", "fromTier", "toTier", "detail")
SELECT gen_random_uuid()::text, c."id", 'SCHOOL_MOVED', $2, $3::timestamptz AT TIME ZONE 'UTC', c."state", c."state", c."tier", c."tier",
  jsonb_build_object('from', c."fromRegency", 'to', c."toRegency", 'fromName', rf."name", 'toName', rt."name")
FROM changed c
LEFT JOIN "Regency" rf ON rf."code" = c."fromRegency"
LEFT JOIN "Regency" rt ON rt."code" = c."toRegency"
RETURNING "ticketId"`;

/** Moves the running tickets of these schools; returns how many tickets moved. */
export async function moveSchoolTickets(
  tx: RawQueryable,
  moves: readonly SchoolMove[],
  actorId: string,
  at: Date,
): Promise<number> {
  if (moves.length === 0) return 0;
  const rows = await tx.$queryRawUnsafe<{ ticketId: string }[]>(
    MOVE_SQL,
    JSON.stringify(moves),
    actorId,
    at.toISOString(),
  );
  return rows.length;
}
