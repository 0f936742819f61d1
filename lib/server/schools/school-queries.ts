// Read models for the admin's school pages. Server-driven (docs/conventions.md, rule 8): the URL's search params go in
// unparsed and come out validated, a bad value falling back to its default. DTOs only.
import "server-only";
import { z } from "zod";
import { normalizeNpsn } from "@/lib/domain/npsn";
import type { Prisma, PrismaClient } from "../generated/prisma/client";
import { SCHOOL_FORMS, type SchoolForm, type SchoolStatus } from "@/lib/shared/schools";

export const SCHOOL_PAGE_SIZE = 25;

const optionalText = (max: number) => z.string().trim().min(1).max(max).optional().catch(undefined);

export const schoolListQuerySchema = z
  .object({
    /** An NPSN (exact) or part of the name. */
    q: optionalText(100),
    /** A kab/kota code, e.g. 33.74. */
    kab: z
      .string()
      .trim()
      .regex(/^\d{2}\.\d{2}$/)
      .optional()
      .catch(undefined),
    bentuk: z.enum(SCHOOL_FORMS).optional().catch(undefined),
    status: z.enum(["active", "inactive"]).optional().catch(undefined),
    page: z.coerce.number().int().min(1).max(100_000).catch(1),
  })
  .catch({ page: 1 });
export type SchoolListQuery = z.output<typeof schoolListQuerySchema>;

export interface SchoolRowDto {
  id: string;
  npsn: string;
  name: string;
  form: SchoolForm;
  status: SchoolStatus;
  isActive: boolean;
  regencyCode: string;
  regencyName: string;
}

export interface SchoolList {
  rows: SchoolRowDto[];
  total: number;
  page: number;
  pageSize: number;
  query: SchoolListQuery;
}

const rowSelect = {
  id: true,
  npsn: true,
  name: true,
  form: true,
  status: true,
  isActive: true,
  regencyCode: true,
  regency: { select: { name: true } },
} satisfies Prisma.SchoolSelect;

export function schoolListWhere(query: SchoolListQuery): Prisma.SchoolWhereInput {
  const filters: Prisma.SchoolWhereInput[] = [];
  if (query.q) {
    const npsn = normalizeNpsn(query.q);
    filters.push(npsn ? { npsn } : { name: { contains: query.q, mode: "insensitive" } });
  }
  if (query.kab) filters.push({ regencyCode: query.kab });
  if (query.bentuk) filters.push({ form: query.bentuk });
  if (query.status) filters.push({ isActive: query.status === "active" });
  return { AND: filters };
}

/** One page of schools, by name (then NPSN, so pages never overlap). */
export async function listSchools(prisma: PrismaClient, input: unknown = {}): Promise<SchoolList> {
  const query = schoolListQuerySchema.parse(input);
  const where = schoolListWhere(query);
  const [total, rows] = await Promise.all([
    prisma.school.count({ where }),
    prisma.school.findMany({
      where,
      select: rowSelect,
      orderBy: [{ name: "asc" }, { npsn: "asc" }],
      skip: (query.page - 1) * SCHOOL_PAGE_SIZE,
      take: SCHOOL_PAGE_SIZE,
    }),
  ]);
  return {
    rows: rows.map(({ regency, ...row }) => ({ ...row, regencyName: regency.name })),
    total,
    page: query.page,
    pageSize: SCHOOL_PAGE_SIZE,
    query,
  };
}

export interface SchoolDetail extends SchoolRowDto {
  dapodikBentukId: number | null;
  address: string | null;
  provinceName: string;
  createdAt: Date;
  updatedAt: Date;
  operators: { id: string; username: string; displayName: string; isActive: boolean }[];
  tickets: { running: number; total: number };
}

export async function getSchoolDetail(prisma: PrismaClient, id: string): Promise<SchoolDetail | null> {
  if (typeof id !== "string" || id === "" || id.length > 64) return null;
  const row = await prisma.school.findUnique({
    where: { id },
    select: {
      ...rowSelect,
      dapodikBentukId: true,
      address: true,
      createdAt: true,
      updatedAt: true,
      regency: { select: { name: true, province: { select: { name: true } } } },
      users: {
        select: { id: true, username: true, displayName: true, isActive: true },
        orderBy: { username: "asc" },
        take: 50,
      },
    },
  });
  if (!row) return null;
  const [running, total] = await Promise.all([
    prisma.ticket.count({ where: { schoolId: id, state: { in: ["OPEN", "ANSWERED"] } } }),
    prisma.ticket.count({ where: { schoolId: id } }),
  ]);
  const { regency, users, ...school } = row;
  return {
    ...school,
    regencyName: regency.name,
    provinceName: regency.province.name,
    operators: users,
    tickets: { running, total },
  };
}
