// A benchmark, not a test: imports a generated 250,000-row Dapodik export into a fresh database.
//   DATABASE_URL=postgresql://postgres@127.0.0.1:5432/test npx tsx --conditions=react-server scripts/bench-import.ts [rows] [batchSize]
// Creates a new database on DATABASE_URL's server (dropped afterwards), loads the 514 kab/kota, writes
// the CSV to a temporary file, imports it, imports it again (nothing changes), and prints the figures.
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { adminQuery, createDatabase, openDatabase } from "@/lib/server/database";
import { getEnv } from "@/lib/server/config";
import { applyMigrations } from "@/lib/server/database";
import { importSchoolsFromFile, type ImportProgress } from "@/lib/server/schools/import-schools";
import { searchSchoolsForCounter } from "@/lib/server/schools/school-lookup";
import { listSchools } from "@/lib/server/schools/school-queries";
import { seedRegions } from "@/prisma/seed/regions";

const rowCount = Number(process.argv[2] ?? 250_000);
const batchSize = Number(process.argv[3] ?? 2000);
const serverUrl = getEnv().DATABASE_URL;
if (!serverUrl) {
  console.error("Benchmark ini butuh server PostgreSQL: setel DATABASE_URL=postgresql://…");
  process.exit(1);
}

const FORMS = [
  ["Taman Kanak-Kanak", "TK", 40],
  ["Kelompok Bermain", "KB", 36],
  ["Satuan PAUD Sejenis", "SPS", 10],
  ["Taman Penitipan Anak", "TPA", 2],
  ["PKBM", "PKBM", 7],
  ["Lembaga Kursus dan Pelatihan", "LKP", 4],
  ["Sanggar Kegiatan Belajar", "SKB", 1],
] as const;
const WORDS = [
  "Melati",
  "Harapan",
  "Tunas Bangsa",
  "Al-Hidayah",
  "Pertiwi",
  "Dharma Wanita",
  "Mekar Sari",
  "Permata Hati",
  "Bina Karya",
  "Cahaya",
];

/** A deterministic generator: the same file every run. */
function* lines(regencyCodes: string[]): Generator<string> {
  yield "npsn;nama;bentuk_pendidikan;status;kode_kab_kota;alamat";
  let seed = 42;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  for (let i = 1; i <= rowCount; i++) {
    let roll = next() * 100;
    const form = FORMS.find(([, , weight]) => (roll -= weight) < 0) ?? FORMS[0];
    const isDikmas = form[1] === "PKBM" || form[1] === "LKP" || form[1] === "SKB";
    const npsn = isDikmas ? `P${String(9_000_000 + i).padStart(7, "0")}` : String(70_000_000 + i);
    const word = WORDS[Math.floor(next() * WORDS.length)];
    // One name in a hundred holds the separator, so it is quoted as a real export would.
    const name = i % 100 === 0 ? `"${form[1]} ${word}; Unit ${i}"` : `${form[1]} ${word} ${i}`;
    const status = form[1] === "SKB" || next() < 0.1 ? "NEGERI" : "SWASTA";
    const regency = regencyCodes[Math.floor(next() * regencyCodes.length)];
    yield `${npsn};${name};${form[0]};${status};${regency};Jl. ${word} No. ${i % 200}, RT ${i % 12}/RW ${i % 7}`;
  }
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const name = `hd_bench_${crypto.randomBytes(4).toString("hex")}`;
const file = path.join(os.tmpdir(), `${name}.csv`);
const db = openDatabase({ kind: "postgres", url: await createDatabase(serverUrl, name) });

try {
  await applyMigrations(db.sql);
  await seedRegions(db.prisma);
  const regencyCodes = (await db.prisma.regency.findMany({ select: { code: true } })).map((r) => r.code);
  const admin = await db.prisma.user.create({
    data: { username: "admin.bench", displayName: "Admin", role: "ADMIN" },
    select: { id: true },
  });
  const actor = { userId: admin.id, role: "ADMIN" as const, schoolId: null, regencyCode: null };

  const generated = Date.now();
  const out = fs.createWriteStream(file);
  for (const line of lines(regencyCodes))
    if (!out.write(`${line}\n`)) await new Promise<void>((resolve) => out.once("drain", () => resolve()));
  await new Promise<void>((resolve) => out.end(() => resolve()));
  const size = fs.statSync(file).size;
  console.log(
    `CSV ${rowCount.toLocaleString("en")} baris (${(size / 1024 / 1024).toFixed(1)} MB) dibuat dalam ${seconds(Date.now() - generated)}`,
  );

  let lastTenth = -1;
  const onProgress = (p: ImportProgress) => {
    if (p.phase !== "write") return;
    const tenth = Math.floor((p.done / p.total) * 10);
    if (tenth !== lastTenth) {
      lastTenth = tenth;
      console.log(`  menyimpan ${p.done.toLocaleString("en")} / ${p.total.toLocaleString("en")}`);
    }
  };
  for (const run of ["impor pertama", "impor ulang (tidak ada yang berubah)"]) {
    lastTenth = -1;
    const started = Date.now();
    const result = await importSchoolsFromFile(db, file, { actor, batchSize, onProgress });
    const total = Date.now() - started;
    if (!result.ok) throw new Error(`${result.code}: ${result.message}`);
    const r = result.report;
    console.log(
      `${run}: ${seconds(total)} total (periksa ${seconds(r.checkMs)}, simpan ${seconds(r.writeMs)}), ` +
        `${Math.round(r.rows / (total / 1000)).toLocaleString("en")} baris/dtk — ` +
        `${r.inserted} baru, ${r.updated} diperbarui, ${r.unchanged} tidak berubah, ${r.rejectedCount} ditolak (batch ${batchSize})`,
    );
  }
  const schools = await db.sql.query<{ n: string }>(`SELECT count(*) AS n FROM "School"`);
  console.log(`sekolah di basis data: ${schools[0]?.n}`);
  // What a person then waits for on 250,000 schools: the counter's search and the admin's list.
  await db.sql.exec(`ANALYZE "School"`);
  for (const [label, run] of [
    ['loket: cari nama "tk melati"', () => searchSchoolsForCounter(db.prisma, "tk melati")],
    ["loket: cari NPSN", () => searchSchoolsForCounter(db.prisma, "70000123")],
    ['admin: daftar, nama memuat "harapan"', () => listSchools(db.prisma, { q: "harapan" })],
    [
      "admin: daftar Kota Semarang, bentuk KB, halaman 3",
      () => listSchools(db.prisma, { kab: "33.74", bentuk: "KB", page: "3" }),
    ],
  ] as const) {
    await run();
    const started = Date.now();
    await run();
    console.log(`${label}: ${Date.now() - started} ms`);
  }
} finally {
  await db.close();
  fs.rmSync(file, { force: true });
  await adminQuery(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
}
