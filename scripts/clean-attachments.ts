// Removes attachment files that no message names and that are older than a day (see
// lib/server/attachments/orphans.ts). The app server does this once a day on its own; this is the same,
// by hand:  npm run attachments:clean
import { openDatabase } from "@/lib/server/database";
import { getDatabaseTarget } from "@/lib/server/config";
import { getFileStore } from "@/lib/server/attachments/file-store";
import { removeOrphanFiles } from "@/lib/server/attachments/orphans";
import { describeTarget } from "./target";

const target = getDatabaseTarget();
const db = openDatabase(target);
try {
  const { checked, removed } = await removeOrphanFiles(db.prisma);
  console.log(
    `${describeTarget(target)}; ${getFileStore().description}: ${checked} berkas lebih dari sehari diperiksa, ${removed} tanpa pesan dihapus.`,
  );
} finally {
  await db.close();
}
