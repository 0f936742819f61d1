// The import's transaction. On a PostgreSQL server it runs on one pooled pg connection directly
// (BEGIN … COMMIT): for 250,000 rows that is about a third faster than passing the same statements
// through Prisma's raw queries. On embedded PGlite it goes through Prisma's interactive transaction,
// which holds PGlite's single connection for itself (other requests wait), never interleaving.
import "server-only";
import type { Database, SqlRunner } from "@/lib/server/database";

/** The one call the school writers need; Prisma's TransactionClient has it, and so does a pg connection here. */
export interface RawQueryable {
  $queryRawUnsafe<T = unknown>(query: string, ...values: unknown[]): Promise<T>;
}

export type ImportDatabase = Pick<Database, "prisma" | "sql" | "target">;

function onConnection(connection: SqlRunner): RawQueryable {
  return {
    $queryRawUnsafe: async <T>(query: string, ...values: unknown[]) => (await connection.query(query, values)) as T,
  };
}

export async function inRawTransaction<T>(db: ImportDatabase, fn: (tx: RawQueryable) => Promise<T>): Promise<T> {
  if (db.target.kind === "pglite") {
    return db.prisma.$transaction((tx) => fn(tx as unknown as RawQueryable), { maxWait: 30_000, timeout: 60 * 60_000 });
  }
  return db.sql.withConnection(async (connection) => {
    await connection.exec("BEGIN");
    try {
      const result = await fn(onConnection(connection));
      await connection.exec("COMMIT");
      return result;
    } catch (error) {
      await connection.exec("ROLLBACK").catch(() => undefined);
      throw error;
    }
  });
}
