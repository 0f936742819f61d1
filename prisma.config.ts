// Prisma CLI configuration. The CLI runs its WASM schema engine against an in-memory PGlite database:
// `prisma migrate dev` (author a migration) and `prisma migrate diff` (schema ↔ migrations check) need
// only a scratch database. Real databases are migrated by `npm run db:migrate` (scripts/migrate.ts),
// which applies the same migration files to PGlite or to a PostgreSQL server.
import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaCliPGlite } from "./prisma/pglite-cli-adapter";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  // PRISMA_PGLITE_DIR points the CLI at an existing PGlite folder (used by scripts/check-migrations.ts).
  adapter: async () => new PrismaCliPGlite(process.env.PRISMA_PGLITE_DIR ?? "memory://"),
});
