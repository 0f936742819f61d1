"use server";

// Category administration. Each action is a public POST endpoint: createAction authenticates, checks
// `admin.manage` and validates with the service's own schema; lib/server/admin/category-admin.ts checks
// again, does the work and writes the audit entry.
import { revalidatePath } from "next/cache";
import {
  createCategory,
  createCategorySchema,
  setCategoryActive,
  setCategoryActiveSchema,
  updateCategory,
  updateCategorySchema,
} from "@/lib/server/admin";
import { getPrisma } from "@/lib/server/database";
import { createAction } from "./safe-action";
import { failureResult } from "./service-result";

export const createCategoryAction = createAction(
  createCategorySchema,
  async (input, user) => {
    const result = await createCategory(getPrisma(), user.actor, input);
    if (!result.ok) return failureResult(result);
    revalidatePath("/admin/kategori", "layout");
    return {
      ok: true,
      message: `Kategori ${result.code} ditambahkan. Kategori ini langsung ditawarkan di formulir tiket baru.`,
    };
  },
  { permission: "admin.manage" },
);

export const updateCategoryAction = createAction(
  updateCategorySchema,
  async (input, user) => {
    const result = await updateCategory(getPrisma(), user.actor, input);
    if (!result.ok) return failureResult(result);
    revalidatePath("/admin/kategori", "layout");
    return { ok: true, message: result.changed ? "Perubahan disimpan." : "Tidak ada yang berubah." };
  },
  { permission: "admin.manage" },
);

export const setCategoryActiveAction = createAction(
  setCategoryActiveSchema,
  async (input, user) => {
    const result = await setCategoryActive(getPrisma(), user.actor, input);
    if (!result.ok) return failureResult(result);
    revalidatePath("/admin/kategori", "layout");
    return {
      ok: true,
      message: input.active
        ? "Kategori diaktifkan kembali: ditawarkan lagi di formulir tiket baru."
        : "Kategori dipensiunkan: tidak ditawarkan lagi untuk tiket baru; tiket lamanya tetap memakai nama kategori ini.",
    };
  },
  { permission: "admin.manage" },
);
