// Applies prisma/migrations/*/migration.sql in order to PGlite or a PostgreSQL server, keeping
// Prisma's `_prisma_migrations` bookkeeping so `prisma migrate deploy` accepts the database later.
// (The Prisma 6.19 CLI cannot migrate a server through @prisma/adapter-pg here: prisma/orm#27403.)
import "server-only";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { SqlRunner } from "./database";

export const MIGRATIONS_DIR = path.join(process.cwd(), "prisma", "migrations");
// Prisma's own advisory-lock key, so our migrator and `prisma migrate deploy` never run at once.
const PRISMA_ADVISORY_LOCK = 72707369;

const BOOKKEEPING_DDL = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
);`;

export interface MigrationFile {
  name: string;
  script: string;
  checksum: string;
}

export function readMigrations(dir = MIGRATIONS_DIR): MigrationFile[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && fs.existsSync(path.join(dir, entry.name, "migration.sql")))
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const script = fs.readFileSync(path.join(dir, name, "migration.sql"), "utf8");
      return { name, script, checksum: crypto.createHash("sha256").update(script).digest("hex") };
    });
}

interface AppliedRow {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
}

export interface MigrateReport {
  applied: string[];
  alreadyApplied: number;
}

/** Applies every pending migration, each in its own transaction. Safe to run repeatedly. */
export async function applyMigrations(runner: SqlRunner, dir = MIGRATIONS_DIR): Promise<MigrateReport> {
  return runner.withConnection((sql) => applyOnConnection(sql, dir));
}

async function applyOnConnection(sql: SqlRunner, dir: string): Promise<MigrateReport> {
  await sql.exec(BOOKKEEPING_DDL);
  await sql.query("SELECT pg_advisory_lock($1)", [PRISMA_ADVISORY_LOCK]);
  try {
    const rows = await sql.query<AppliedRow>(
      `SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations"`,
    );
    const done = new Map(rows.filter((r) => r.rolled_back_at === null).map((r) => [r.migration_name, r]));
    const report: MigrateReport = { applied: [], alreadyApplied: 0 };
    for (const migration of readMigrations(dir)) {
      const row = done.get(migration.name);
      if (row?.finished_at) {
        if (row.checksum !== migration.checksum) {
          throw new Error(`Migrasi ${migration.name} sudah diterapkan tetapi berkasnya telah diubah.`);
        }
        report.alreadyApplied++;
        continue;
      }
      if (row) throw new Error(`Migrasi ${migration.name} pernah gagal di tengah jalan; periksa basis data.`);
      await applyOne(sql, migration);
      report.applied.push(migration.name);
    }
    return report;
  } finally {
    await sql.query("SELECT pg_advisory_unlock($1)", [PRISMA_ADVISORY_LOCK]);
  }
}

async function applyOne(sql: SqlRunner, migration: MigrationFile) {
  const id = crypto.randomUUID();
  await sql.exec("BEGIN");
  try {
    await sql.exec(migration.script);
    await sql.query(
      `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, started_at, applied_steps_count)
       VALUES ($1, $2, now(), $3, now(), 1)`,
      [id, migration.checksum, migration.name],
    );
    await sql.exec("COMMIT");
  } catch (error) {
    await sql.exec("ROLLBACK");
    throw new Error(`Migrasi ${migration.name} gagal: ${(error as Error).message}`, { cause: error });
  }
}
