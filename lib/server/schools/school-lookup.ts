// Finding a visitor at the ULT counter: a school by its NPSN (exact) or its name (prefix first, then
// anywhere in the name), or a district office by its kab/kota. DTOs only.
import "server-only";
import { normalizeNpsn } from "@/lib/domain/npsn";
import type { Prisma, PrismaClient } from "../generated/prisma/client";
import { NAME_SEARCH_MIN, type SchoolForm, type SchoolStatus } from "@/lib/shared/schools";

export const COUNTER_RESULT_LIMIT = 10;

export interface SchoolChoice {
  id: string;
  npsn: string;
  name: string;
  form: SchoolForm;
  status: SchoolStatus;
  isActive: boolean;
  regencyCode: string;
  regencyName: string;
  provinceName: string;
}

export interface CounterSearch {
  /** The text searched for, trimmed ("" = nothing searched yet). */
  query: string;
  kind: "none" | "npsn" | "name" | "tooShort";
  rows: SchoolChoice[];
}

const choiceSelect = {
  id: true,
  npsn: true,
  name: true,
  form: true,
  status: true,
  isActive: true,
  regencyCode: true,
  regency: { select: { name: true, province: { select: { name: true } } } },
} satisfies Prisma.SchoolSelect;

type ChoiceRow = Prisma.SchoolGetPayload<{ select: typeof choiceSelect }>;

function toChoice({ regency, ...school }: ChoiceRow): SchoolChoice {
  return { ...school, regencyName: regency.name, provinceName: regency.province.name };
}

export async function findSchoolByNpsn(prisma: PrismaClient, text: string): Promise<SchoolChoice | null> {
  const npsn = normalizeNpsn(text);
  if (!npsn) return null;
  const row = await prisma.school.findUnique({ where: { npsn }, select: choiceSelect });
  return row ? toChoice(row) : null;
}

/**
 * Up to 10 schools for what the visitor says: an NPSN finds that one school (also an inactive one, so
 * the counter can tell the visitor why it cannot be chosen); a name finds active schools whose name
 * starts with it, then those that contain it.
 */
export async function searchSchoolsForCounter(prisma: PrismaClient, input: string | undefined): Promise<CounterSearch> {
  const query = (input ?? "").trim().replace(/\s+/g, " ").slice(0, 100);
  if (query === "") return { query, kind: "none", rows: [] };
  if (normalizeNpsn(query)) {
    const school = await findSchoolByNpsn(prisma, query);
    return { query, kind: "npsn", rows: school ? [school] : [] };
  }
  if (query.length < NAME_SEARCH_MIN) return { query, kind: "tooShort", rows: [] };

  const orderBy = [{ name: "asc" as const }, { npsn: "asc" as const }];
  const prefix = await prisma.school.findMany({
    where: { isActive: true, name: { startsWith: query, mode: "insensitive" } },
    select: choiceSelect,
    orderBy,
    take: COUNTER_RESULT_LIMIT,
  });
  const rest =
    prefix.length < COUNTER_RESULT_LIMIT
      ? await prisma.school.findMany({
          where: {
            isActive: true,
            name: { contains: query, mode: "insensitive" },
            NOT: { name: { startsWith: query, mode: "insensitive" } },
          },
          select: choiceSelect,
          orderBy,
          take: COUNTER_RESULT_LIMIT - prefix.length,
        })
      : [];
  return { query, kind: "name", rows: [...prefix, ...rest].map(toChoice) };
}

export interface RegencyChoice {
  code: string;
  name: string;
  provinceName: string;
}

export async function findRegency(prisma: PrismaClient, code: string | undefined): Promise<RegencyChoice | null> {
  if (!code || !/^\d{2}\.\d{2}$/.test(code.trim())) return null;
  const row = await prisma.regency.findUnique({
    where: { code: code.trim() },
    select: { code: true, name: true, province: { select: { name: true } } },
  });
  return row ? { code: row.code, name: row.name, provinceName: row.province.name } : null;
}
