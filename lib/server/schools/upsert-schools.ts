// One batch of the import: INSERT … ON CONFLICT (npsn) DO UPDATE in a single statement. A row that
// already says the same is not touched (its updatedAt stays), which is what makes a re-import a no-op.
// The row's kab/kota before the statement comes from the statement's own snapshot (`old`), to see
// moves; every writer of schools holds the SCHOOL_WRITE_LOCK, so no other change slips in between.
import "server-only";
import type { RawQueryable } from "./raw-transaction";
import type { SchoolRow } from "./school-csv";

export interface UpsertOutcome {
  inserted: number;
  updated: number;
  unchanged: number;
  /** Existing schools whose kab/kota changed, with their new one. */
  moves: { schoolId: string; toRegency: string }[];
}

// $3 = whether the file has an alamat column: without one, addresses are left as they are.
const UPSERT_SQL = `
WITH input AS (
  SELECT * FROM json_to_recordset($1::json)
    AS t("npsn" text, "name" text, "form" text, "dapodikBentukId" int, "status" text, "regencyCode" text, "address" text)
),
old AS (
  SELECT s."npsn", s."regencyCode" FROM "School" s JOIN input i ON i."npsn" = s."npsn"
),
up AS (
  INSERT INTO "School" ("id", "npsn", "name", "form", "dapodikBentukId", "status", "regencyCode", "address", "updatedAt")
  SELECT gen_random_uuid()::text, i."npsn", i."name", i."form"::"SchoolForm", i."dapodikBentukId", i."status"::"SchoolStatus",
    i."regencyCode", i."address", $2::timestamptz AT TIME ZONE 'UTC'
  FROM input i
  ON CONFLICT ("npsn") DO UPDATE SET
    "name" = EXCLUDED."name",
    "form" = EXCLUDED."form",
    "dapodikBentukId" = EXCLUDED."dapodikBentukId",
    "status" = EXCLUDED."status",
    "regencyCode" = EXCLUDED."regencyCode",
    "address" = CASE WHEN $3::boolean THEN EXCLUDED."address" ELSE "School"."address" END,
    "updatedAt" = EXCLUDED."updatedAt"
  WHERE ("School"."name", "School"."form", "School"."dapodikBentukId", "School"."status", "School"."regencyCode")
      IS DISTINCT FROM (EXCLUDED."name", EXCLUDED."form", EXCLUDED."dapodikBentukId", EXCLUDED."status", EXCLUDED."regencyCode")
    OR ($3::boolean AND "School"."address" IS DISTINCT FROM EXCLUDED."address")
  RETURNING "id", "npsn", "regencyCode", (xmax = 0) AS "isInserted"
)
SELECT up."id", up."isInserted", old."regencyCode" AS "fromRegency", up."regencyCode" AS "toRegency"
FROM up LEFT JOIN old ON old."npsn" = up."npsn"`;

interface UpsertRow {
  id: string;
  isInserted: boolean;
  fromRegency: string | null;
  toRegency: string;
}

export async function upsertSchools(
  tx: RawQueryable,
  rows: readonly SchoolRow[],
  options: { hasAddress: boolean; at: Date },
): Promise<UpsertOutcome> {
  if (rows.length === 0) return { inserted: 0, updated: 0, unchanged: 0, moves: [] };
  const written = await tx.$queryRawUnsafe<UpsertRow[]>(
    UPSERT_SQL,
    JSON.stringify(rows),
    options.at.toISOString(),
    options.hasAddress,
  );
  const inserted = written.filter((row) => row.isInserted).length;
  const moves = written
    .filter((row) => !row.isInserted && row.fromRegency !== null && row.fromRegency !== row.toRegency)
    .map((row) => ({ schoolId: row.id, toRegency: row.toRegency }));
  return { inserted, updated: written.length - inserted, unchanged: rows.length - written.length, moves };
}
