"use server";

// Account administration. Each action is a public POST endpoint: createAction authenticates, checks
// `admin.manage` and validates; lib/server/accounts/accounts.ts does the work and writes the audit entry.
// A one-time password exists only in the returned state: never in a URL, a cookie or the database.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { createIssuedAccount, resetPassword, setAccountActive } from "@/lib/server/accounts";
import { getPrisma } from "@/lib/server/database";
import { createAction } from "./safe-action";

export type CreatedAccount = { id: string; username: string; initialPassword: string };
export type PasswordReset = { initialPassword: string };

const ISSUED_ROLES = ["DINAS", "HELPDESK", "SUPERVISOR", "ADMIN"] as const;

/** Forms send "" for an empty optional field; treat it as absent. */
const blankToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

const userIdField = z
  .string({ error: "Akun tidak dikenali." })
  .trim()
  .min(1, "Akun tidak dikenali.")
  .max(64, "Akun tidak dikenali.");

const confirmField = (message: string) => z.literal("on", { error: message });

const createAccountSchema = z
  .object({
    role: z.enum(ISSUED_ROLES, { error: "Pilih peran akun." }),
    // Lower-cased first: phone keyboards capitalise the first letter on their own.
    username: z
      .string({ error: "Nama pengguna wajib diisi." })
      .trim()
      .toLowerCase()
      .min(3, "Nama pengguna minimal 3 karakter.")
      .max(50, "Nama pengguna paling banyak 50 karakter.")
      .regex(
        /^[a-z0-9._-]+$/,
        "Nama pengguna hanya boleh berisi huruf kecil, angka, titik (.), tanda hubung (-) dan garis bawah (_), tanpa spasi.",
      ),
    displayName: z
      .string({ error: "Nama wajib diisi." })
      .trim()
      .min(3, "Nama minimal 3 karakter.")
      .max(100, "Nama paling banyak 100 karakter."),
    regencyCode: z.preprocess(
      blankToUndefined,
      z.string().trim().max(16, "Pilih kabupaten/kota dari daftar.").optional(),
    ),
    email: z.preprocess(
      blankToUndefined,
      z
        .email({ error: "Alamat email tidak sah (contoh: nama@contoh.go.id)." })
        .max(254, "Alamat email terlalu panjang.")
        .optional(),
    ),
    phone: z.preprocess(
      blankToUndefined,
      z
        .string()
        .trim()
        .regex(/^\+?[0-9][0-9 -]{6,18}[0-9]$/, "Nomor telepon tidak sah (contoh: 0812 3456 7890).")
        .optional(),
    ),
  })
  .refine((input) => input.role !== "DINAS" || input.regencyCode !== undefined, {
    path: ["regencyCode"],
    message: "Pilih kabupaten/kota untuk akun Operator Dinas.",
    // Also when another field is wrong, so the form names every missing field at once.
    when: (payload) => (payload.value as { role?: unknown }).role === "DINAS",
  });

export const createAccountAction = createAction(
  createAccountSchema,
  async (input, user) => {
    const result = await createIssuedAccount(getPrisma(), user.actor.userId, {
      role: input.role,
      username: input.username,
      displayName: input.displayName,
      regencyCode: input.role === "DINAS" ? (input.regencyCode ?? null) : null,
      email: input.email ?? null,
      phone: input.phone ?? null,
    });
    if (!result.ok) return result;
    revalidatePath("/admin", "layout");
    return {
      ok: true,
      message: "Akun dibuat.",
      data: { id: result.data.id, username: input.username, initialPassword: result.data.initialPassword },
    };
  },
  { permission: "admin.manage" },
);

const resetPasswordSchema = z.object({
  userId: userIdField,
  confirm: confirmField("Centang “Saya yakin” untuk mengatur ulang kata sandi."),
});

export const resetPasswordAction = createAction(
  resetPasswordSchema,
  async (input, user) => {
    const result = await resetPassword(getPrisma(), user.actor.userId, input.userId);
    if (!result.ok) return result;
    revalidatePath("/admin", "layout");
    return {
      ok: true,
      message: "Kata sandi diatur ulang. Semua sesi akun ini sudah diakhiri.",
      data: { initialPassword: result.data.initialPassword },
    };
  },
  { permission: "admin.manage" },
);

const setAccountActiveSchema = z
  .object({
    userId: userIdField,
    active: z
      .enum(["true", "false"], { error: "Permintaan tidak sah. Muat ulang halaman lalu coba lagi." })
      .transform((v) => v === "true"),
    confirm: confirmField("Centang “Saya yakin” untuk menonaktifkan akun ini.").optional(),
  })
  .refine((input) => input.active || input.confirm === "on", {
    path: ["confirm"],
    message: "Centang “Saya yakin” untuk menonaktifkan akun ini.",
  });

export const setAccountActiveAction = createAction(
  setAccountActiveSchema,
  async (input, user) => {
    const result = await setAccountActive(getPrisma(), user.actor.userId, input.userId, input.active);
    if (!result.ok) return result;
    revalidatePath("/admin", "layout");
    return {
      ok: true,
      message: input.active
        ? "Akun diaktifkan kembali. Pemiliknya dapat masuk lagi."
        : "Akun dinonaktifkan. Semua sesinya sudah diakhiri dan pemiliknya tidak dapat masuk sampai akun diaktifkan kembali.",
    };
  },
  { permission: "admin.manage" },
);
