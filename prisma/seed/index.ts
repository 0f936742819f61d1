// The demo data set: every province and kab/kota, 2,000+ schools, accounts for every role,
// categories and tickets in every state and tier. Deterministic for a given `now`.
import type { PrismaClient } from "@/lib/server/generated/prisma/client";
import type { ClockDurations } from "@/lib/domain/types";
import { seedCategories } from "./categories";
import { createRandom } from "./random";
import { seedRegions } from "./regions";
import { seedSchools } from "./schools";
import { seedTickets } from "./tickets";
import { seedUsers } from "./users";

export interface SeedSummary {
  provinces: number;
  regencies: number;
  schools: number;
  users: number;
  categories: number;
  tickets: number;
}

export async function isSeeded(prisma: PrismaClient): Promise<boolean> {
  return (await prisma.user.count({ where: { role: "ADMIN" } })) > 0;
}

export async function seedDemo(
  prisma: PrismaClient,
  options: { now: Date; durations: ClockDurations },
): Promise<SeedSummary> {
  const random = createRandom(20260717);
  const regions = await seedRegions(prisma);
  const categories = await seedCategories(prisma);
  const schools = await seedSchools(prisma, random);
  const users = await seedUsers(prisma);
  const tickets = await seedTickets(prisma, { random, users, categories, ...options });
  return {
    ...regions,
    schools,
    users: await prisma.user.count(),
    categories: categories.size,
    tickets,
  };
}
