// Each integration test file gets its own fresh, migrated database:
// - DATABASE_URL set (postgresql://…): a new database on that server, dropped afterwards;
// - otherwise: an in-memory embedded PGlite database.
import crypto from "node:crypto";
import pg from "pg";
import { adminQuery, createDatabase, openDatabase, type Database } from "@/lib/server/database";
import { applyMigrations } from "@/lib/server/database";

export interface TestDatabase extends Database {
  /** Closes the connections and drops the database. */
  destroy(): Promise<void>;
}

export const serverUrl = process.env.DATABASE_URL?.trim() || undefined;
export const isPostgresServer = serverUrl !== undefined;

export async function createTestDatabase(): Promise<TestDatabase> {
  if (!serverUrl) {
    const db = openDatabase({ kind: "pglite", dir: "memory://" });
    await applyMigrations(db.sql);
    return { ...db, destroy: () => db.close() };
  }
  const name = `hd_test_${crypto.randomBytes(6).toString("hex")}`;
  const db = openDatabase({ kind: "postgres", url: await createDatabase(serverUrl, name) });
  await applyMigrations(db.sql);
  return {
    ...db,
    async destroy() {
      await db.close();
      // pg's pool.end() resolves before the sockets of its idle clients are closed: dropping WITH (FORCE)
      // at once would terminate those half-closed connections, and the client, no longer in the pool and
      // without an error listener, would throw "terminating connection due to administrator command".
      await waitForNoConnections(name);
      await adminQuery(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    },
  };
}

/** Waits (up to 5 s) until no session is connected to the database. */
async function waitForNoConnections(name: string) {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    for (let attempt = 0; attempt < 100; attempt++) {
      const { rows } = await client.query<{ n: number }>(
        "SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1",
        [name],
      );
      if ((rows[0]?.n ?? 0) === 0) return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  } finally {
    await client.end();
  }
}
