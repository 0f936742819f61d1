// npm run db:seed — fills an empty database with the demo data (skips a database that has it).
import { openDatabase } from "@/lib/server/database";
import { getDatabaseTarget } from "@/lib/server/config";
import { getClockDurations } from "@/lib/server/settings";
import { isSeeded, seedDemo } from "@/prisma/seed";
import { describeTarget } from "./target";

const target = getDatabaseTarget();
const db = openDatabase(target);
try {
  if (await isSeeded(db.prisma)) {
    console.log(`Data demo sudah ada di ${describeTarget(target)}; tidak diisi ulang.`);
  } else {
    const started = Date.now();
    const summary = await seedDemo(db.prisma, { now: new Date(), durations: getClockDurations() });
    console.log(
      `Data demo diisi ke ${describeTarget(target)} dalam ${((Date.now() - started) / 1000).toFixed(1)} dtk: ` +
        `${summary.provinces} provinsi, ${summary.regencies} kab/kota, ${summary.schools} sekolah, ` +
        `${summary.users} akun, ${summary.categories} kategori, ${summary.tickets} tiket.`,
    );
  }
} finally {
  await db.close();
}
