// npm run db:new-migration -- <name> — writes prisma/migrations/<timestamp>_<name>/migration.sql with
// the SQL that brings the existing migrations up to prisma/schema.prisma (Prisma's own diff, run on
// scratch PGlite databases; `prisma migrate dev` cannot run its data-loss check on PGlite here).
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { MIGRATIONS_DIR } from "@/lib/server/database";
import { prismaMigrateDiff } from "./prisma-diff";

const name = (process.argv[2] ?? "").trim();
if (!/^[a-z0-9_]+$/.test(name)) {
  console.error("Pakai: npm run db:new-migration -- nama_migrasi  (huruf kecil, angka, garis bawah)");
  process.exit(1);
}
const sql = prismaMigrateDiff(["--script"]);
if (!/\b(CREATE|ALTER|DROP)\b/.test(sql)) {
  console.log("schema.prisma sudah sesuai dengan migrasi; tidak ada migrasi baru.");
  process.exit(0);
}
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const dir = path.join(MIGRATIONS_DIR, `${stamp}_${name}`);
fs.mkdirSync(dir, { recursive: true });
fs.writeFileSync(path.join(dir, "migration.sql"), sql);
console.log(
  `Migrasi baru: ${path.relative(process.cwd(), dir)}/migration.sql — periksa isinya, lalu npm run db:migrate.`,
);
execFileSync("npx", ["prisma", "generate"], { stdio: "ignore" });
