// Kab/kota as the admin oversees them (/admin/wilayah): how many schools each has, how many active
// district operators answer them, and how many tickets are running there. A kab/kota with active
// schools but no active DINAS operator is a gap: its schools' questions reach no one until the
// escalation clock forwards them to the helpdesk. Server-driven table (docs/conventions.md, rule 8): the search
// params go in unparsed and come out validated.
import "server-only";
import { z } from "zod";
import type { Prisma, PrismaClient } from "@/lib/server/generated/prisma/client";
import type { ListPage } from "./admin-queries";

export const REGENCY_PAGE_SIZE = 50;
export const OPERATOR_FILTERS = ["tanpa"] as const;

const optionalText = (max: number) => z.string().trim().min(1).max(max).optional().catch(undefined);

export const regencyListQuerySchema = z
  .object({
    /** A province code ("33"). */
    prov: z
      .string()
      .regex(/^\d{2}$/)
      .optional()
      .catch(undefined),
    /** Part of the name, or a code or its start ("33.7", "3374"). */
    q: optionalText(100),
    /** "tanpa": only kab/kota with active schools and no active district operator. */
    operator: z.enum(OPERATOR_FILTERS).optional().catch(undefined),
    page: z.coerce.number().int().min(1).max(1000).catch(1),
  })
  .catch({ page: 1 });
export type RegencyListQuery = z.output<typeof regencyListQuerySchema>;

export interface RegencyRow {
  code: string;
  name: string;
  provinceName: string;
  activeSchools: number;
  activeOperators: number;
  runningTickets: number;
}

export type RegencyList = ListPage<RegencyRow, RegencyListQuery>;

const RUNNING = { state: { in: ["OPEN", "ANSWERED"] } } satisfies Prisma.TicketWhereInput;
const ACTIVE_OPERATOR = { role: "DINAS", isActive: true } satisfies Prisma.UserWhereInput;

/** The gap the page highlights: schools that can ask, and nobody at the district to answer. */
export const WITHOUT_OPERATOR: Prisma.RegencyWhereInput = {
  schools: { some: { isActive: true } },
  users: { none: ACTIVE_OPERATOR },
};

const rowSelect = {
  code: true,
  name: true,
  province: { select: { name: true } },
  _count: {
    select: {
      schools: { where: { isActive: true } },
      users: { where: ACTIVE_OPERATOR },
      tickets: { where: RUNNING },
    },
  },
} satisfies Prisma.RegencySelect;

type RowData = Prisma.RegencyGetPayload<{ select: typeof rowSelect }>;

function toRow(row: RowData): RegencyRow {
  return {
    code: row.code,
    name: row.name,
    provinceName: row.province.name,
    activeSchools: row._count.schools,
    activeOperators: row._count.users,
    runningTickets: row._count.tickets,
  };
}

/** "3374" is typed for "33.74": codes are stored with the dot. */
function codePrefix(text: string): string {
  return /^\d{3,4}$/.test(text) ? `${text.slice(0, 2)}.${text.slice(2)}` : text;
}

export function regencyListWhere(query: RegencyListQuery): Prisma.RegencyWhereInput {
  const filters: Prisma.RegencyWhereInput[] = [];
  if (query.prov) filters.push({ provinceCode: query.prov });
  if (query.q) {
    filters.push(
      /^[\d.]+$/.test(query.q)
        ? { code: { startsWith: codePrefix(query.q) } }
        : { name: { contains: query.q, mode: "insensitive" } },
    );
  }
  if (query.operator === "tanpa") filters.push(WITHOUT_OPERATOR);
  return { AND: filters };
}

export async function listRegencies(prisma: PrismaClient, input: unknown = {}): Promise<RegencyList> {
  const query = regencyListQuerySchema.parse(input);
  const where = regencyListWhere(query);
  const [total, rows] = await Promise.all([
    prisma.regency.count({ where }),
    prisma.regency.findMany({
      where,
      select: rowSelect,
      orderBy: { code: "asc" },
      skip: (query.page - 1) * REGENCY_PAGE_SIZE,
      take: REGENCY_PAGE_SIZE,
    }),
  ]);
  return { rows: rows.map(toRow), total, page: query.page, pageSize: REGENCY_PAGE_SIZE, query };
}

/** How many kab/kota have active schools and no active district operator (across the country). */
export function countRegenciesWithoutOperator(prisma: PrismaClient): Promise<number> {
  return prisma.regency.count({ where: WITHOUT_OPERATOR });
}

export interface ProvinceChoice {
  code: string;
  name: string;
}

export function listProvinces(prisma: PrismaClient): Promise<ProvinceChoice[]> {
  return prisma.province.findMany({ select: { code: true, name: true }, orderBy: { code: "asc" } });
}

export interface DinasOperator {
  id: string;
  username: string;
  displayName: string;
  isActive: boolean;
  mustChangePassword: boolean;
  lastSignInAt: Date | null;
}

export interface RegencyDetail extends RegencyRow {
  provinceCode: string;
  allSchools: number;
  /** Running school tickets still at the district (its inbox). */
  runningAtDinas: number;
  /** Every DINAS account of this kab/kota, active first. */
  operators: DinasOperator[];
}

export async function getRegencyDetail(prisma: PrismaClient, code: string): Promise<RegencyDetail | null> {
  const row = await prisma.regency.findUnique({
    where: { code },
    select: { ...rowSelect, provinceCode: true, _count: { select: { ...rowSelect._count.select, schools: true } } },
  });
  if (!row) return null;
  const [activeSchools, runningAtDinas, operators] = await Promise.all([
    prisma.school.count({ where: { regencyCode: code, isActive: true } }),
    prisma.ticket.count({ where: { regencyCode: code, askerType: "SEKOLAH", tier: "DINAS", ...RUNNING } }),
    prisma.user.findMany({
      where: { regencyCode: code, role: "DINAS" },
      select: {
        id: true,
        username: true,
        displayName: true,
        isActive: true,
        mustChangePassword: true,
        lastSignInAt: true,
      },
      orderBy: [{ isActive: "desc" }, { username: "asc" }],
    }),
  ]);
  return {
    ...toRow(row),
    activeSchools,
    allSchools: row._count.schools,
    provinceCode: row.provinceCode,
    runningAtDinas,
    operators,
  };
}
