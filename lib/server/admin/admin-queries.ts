// Read models for the admin pages: accounts (counts, list, detail), kab/kota options and the audit log.
// Tables are server-driven (docs/conventions.md, rule 8): the page's search params go in unparsed and come out
// validated, a bad or tampered value falling back to its default. DTOs only (docs/conventions.md, rule 5): no query
// here reads passwordHash — whether an account has a local password is asked of the database instead.
import "server-only";
import { z } from "zod";
import { isCalendarDay } from "@/lib/domain/calendar-day";
import { normalizeNpsn } from "@/lib/domain/npsn";
import { ROLES, type Role } from "@/lib/domain/types";
import { AUDIT_ACTIONS } from "@/lib/shared/audit-actions";
import type { Prisma, PrismaClient } from "@/lib/server/generated/prisma/client";

export const ACCOUNT_PAGE_SIZE = 25;
export const AUDIT_PAGE_SIZE = 50;
export const RECENT_AUDIT_LIMIT = 20;

const optionalText = (max: number) => z.string().trim().min(1).max(max).optional().catch(undefined);
const pageField = z.coerce.number().int().min(1).max(100_000).catch(1);

// ---------------------------------------------------------------------------------------------- accounts

export const ACCOUNT_STATUSES = ["active", "inactive"] as const;
export type AccountStatus = (typeof ACCOUNT_STATUSES)[number];

export const accountListQuerySchema = z
  .object({
    role: z.enum(ROLES).optional().catch(undefined),
    /** A kab/kota code (or its prefix: "33" = every kab/kota of Jawa Tengah) or part of its name. */
    regency: optionalText(100),
    /** Part of the username or display name, or a school's NPSN. */
    q: optionalText(100),
    status: z.enum(ACCOUNT_STATUSES).optional().catch(undefined),
    page: pageField,
  })
  .catch({ page: 1 });
export type AccountListQuery = z.output<typeof accountListQuerySchema>;

export interface AccountRow {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  isActive: boolean;
  mustChangePassword: boolean;
  /** Issued accounts (and local demo school accounts) have one; Dapodik-linked school accounts do not. */
  hasLocalPassword: boolean;
  lastSignInAt: Date | null;
  /** DINAS: the district office's kab/kota. */
  regency: { code: string; name: string } | null;
  /** SEKOLAH: the operator's school. */
  school: { npsn: string; name: string; regencyName: string } | null;
}

export interface ListPage<Row, Query> {
  rows: Row[];
  total: number;
  page: number;
  pageSize: number;
  /** The filters actually applied, after validation (for the form and the paging links). */
  query: Query;
}

export type AccountList = ListPage<AccountRow, AccountListQuery>;

const accountRowSelect = {
  id: true,
  username: true,
  displayName: true,
  role: true,
  isActive: true,
  mustChangePassword: true,
  lastSignInAt: true,
  regency: { select: { code: true, name: true } },
  school: { select: { npsn: true, name: true, regency: { select: { name: true } } } },
} satisfies Prisma.UserSelect;

type AccountRowData = Prisma.UserGetPayload<{ select: typeof accountRowSelect }>;

function toAccountRow(row: AccountRowData, withLocalPassword: ReadonlySet<string>): AccountRow {
  const { school, ...rest } = row;
  return {
    ...rest,
    hasLocalPassword: withLocalPassword.has(row.id),
    school: school ? { npsn: school.npsn, name: school.name, regencyName: school.regency.name } : null,
  };
}

/** Which of these accounts have a local password, without reading a single hash. */
async function idsWithLocalPassword(prisma: PrismaClient, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await prisma.user.findMany({
    where: { id: { in: ids }, passwordHash: { not: null } },
    select: { id: true },
  });
  return new Set(rows.map((row) => row.id));
}

function regencyWhere(text: string): Prisma.UserWhereInput {
  const match: Prisma.RegencyWhereInput = /^[\d.]+$/.test(text)
    ? { code: { startsWith: text } }
    : { name: { contains: text, mode: "insensitive" } };
  return { OR: [{ regency: { is: match } }, { school: { is: { regency: match } } }] };
}

function searchWhere(q: string): Prisma.UserWhereInput {
  const npsn = normalizeNpsn(q);
  return {
    OR: [
      { username: { contains: q, mode: "insensitive" } },
      { displayName: { contains: q, mode: "insensitive" } },
      ...(npsn ? [{ school: { is: { npsn } } }] : []),
    ],
  };
}

export function accountListWhere(query: AccountListQuery): Prisma.UserWhereInput {
  const filters: Prisma.UserWhereInput[] = [];
  if (query.role) filters.push({ role: query.role });
  if (query.status) filters.push({ isActive: query.status === "active" });
  if (query.regency) filters.push(regencyWhere(query.regency));
  if (query.q) filters.push(searchWhere(query.q));
  return { AND: filters };
}

/**
 * One page of accounts, sorted by role then username. The Role enum is declared SEKOLAH … ADMIN, and
 * PostgreSQL sorts enums in declaration order, so "desc" puts the few issued accounts (admin, supervisor,
 * helpdesk, dinas) before the many school operators.
 */
export async function listAccounts(prisma: PrismaClient, input: unknown = {}): Promise<AccountList> {
  const query = accountListQuerySchema.parse(input);
  const where = accountListWhere(query);
  const [total, rows] = await Promise.all([
    prisma.user.count({ where }),
    prisma.user.findMany({
      where,
      select: accountRowSelect,
      orderBy: [{ role: "desc" }, { username: "asc" }],
      skip: (query.page - 1) * ACCOUNT_PAGE_SIZE,
      take: ACCOUNT_PAGE_SIZE,
    }),
  ]);
  const withLocalPassword = await idsWithLocalPassword(
    prisma,
    rows.map((row) => row.id),
  );
  return {
    rows: rows.map((row) => toAccountRow(row, withLocalPassword)),
    total,
    page: query.page,
    pageSize: ACCOUNT_PAGE_SIZE,
    query,
  };
}

export type AccountCounts = Record<Role, { active: number; inactive: number }>;

export async function countAccountsByRole(prisma: PrismaClient): Promise<AccountCounts> {
  const groups = await prisma.user.groupBy({ by: ["role", "isActive"], _count: { _all: true } });
  const counts = Object.fromEntries(ROLES.map((role) => [role, { active: 0, inactive: 0 }])) as AccountCounts;
  for (const group of groups) counts[group.role][group.isActive ? "active" : "inactive"] = group._count._all;
  return counts;
}

export interface AccountDetail extends AccountRow {
  email: string | null;
  phone: string | null;
  createdAt: Date;
  provinceName: string | null;
  /** The latest audit entries about this account, newest first. */
  recentAudit: AuditRow[];
}

export async function getAccountDetail(prisma: PrismaClient, id: string): Promise<AccountDetail | null> {
  const row = await prisma.user.findUnique({
    where: { id },
    select: {
      ...accountRowSelect,
      email: true,
      phone: true,
      createdAt: true,
      regency: { select: { code: true, name: true, province: { select: { name: true } } } },
      school: {
        select: { npsn: true, name: true, regency: { select: { name: true, province: { select: { name: true } } } } },
      },
    },
  });
  if (!row) return null;
  const [withLocalPassword, recentAudit] = await Promise.all([
    idsWithLocalPassword(prisma, [row.id]),
    // By target only: that column is indexed (with `at`); the log grows with every sign-in.
    loadAuditRows(prisma, { where: { targetUserId: id }, take: RECENT_AUDIT_LIMIT }),
  ]);
  const { email, phone, createdAt, regency, school, ...base } = row;
  return {
    ...toAccountRow(
      { ...base, regency: regency && { code: regency.code, name: regency.name }, school },
      withLocalPassword,
    ),
    email,
    phone,
    createdAt,
    provinceName: (school?.regency ?? regency)?.province.name ?? null,
    recentAudit,
  };
}

export interface ProvinceOption {
  code: string;
  name: string;
  regencies: { code: string; name: string }[];
}

/** Every kab/kota grouped by province, for the DINAS account form. */
export async function listRegencyOptions(prisma: PrismaClient): Promise<ProvinceOption[]> {
  return prisma.province.findMany({
    select: { code: true, name: true, regencies: { select: { code: true, name: true }, orderBy: { code: "asc" } } },
    orderBy: { code: "asc" },
  });
}

// ------------------------------------------------------------------------------------------- audit log

const dateField = z.string().refine(isCalendarDay).optional().catch(undefined);

export const auditListQuerySchema = z
  .object({
    action: z.enum(AUDIT_ACTIONS).optional().catch(undefined),
    /** Part of the username recorded with the entry (the one typed at sign-in, or the account acted on). */
    username: optionalText(100),
    /** yyyy-mm-dd, a day in Asia/Jakarta (WIB); both ends inclusive. */
    from: dateField,
    to: dateField,
    page: pageField,
  })
  .catch({ page: 1 });
export type AuditListQuery = z.output<typeof auditListQuerySchema>;

export interface AuditRow {
  id: string;
  at: Date;
  /** One of AUDIT_ACTIONS; kept as text so an entry written by a newer version still shows. */
  action: string;
  actorUsername: string | null;
  targetUserId: string | null;
  targetUsername: string | null;
  /** The username recorded with the entry: for a failed sign-in, what was typed. */
  username: string | null;
  ipAddress: string | null;
  detail: Record<string, string | number | boolean | null>;
}

export type AuditList = ListPage<AuditRow, AuditListQuery>;

// WIB is UTC+7 all year (no daylight saving), so a Jakarta day is a fixed UTC interval.
function startOfJakartaDay(yyyyMmDd: string): Date {
  return new Date(`${yyyyMmDd}T00:00:00+07:00`);
}

function shiftDays(yyyyMmDd: string, days: number): string {
  const date = new Date(`${yyyyMmDd}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

export function auditListWhere(query: AuditListQuery): Prisma.AuditLogWhereInput {
  return {
    AND: [
      query.action ? { action: query.action } : {},
      query.username ? { username: { contains: query.username, mode: "insensitive" } } : {},
      query.from ? { at: { gte: startOfJakartaDay(query.from) } } : {},
      query.to ? { at: { lt: startOfJakartaDay(shiftDays(query.to, 1)) } } : {},
    ],
  };
}

export async function listAuditEntries(prisma: PrismaClient, input: unknown = {}): Promise<AuditList> {
  const query = auditListQuerySchema.parse(input);
  const where = auditListWhere(query);
  const [total, rows] = await Promise.all([
    prisma.auditLog.count({ where }),
    loadAuditRows(prisma, { where, take: AUDIT_PAGE_SIZE, skip: (query.page - 1) * AUDIT_PAGE_SIZE }),
  ]);
  return { rows, total, page: query.page, pageSize: AUDIT_PAGE_SIZE, query };
}

/** Entries newest first, with the actor's and target's usernames (the log stores ids, not relations). */
async function loadAuditRows(
  prisma: PrismaClient,
  options: { where: Prisma.AuditLogWhereInput; take: number; skip?: number },
): Promise<AuditRow[]> {
  const entries = await prisma.auditLog.findMany({
    ...options,
    select: {
      id: true,
      at: true,
      action: true,
      actorId: true,
      targetUserId: true,
      username: true,
      ipAddress: true,
      detail: true,
    },
    orderBy: [{ at: "desc" }, { seq: "desc" }],
  });
  const ids = new Set(
    entries.flatMap((entry) => [entry.actorId, entry.targetUserId]).filter((id): id is string => id !== null),
  );
  const users = ids.size
    ? await prisma.user.findMany({ where: { id: { in: [...ids] } }, select: { id: true, username: true } })
    : [];
  const usernameOf = new Map(users.map((user) => [user.id, user.username]));
  return entries.map(({ actorId, detail, ...entry }) => ({
    ...entry,
    actorUsername: actorId ? (usernameOf.get(actorId) ?? null) : null,
    targetUsername: entry.targetUserId ? (usernameOf.get(entry.targetUserId) ?? null) : null,
    detail: flatDetail(detail),
  }));
}

/** The detail as flat key → scalar pairs; anything nested (never written today) is shown as JSON text. */
function flatDetail(detail: Prisma.JsonValue): AuditRow["detail"] {
  if (detail === null || typeof detail !== "object" || Array.isArray(detail)) return {};
  const flat: AuditRow["detail"] = {};
  for (const [key, value] of Object.entries(detail)) {
    flat[key] = value === null || typeof value !== "object" ? (value ?? null) : JSON.stringify(value);
  }
  return flat;
}
