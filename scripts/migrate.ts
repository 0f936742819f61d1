// npm run db:migrate — applies pending migrations to DATABASE_URL, or to the embedded PGlite folder.
import { openDatabase } from "@/lib/server/database";
import { getDatabaseTarget } from "@/lib/server/config";
import { applyMigrations } from "@/lib/server/database";
import { getClockDurations, loadSettings } from "@/lib/server/settings";
import { refreshDeadlines } from "@/lib/server/tickets/deadline-column";
import { describeTarget } from "./target";

const target = getDatabaseTarget();
const db = openDatabase(target);
try {
  const report = await applyMigrations(db.sql);
  const what = report.applied.length ? `diterapkan: ${report.applied.join(", ")}` : "tidak ada migrasi baru";
  console.log(`Migrasi ${describeTarget(target)}: ${what} (${report.alreadyApplied} sudah ada).`);
  // Derived columns a migration adds are filled with the installation's clock durations.
  await loadSettings(db.prisma);
  const refreshed = await refreshDeadlines(db.prisma, getClockDurations());
  if (refreshed > 0) console.log(`Tenggat berikutnya ditulis pada ${refreshed} tiket berjalan.`);
} finally {
  await db.close();
}
