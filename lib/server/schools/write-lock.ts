// One writer of school data at a time: an import (minutes, one transaction) and an admin's edit of one
// school take the same transaction-scoped advisory lock. The import reads a school's kab/kota before
// overwriting it to find moves; no other change may slip in between.
import "server-only";
import type { RawQueryable } from "./raw-transaction";

export const SCHOOL_WRITE_LOCK = "school.write";

/** True when this transaction now holds the lock; false when another import or edit holds it. */
export async function tryLockSchoolWrites(tx: RawQueryable): Promise<boolean> {
  const [row] = await tx.$queryRawUnsafe<{ locked: boolean }[]>(
    `SELECT pg_try_advisory_xact_lock(hashtextextended($1, 0)) AS "locked"`,
    SCHOOL_WRITE_LOCK,
  );
  return row?.locked === true;
}
