// npm run db:check — fails when prisma/schema.prisma and prisma/migrations disagree.
// Builds two scratch PGlite databases, one from the migrations and one from the SQL Prisma generates
// for the schema, and compares their catalogs (enums, columns, indexes, constraints).
// (`prisma migrate diff --from-migrations` cannot run here: its PGlite shadow database rejects
// multi-statement scripts.)
import { execFileSync } from "node:child_process";
import { openDatabase, type SqlRunner } from "@/lib/server/database";
import { applyMigrations } from "@/lib/server/migrate";

const CATALOG_QUERIES: Record<string, string> = {
  enums: `SELECT t.typname || ': ' || string_agg(e.enumlabel, ', ' ORDER BY e.enumsortorder) AS line
          FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid JOIN pg_namespace n ON n.oid = t.typnamespace
          WHERE n.nspname = 'public' GROUP BY t.typname`,
  columns: `SELECT c.relname || '.' || a.attname || ' ' || format_type(a.atttypid, a.atttypmod)
                   || CASE WHEN a.attnotnull THEN ' NOT NULL' ELSE '' END
                   || COALESCE(' DEFAULT ' || pg_get_expr(d.adbin, d.adrelid), '') AS line
            FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
            LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
            WHERE n.nspname = 'public' AND c.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped
              AND c.relname <> '_prisma_migrations'`,
  indexes: `SELECT indexdef AS line FROM pg_indexes WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`,
  constraints: `SELECT c.relname || ' ' || k.conname || ' ' || pg_get_constraintdef(k.oid) AS line
                FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE n.nspname = 'public' AND c.relname <> '_prisma_migrations'`,
};

async function snapshot(sql: SqlRunner): Promise<Set<string>> {
  const lines = new Set<string>();
  for (const [kind, query] of Object.entries(CATALOG_QUERIES)) {
    for (const row of await sql.query<{ line: string }>(query)) lines.add(`${kind} ${row.line}`);
  }
  return lines;
}

const schemaSql = execFileSync(
  "npx",
  ["prisma", "migrate", "diff", "--from-empty", "--to-schema-datamodel", "prisma/schema.prisma", "--script"],
  { encoding: "utf8", env: { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: "1" }, stdio: ["ignore", "pipe", "pipe"] },
);

const fromMigrations = openDatabase({ kind: "pglite", dir: "memory://" });
const fromSchema = openDatabase({ kind: "pglite", dir: "memory://" });
try {
  await applyMigrations(fromMigrations.sql);
  await fromSchema.sql.exec(schemaSql);
  const [a, b] = [await snapshot(fromMigrations.sql), await snapshot(fromSchema.sql)];
  const onlyMigrations = [...a].filter((l) => !b.has(l)).sort();
  const onlySchema = [...b].filter((l) => !a.has(l)).sort();
  if (onlyMigrations.length || onlySchema.length) {
    console.error("schema.prisma dan prisma/migrations tidak sama. Buat migrasi baru: npm run db:new-migration -- <nama>");
    for (const l of onlySchema) console.error(`  hanya di schema.prisma: ${l}`);
    for (const l of onlyMigrations) console.error(`  hanya di migrasi:       ${l}`);
    process.exitCode = 1;
  } else {
    console.log(`schema.prisma cocok dengan prisma/migrations (${a.size} objek katalog dibandingkan).`);
  }
} finally {
  await fromMigrations.close();
  await fromSchema.close();
}
