// Ticket categories as the forms and filters offer them. Retired categories (isActive = false) stay
// on old tickets, so a list filter still offers them; a new question can only pick an active one.
import "server-only";
import { readRows } from "@/lib/server/database";
import { Prisma, type PrismaClient } from "@/lib/server/generated/prisma/client";

export interface CategoryOption {
  id: string;
  name: string;
  description: string | null;
  isActive: boolean;
}

const categorySelect = { id: true, name: true, description: true, isActive: true } as const;
const categoryOrder = [{ sortOrder: "asc" as const }, { name: "asc" as const }];

/** The categories a new ticket may use, in the admin's order. */
export function listActiveCategories(prisma: PrismaClient): Promise<CategoryOption[]> {
  return prisma.category.findMany({ where: { isActive: true }, select: categorySelect, orderBy: categoryOrder });
}

/** Every category, active first, for filtering lists that include old tickets (every list page reads it). */
export function listCategoriesForFilter(prisma: PrismaClient): Promise<CategoryOption[]> {
  return readRows<CategoryOption>(
    prisma,
    Prisma.sql`SELECT "id", "name", "description", "isActive" FROM "Category" ORDER BY "isActive" DESC, "sortOrder", "name"`,
  );
}
