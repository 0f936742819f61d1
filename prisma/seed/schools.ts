// Demo schools: realistic PAUD/Dikmas names over a handful of kab/kota in all three time zones.
// NPSNs start with 99 (P99…/K99… for Dikmas) so they never collide with real ones.
import { getDistricts } from "idn-area-data";
import type { PrismaClient } from "@/lib/server/generated/prisma/client";
import type { SchoolForm } from "@/lib/server/generated/prisma/enums";
import type { Random } from "./random";

/** Kab/kota that get demo schools (and demo district accounts), with how many schools each. */
export const DEMO_REGENCIES = [
  { code: "33.74", slug: "semarang", count: 260 }, // Kota Semarang (WIB)
  { code: "33.24", slug: "kendal", count: 220 }, // Kabupaten Kendal (WIB)
  { code: "33.76", slug: "tegal", count: 120 }, // Kota Tegal (WIB)
  { code: "32.01", slug: "bogor", count: 300 }, // Kabupaten Bogor (WIB)
  { code: "32.15", slug: "karawang", count: 200 }, // Kabupaten Karawang (WIB)
  { code: "31.71", slug: "jakpus", count: 150 }, // Kota Adm. Jakarta Pusat (WIB)
  { code: "34.04", slug: "sleman", count: 200 }, // Kabupaten Sleman (WIB)
  { code: "61.71", slug: "pontianak", count: 110 }, // Kota Pontianak (WIB, Asia/Pontianak)
  { code: "73.71", slug: "makassar", count: 220 }, // Kota Makassar (WITA)
  { code: "73.06", slug: "gowa", count: 150 }, // Kabupaten Gowa (WITA)
  { code: "51.71", slug: "denpasar", count: 120 }, // Kota Denpasar (WITA)
  { code: "91.71", slug: "jayapura", count: 90 }, // Kota Jayapura (WIT)
] as const;

// Rough national shares of the unit types, estimates for believable demo data: TK ≈ 46 %, KB ≈ 42 %, SPS ≈ 11 %, TPA ≈ 1.5 %, plus Dikmas units.
const FORM_WEIGHTS: [SchoolForm, number][] = [
  ["TK", 40],
  ["KB", 36],
  ["SPS", 10],
  ["TPA", 2],
  ["PKBM", 7],
  ["LKP", 5],
];

const DAPODIK_BENTUK_ID: Partial<Record<SchoolForm, number>> = { TK: 1, KB: 2, TPA: 3, SPS: 4 };

const VILLAGES = [
  "Sukamaju",
  "Mekarsari",
  "Sukamulya",
  "Karanganyar",
  "Sidomulyo",
  "Tegalrejo",
  "Margasari",
  "Sumberejo",
  "Purwosari",
  "Kedungsari",
  "Jatisari",
  "Ngaliyan",
  "Tanjungsari",
  "Cikarang",
  "Sindangsari",
  "Banjarsari",
];
const FLOWERS = [
  "Melati",
  "Dahlia",
  "Teratai",
  "Pelangi",
  "Mekar",
  "Mawar",
  "Anggrek",
  "Kenanga",
  "Cempaka",
  "Flamboyan",
];
const KB_NAMES = [
  "Al-Hidayah",
  "Tunas Bangsa",
  "Mekar Sari",
  "Al-Munawwarah",
  "Wardah",
  "Nurjanah",
  "Ceria",
  "Bintang Kecil",
  "Permata Bunda",
  "Harapan Ibu",
  "Insan Mulia",
  "Al-Ikhlas",
];
const TK_PATTERNS = [
  (n: number, place: string) => `TK Negeri ${n} ${place}`,
  (n: number) => `TK Aisyiyah Bustanul Athfal ${n}`,
  (_: number, place: string) => `TK Dharma Wanita Persatuan ${place}`,
  (n: number) => `TK Pertiwi ${n}`,
  (n: number) => `TK Bhayangkari ${n}`,
  (n: number) => `TK Kartika ${n}`,
  (_: number, place: string) => `TK Islam Terpadu Al-Fikri ${place}`,
  (n: number) => `TK Kristen Kasih ${n}`,
];
const TPA_NAMES = ["Permata Hati", "Kasih Ibu", "Tunas Harapan", "Bunda Ceria", "Buah Hati"];
const PKBM_NAMES = [
  "Bina Harapan",
  "Budi Luhur",
  "Maju Bersama",
  "Citra Mandiri",
  "Madani",
  "Harapan Bangsa",
  "Cahaya Ilmu",
  "Mitra Ilmu",
];
const LKP_FIELDS = ["Komputer", "Tata Busana", "Tata Rias", "Bahasa Inggris", "Otomotif", "Mengemudi", "Menjahit"];
const LKP_NAMES = ["Pradata", "Mutiara", "Cendekia", "Kartini", "Prima", "Bina Karya", "Gemilang"];

function pickForm(random: Random): SchoolForm {
  const total = FORM_WEIGHTS.reduce((sum, [, w]) => sum + w, 0);
  let roll = random.next() * total;
  for (const [form, weight] of FORM_WEIGHTS) {
    roll -= weight;
    if (roll < 0) return form;
  }
  return "TK";
}

function shortRegencyName(name: string) {
  return name.replace(/^Kabupaten /, "").replace(/^Kota (Administrasi )?/, "");
}

function schoolName(form: SchoolForm, random: Random, kecamatan: string, n: number): string {
  const desa = random.pick(VILLAGES);
  switch (form) {
    case "TK":
      return random.pick(TK_PATTERNS)(n, random.chance(0.5) ? kecamatan : desa);
    case "KB":
      return `KB ${random.pick(KB_NAMES)} ${desa}`;
    case "TPA":
      return `TPA ${random.pick(TPA_NAMES)} ${kecamatan}`;
    case "SPS":
      return `SPS Pos PAUD ${random.pick(FLOWERS)} ${desa}`;
    case "PKBM":
      return `PKBM ${random.pick(PKBM_NAMES)} ${kecamatan}`;
    case "LKP":
      return `LKP ${random.pick(LKP_NAMES)} ${random.pick(LKP_FIELDS)} ${kecamatan}`;
    case "SKB":
      return `SPNF SKB ${kecamatan}`;
  }
}

interface SchoolRow {
  npsn: string;
  name: string;
  form: SchoolForm;
  dapodikBentukId: number | null;
  status: "NEGERI" | "SWASTA";
  regencyCode: string;
  address: string;
}

export async function seedSchools(prisma: PrismaClient, random: Random) {
  const districts = (await getDistricts({ transform: true })) as unknown as { regencyCode: string; name: string }[];
  const regencies = await prisma.regency.findMany({
    where: { code: { in: DEMO_REGENCIES.map((r) => r.code) } },
    select: { code: true, name: true },
  });
  const counters = { numeric: 0, dikmas: 0 };
  const rows: SchoolRow[] = [];
  for (const demo of DEMO_REGENCIES) {
    const regency = regencies.find((r) => r.code === demo.code);
    if (!regency) throw new Error(`Kab/kota demo ${demo.code} tidak ada di data wilayah`);
    const kecamatans = districts.filter((d) => d.regencyCode === demo.code).map((d) => d.name);
    const taken = new Set<string>();
    // One SKB per kab/kota (a UPT of the dinas), negeri.
    const forms: SchoolForm[] = ["SKB", ...Array.from({ length: demo.count - 1 }, () => pickForm(random))];
    forms.forEach((form, index) => {
      const kecamatan = random.pick(kecamatans.length ? kecamatans : [shortRegencyName(regency.name)]);
      let name =
        form === "SKB" ? `UPTD SPNF SKB ${regency.name}` : schoolName(form, random, kecamatan, random.int(1, 12));
      if (taken.has(name)) name = `${name} ${index}`;
      taken.add(name);
      const isDikmas = form === "PKBM" || form === "SKB" || form === "LKP";
      const npsn = isDikmas
        ? `${form === "LKP" ? "K" : "P"}99${String(++counters.dikmas).padStart(5, "0")}`
        : `99${String(++counters.numeric).padStart(6, "0")}`;
      rows.push({
        npsn,
        name,
        form,
        dapodikBentukId: DAPODIK_BENTUK_ID[form] ?? null,
        status: form === "SKB" || name.includes("Negeri") ? "NEGERI" : "SWASTA",
        regencyCode: demo.code,
        address: `Jl. ${random.pick(["Merdeka", "Pemuda", "Diponegoro", "Sudirman", "Kartini", "Pahlawan", "Veteran"])} No. ${random.int(1, 200)}, Kec. ${kecamatan}`,
      });
    });
  }
  await prisma.school.createMany({ data: rows, skipDuplicates: true });
  return rows.length;
}
