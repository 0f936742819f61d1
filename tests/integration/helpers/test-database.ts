// Each integration test file gets its own fresh, migrated database:
// - DATABASE_URL set (postgresql://…): a new database on that server, dropped afterwards;
// - otherwise: an in-memory embedded PGlite database.
import crypto from "node:crypto";
import pg from "pg";
import { openDatabase, type Database } from "@/lib/server/database";
import { applyMigrations } from "@/lib/server/migrate";

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
  await adminQuery(`CREATE DATABASE "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const db = openDatabase({ kind: "postgres", url: url.toString() });
  await applyMigrations(db.sql);
  return {
    ...db,
    async destroy() {
      await db.close();
      await adminQuery(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    },
  };
}

async function adminQuery(sql: string) {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
