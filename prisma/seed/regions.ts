// All 38 provinces and 514 kabupaten/kota from idn-area-data (Kepmendagri 300.2.2-2138/2025; data ODbL).
import { getProvinces, getRegencies } from "idn-area-data";
import { timeZoneOfProvince } from "@/lib/domain/time-zones";
import type { PrismaClient } from "@/lib/server/generated/prisma/client";

export async function seedRegions(prisma: PrismaClient) {
  const provinces = await getProvinces();
  const regencies = (await getRegencies({ transform: true })) as unknown as {
    code: string;
    provinceCode: string;
    name: string;
  }[];
  await prisma.province.createMany({
    data: provinces.map((p) => ({ code: p.code, name: p.name, timeZone: timeZoneOfProvince(p.code) })),
    skipDuplicates: true,
  });
  await prisma.regency.createMany({
    data: regencies.map((r) => ({ code: r.code, provinceCode: r.provinceCode, name: r.name })),
    skipDuplicates: true,
  });
  return { provinces: provinces.length, regencies: regencies.length };
}
