// npm run db:migrate — applies pending migrations to DATABASE_URL, or to the embedded PGlite folder.
import { openDatabase } from "@/lib/server/database";
import { getDatabaseTarget } from "@/lib/server/env";
import { applyMigrations } from "@/lib/server/migrate";
import { describeTarget } from "./target";

const target = getDatabaseTarget();
const db = openDatabase(target);
try {
  const report = await applyMigrations(db.sql);
  const what = report.applied.length ? `diterapkan: ${report.applied.join(", ")}` : "tidak ada migrasi baru";
  console.log(`Migrasi ${describeTarget(target)}: ${what} (${report.alreadyApplied} sudah ada).`);
} finally {
  await db.close();
}
