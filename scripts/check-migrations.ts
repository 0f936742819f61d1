// npm run db:check — fails when prisma/schema.prisma and prisma/migrations disagree (Prisma's own diff).
import { prismaMigrateDiff } from "./prisma-diff";

const sql = prismaMigrateDiff(["--script"]);
if (/\b(CREATE|ALTER|DROP)\b/.test(sql)) {
  console.error("schema.prisma dan prisma/migrations tidak sama. Buat migrasi: npm run db:new-migration -- <nama>\n");
  console.error(sql.trim());
  process.exit(1);
}
console.log("schema.prisma cocok dengan prisma/migrations.");
