// Imports schools from a Dapodik export (CSV) into the configured database, printing progress.
//   npx tsx --conditions=react-server scripts/import-schools.ts <berkas.csv> [--admin=<nama pengguna admin>] [--periksa-saja]
// The admin account (default "admin") is recorded as the actor of the SCHOOL_MOVED ticket events.
// Every rejected row goes to <berkas.csv>.ditolak.csv; the first 20 are printed too.
// Exit code: 0 imported (even with rejected rows), 1 nothing imported (broken file, busy, error), 2 usage.
import fs from "node:fs";
import { openDatabase } from "@/lib/server/database";
import { getDatabaseTarget } from "@/lib/server/config";
import { importSchoolsFromFile, type ImportProgress } from "@/lib/server/schools/import-schools";
import { rejectionsCsv } from "@/lib/shared/school-import";
import { describeTarget } from "./target";

const args = process.argv.slice(2);
const file = args.find((arg) => !arg.startsWith("--"));
const adminUsername = args.find((arg) => arg.startsWith("--admin="))?.slice("--admin=".length) ?? "admin";
const dryRun = args.includes("--periksa-saja") || args.includes("--dry-run");
if (!file || !fs.existsSync(file)) {
  console.error(
    "Pemakaian: npx tsx --conditions=react-server scripts/import-schools.ts <berkas.csv> [--admin=<nama pengguna admin>] [--periksa-saja]",
  );
  process.exit(2);
}

const count = (n: number) => n.toLocaleString("id-ID");
const isTty = process.stderr.isTTY;
let lastPrinted = 0;
function showProgress(progress: ImportProgress) {
  const text =
    progress.phase === "check"
      ? `memeriksa: ${count(progress.rows)} baris`
      : `menyimpan: ${count(progress.done)} / ${count(progress.total)} baris`;
  if (isTty) process.stderr.write(`\r${text}      `);
  else if (Date.now() - lastPrinted > 2000 || (progress.phase === "write" && progress.done === progress.total)) {
    lastPrinted = Date.now();
    console.error(text);
  }
}

const target = getDatabaseTarget();
const db = openDatabase(target);
let exitCode = 0;
try {
  const admin = await db.prisma.user.findUnique({
    where: { username: adminUsername },
    select: { id: true, role: true, isActive: true },
  });
  if (!admin || admin.role !== "ADMIN" || !admin.isActive) {
    console.error(`Akun admin aktif "${adminUsername}" tidak ada. Sebutkan dengan --admin=<nama pengguna>.`);
    exitCode = 2;
  } else {
    console.error(`Mengimpor ${file} ke ${describeTarget(target)}${dryRun ? " (periksa saja, tidak disimpan)" : ""}…`);
    const result = await importSchoolsFromFile(db, file, {
      actor: { userId: admin.id, role: "ADMIN", schoolId: null, regencyCode: null },
      dryRun,
      onProgress: showProgress,
    });
    if (isTty) process.stderr.write("\n");
    if (!result.ok) {
      console.error(`Tidak ada yang diimpor. ${result.message}`);
      exitCode = 1;
    } else {
      const r = result.report;
      const seconds = (r.checkMs + r.writeMs) / 1000;
      console.log(
        `${dryRun ? "Pemeriksaan" : "Impor"} selesai dalam ${seconds.toFixed(1)} dtk (periksa ${(r.checkMs / 1000).toFixed(1)} dtk, simpan ${(r.writeMs / 1000).toFixed(1)} dtk): ` +
          `${count(r.rows)} baris, ${count(r.inserted)} baru, ${count(r.updated)} diperbarui, ${count(r.unchanged)} tidak berubah, ` +
          `${count(r.rejectedCount)} ditolak; ${count(r.movedSchools)} sekolah pindah kab/kota membawa ${count(r.movedTickets)} tiket berjalan.`,
      );
      if (r.rejectedCount > 0) {
        const out = `${file}.ditolak.csv`;
        fs.writeFileSync(out, `\ufeff${rejectionsCsv(r.rejected)}\r\n`);
        for (const row of r.rejected.slice(0, 20))
          console.log(`  baris ${row.line}${row.npsn ? ` (NPSN ${row.npsn})` : ""}: ${row.reason}`);
        console.log(`Semua baris yang ditolak: ${out}`);
      }
    }
  }
} catch (error) {
  console.error("Impor gagal; tidak ada yang disimpan.", error);
  exitCode = 1;
} finally {
  await db.close();
}
process.exit(exitCode);
