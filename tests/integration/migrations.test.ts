import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyMigrations, readMigrations } from "@/lib/server/database";
import { createTestDatabase, isPostgresServer, type TestDatabase } from "./helpers/test-database";

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase(); // already migrated once
});
afterAll(async () => db?.destroy());

describe(`migrations on ${isPostgresServer ? "PostgreSQL server" : "embedded PGlite"}`, () => {
  it("records every migration in Prisma's _prisma_migrations table with its checksum", async () => {
    const rows = await db.sql.query<{ migration_name: string; checksum: string; finished_at: Date | null }>(
      `SELECT migration_name, checksum, finished_at FROM "_prisma_migrations" ORDER BY migration_name`,
    );
    const files = readMigrations();
    expect(rows.map((r) => r.migration_name)).toEqual(files.map((f) => f.name));
    expect(rows.map((r) => r.checksum)).toEqual(files.map((f) => f.checksum));
    expect(rows.every((r) => r.finished_at !== null)).toBe(true);
  });

  it("applies nothing the second time", async () => {
    const report = await applyMigrations(db.sql);
    expect(report.applied).toEqual([]);
    expect(report.alreadyApplied).toBe(readMigrations().length);
  });

  it("refuses to continue when an applied migration file was edited afterwards", async () => {
    await db.sql.query(`UPDATE "_prisma_migrations" SET checksum = 'edited' WHERE migration_name = $1`, [
      readMigrations()[0]?.name,
    ]);
    await expect(applyMigrations(db.sql)).rejects.toThrow(/telah diubah/);
    await db.sql.query(`UPDATE "_prisma_migrations" SET checksum = $1 WHERE migration_name = $2`, [
      readMigrations()[0]?.checksum,
      readMigrations()[0]?.name,
    ]);
  });

  it("creates the tables the app needs", async () => {
    const tables = await db.sql.query<{ tablename: string }>(
      `SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`,
    );
    expect(tables.map((t) => t.tablename)).toEqual(
      expect.arrayContaining([
        "Province",
        "Regency",
        "School",
        "User",
        "Category",
        "Ticket",
        "Message",
        "Attachment",
        "TicketEvent",
        "Setting",
      ]),
    );
  });
});
