// Ticket categories as the admin manages them (/admin/kategori): add, rename and reorder, retire and
// reactivate. A category is never deleted: a retired one stays on its old tickets (their pages and the
// reports still name it) but new tickets and the ULT counter only offer active ones
// (lib/server/tickets/categories.ts, and open-ticket/open-walk-in check it again). Each change is written
// with its audit entry in one transaction.
import "server-only";
import { z } from "zod";
import { authorize, type Actor } from "@/lib/domain";
import { recordAudit } from "./audit";
import { isUniqueViolation } from "@/lib/server/database";
import type { PrismaClient } from "@/lib/server/generated/prisma/client";
import {
  invalidField,
  invalidInput,
  refusal,
  type ServiceFailure,
  type ServiceResult,
} from "@/lib/server/tickets/results";

export const CATEGORY_NOT_FOUND = "Kategori tidak ditemukan.";
export const LAST_ACTIVE_MESSAGE =
  "Kategori ini satu-satunya yang masih aktif. Tanpa kategori aktif, tiket baru tidak dapat dibuat: tambahkan atau aktifkan kategori lain dulu.";

export interface CategoryAdminRow {
  id: string;
  code: string;
  name: string;
  description: string | null;
  sortOrder: number;
  isActive: boolean;
  ticketCount: number;
}

const rowSelect = {
  id: true,
  code: true,
  name: true,
  description: true,
  sortOrder: true,
  isActive: true,
  _count: { select: { tickets: true } },
} as const;

function toRow({
  _count,
  ...row
}: { _count: { tickets: number } } & Omit<CategoryAdminRow, "ticketCount">): CategoryAdminRow {
  return { ...row, ticketCount: _count.tickets };
}

/** Every category with its number of tickets: active ones first, each group in the forms' order. */
export async function listCategoriesForAdmin(prisma: PrismaClient): Promise<CategoryAdminRow[]> {
  const rows = await prisma.category.findMany({
    select: rowSelect,
    orderBy: [{ isActive: "desc" }, { sortOrder: "asc" }, { name: "asc" }],
  });
  return rows.map(toRow);
}

export async function getCategoryForAdmin(prisma: PrismaClient, id: string): Promise<CategoryAdminRow | null> {
  const row = await prisma.category.findUnique({ where: { id }, select: rowSelect });
  return row ? toRow(row) : null;
}

// ------------------------------------------------------------------------------------------- input

const blankToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

const nameField = z
  .string({ error: "Nama wajib diisi." })
  .trim()
  .transform((name) => name.replace(/\s+/g, " "))
  .pipe(z.string().min(3, "Nama minimal 3 karakter.").max(80, "Nama paling banyak 80 karakter."));

const descriptionField = z.preprocess(
  blankToUndefined,
  z.string().trim().max(200, "Deskripsi paling banyak 200 karakter.").optional(),
);

const ORDER_MESSAGE = "Urutan berupa bilangan bulat 0 sampai 999.";
const sortOrderField = z.preprocess(
  blankToUndefined,
  z.coerce.number({ error: ORDER_MESSAGE }).int(ORDER_MESSAGE).min(0, ORDER_MESSAGE).max(999, ORDER_MESSAGE).optional(),
);

const idField = z.string({ error: CATEGORY_NOT_FOUND }).trim().min(1, CATEGORY_NOT_FOUND).max(64, CATEGORY_NOT_FOUND);

export const createCategorySchema = z.object({
  // Upper-cased first: phone keyboards capitalise only the first letter.
  code: z
    .string({ error: "Kode wajib diisi." })
    .trim()
    .toUpperCase()
    .regex(/^[A-Z0-9_]{2,16}$/, "Kode 2–16 karakter: huruf, angka atau garis bawah, tanpa spasi (contoh: SINK)."),
  name: nameField,
  description: descriptionField,
  /** Empty: after the last category. */
  sortOrder: sortOrderField,
});
export type CreateCategoryInput = z.input<typeof createCategorySchema>;

export const updateCategorySchema = z.object({
  categoryId: idField,
  name: nameField,
  description: descriptionField,
  sortOrder: z.preprocess(
    blankToUndefined,
    z.coerce.number({ error: ORDER_MESSAGE }).int(ORDER_MESSAGE).min(0, ORDER_MESSAGE).max(999, ORDER_MESSAGE),
  ),
});
export type UpdateCategoryInput = z.input<typeof updateCategorySchema>;

export const setCategoryActiveSchema = z.object({
  categoryId: idField,
  // The form's "true"/"false", or already a boolean (the action parses before the service does).
  active: z.preprocess(
    (value) => (value === "true" ? true : value === "false" ? false : value),
    z.boolean({ error: "Permintaan tidak sah. Muat ulang halaman lalu coba lagi." }),
  ),
});
export type SetCategoryActiveInput = z.input<typeof setCategoryActiveSchema>;

// ------------------------------------------------------------------------------------------- changes

function codeTaken(code: string): ServiceFailure {
  return invalidField(
    "code",
    `Kode ${code} sudah dipakai kategori lain (juga kategori yang dipensiunkan). Pilih kode lain.`,
  );
}

/** Names are compared without regard to case or spacing: "Sinkronisasi" and "sinkronisasi " are one name. */
async function nameTakenBy(prisma: PrismaClient, name: string, exceptId?: string): Promise<string | null> {
  const other = await prisma.category.findFirst({
    where: { name: { equals: name, mode: "insensitive" }, ...(exceptId ? { id: { not: exceptId } } : {}) },
    select: { code: true },
  });
  return other?.code ?? null;
}

function nameTaken(code: string): ServiceFailure {
  return invalidField("name", `Nama ini sudah dipakai kategori ${code}. Pilih nama lain.`);
}

export async function createCategory(
  prisma: PrismaClient,
  actor: Actor,
  input: CreateCategoryInput,
): Promise<ServiceResult<{ id: string; code: string }>> {
  const allowed = authorize(actor, "admin.manage");
  if (!allowed.ok) return refusal(allowed.code, allowed.message);
  const parsed = createCategorySchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const { code, name, description } = parsed.data;

  if (await prisma.category.findUnique({ where: { code }, select: { id: true } })) return codeTaken(code);
  const sameName = await nameTakenBy(prisma, name);
  if (sameName) return nameTaken(sameName);
  const sortOrder =
    parsed.data.sortOrder ?? ((await prisma.category.aggregate({ _max: { sortOrder: true } }))._max.sortOrder ?? 0) + 1;
  try {
    const created = await prisma.$transaction(async (tx) => {
      const row = await tx.category.create({
        data: { code, name, description: description ?? null, sortOrder },
        select: { id: true },
      });
      await recordAudit(tx, { action: "CATEGORY_CREATED", actorId: actor.userId, detail: { code, name, sortOrder } });
      return row;
    });
    return { ok: true, id: created.id, code };
  } catch (error) {
    // Two admins adding the same code at once: the unique index decides, the loser is told why.
    if (isUniqueViolation(error)) return codeTaken(code);
    throw error;
  }
}

export async function updateCategory(
  prisma: PrismaClient,
  actor: Actor,
  input: UpdateCategoryInput,
): Promise<ServiceResult<{ changed: boolean }>> {
  const allowed = authorize(actor, "admin.manage");
  if (!allowed.ok) return refusal(allowed.code, allowed.message);
  const parsed = updateCategorySchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const { categoryId, name, sortOrder } = parsed.data;
  const description = parsed.data.description ?? null;

  const current = await prisma.category.findUnique({
    where: { id: categoryId },
    select: { code: true, name: true, description: true, sortOrder: true },
  });
  if (!current) return { ok: false, code: "NOT_FOUND", message: CATEGORY_NOT_FOUND };
  const sameName = await nameTakenBy(prisma, name, categoryId);
  if (sameName) return nameTaken(sameName);

  const detail: Record<string, string | number> = { code: current.code };
  if (current.name !== name) detail.name = `${current.name} → ${name}`;
  if (current.description !== description) detail.description = description === null ? "dihapus" : "diubah";
  if (current.sortOrder !== sortOrder) detail.sortOrder = `${current.sortOrder} → ${sortOrder}`;
  if (Object.keys(detail).length === 1) return { ok: true, changed: false };

  await prisma.$transaction(async (tx) => {
    await tx.category.update({ where: { id: categoryId }, data: { name, description, sortOrder } });
    await recordAudit(tx, { action: "CATEGORY_UPDATED", actorId: actor.userId, detail });
  });
  return { ok: true, changed: true };
}

/** Retires (active = false) or reactivates a category; the last active one cannot be retired. */
export async function setCategoryActive(
  prisma: PrismaClient,
  actor: Actor,
  input: SetCategoryActiveInput,
): Promise<ServiceResult<{ changed: boolean }>> {
  const allowed = authorize(actor, "admin.manage");
  if (!allowed.ok) return refusal(allowed.code, allowed.message);
  const parsed = setCategoryActiveSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const { categoryId, active } = parsed.data;

  const current = await prisma.category.findUnique({
    where: { id: categoryId },
    select: { code: true, name: true, isActive: true },
  });
  if (!current) return { ok: false, code: "NOT_FOUND", message: CATEGORY_NOT_FOUND };
  if (current.isActive === active) return { ok: true, changed: false };
  if (!active && (await prisma.category.count({ where: { isActive: true, id: { not: categoryId } } })) === 0) {
    return { ok: false, code: "INVALID_INPUT", message: LAST_ACTIVE_MESSAGE };
  }
  await prisma.$transaction(async (tx) => {
    // Conditional: of two identical clicks at once, one changes it and writes the audit entry.
    const { count } = await tx.category.updateMany({
      where: { id: categoryId, isActive: !active },
      data: { isActive: active },
    });
    if (count === 1) {
      await recordAudit(tx, {
        action: active ? "CATEGORY_REACTIVATED" : "CATEGORY_RETIRED",
        actorId: actor.userId,
        detail: { code: current.code, name: current.name },
      });
    }
  });
  return { ok: true, changed: true };
}
