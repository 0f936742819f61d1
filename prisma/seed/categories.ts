import type { PrismaClient } from "@/lib/server/generated/prisma/client";

// Ticket categories operators actually raise (the subjects in subjects.ts come from the same field work).
export const DEMO_CATEGORIES = [
  { code: "AKUN", name: "Akun & Hak Akses", description: "Lupa password, ganti operator, tukar akses pengguna, SSO" },
  { code: "REG", name: "Registrasi, Instalasi & Versi", description: "Kode registrasi, prefill, instalasi, patch" },
  { code: "SINK", name: "Sinkronisasi", description: "Sinkron gagal/terhenti, data belum tampil di pusat" },
  { code: "VALID", name: "Validasi & Data Invalid", description: "Validasi lokal vs pusat, aturan isian wajib" },
  { code: "PD", name: "Peserta Didik / Warga Belajar", description: "NIK, Verval PD, PD ganda, mutasi, NISN" },
  { code: "GTK", name: "PTK / GTK", description: "NUPTK, Info GTK, penugasan, status kepegawaian" },
  { code: "ROMBEL", name: "Rombel & Layanan Program", description: "Kelompok usia, rombel Paket A/B/C, tutor" },
  { code: "SP", name: "Satuan Pendidikan, NPSN & Verval SP", description: "NPSN baru/tutup, identitas lembaga" },
  { code: "SARPRAS", name: "Sarana Prasarana", description: "Tanah, bangunan, ruang, sanitasi" },
  { code: "BANTUAN", name: "Program & Bantuan", description: "BOP PAUD, BOP Kesetaraan, PIP, cut-off data" },
  { code: "INFO", name: "Informasi Umum", description: "Jadwal rilis, cut-off, surat edaran, panduan" },
] as const;

export async function seedCategories(prisma: PrismaClient) {
  await prisma.category.createMany({
    data: DEMO_CATEGORIES.map((c, index) => ({ ...c, sortOrder: index + 1 })),
    skipDuplicates: true,
  });
  const rows = await prisma.category.findMany({ select: { id: true, code: true } });
  return new Map(rows.map((r) => [r.code, r.id]));
}
