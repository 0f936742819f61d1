// Issued accounts: created by a helpdesk admin with an initial password shown once; password changes,
// resets and deactivation. A reset or a deactivation bumps sessionVersion, which ends every existing
// session of that user at once (lib/server/auth/session.ts compares it on each request).
import "server-only";
import crypto from "node:crypto";
import type { Role } from "@/lib/domain/types";
import { passwordChangeRetryMessage } from "@/lib/domain/sign-in-throttle";
import { recordAudit } from "@/lib/server/admin";
import { countPasswordChangeAttempt, passwordChangeVerified } from "@/lib/server/auth/throttle";
import type { PrismaClient } from "@/lib/server/generated/prisma/client";
import { hashPassword, verifyPassword } from "./passwords";
import { isUniqueViolation } from "@/lib/server/database";

export type AccountResult<T = undefined> =
  { ok: true; data: T } | { ok: false; code: string; message: string; fieldErrors?: Record<string, string> };

// Without look-alike characters (0/O, 1/l/I), so it can be read out over the phone.
const PASSWORD_ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

export function generateInitialPassword(length = 12): string {
  const bytes = crypto.randomBytes(length);
  return Array.from(bytes, (b) => PASSWORD_ALPHABET[b % PASSWORD_ALPHABET.length]).join("");
}

/**
 * The owner changes their password. The current password is throttled like a sign-in (a stolen session
 * must not become a way to guess it: 5 tries in 15 minutes, counted before checking) and every failure is
 * audited. Success ends every session of the account, this one too.
 */
export async function changeOwnPassword(
  prisma: PrismaClient,
  userId: string,
  input: { currentPassword: string; newPassword: string },
  now: Date = new Date(),
): Promise<AccountResult> {
  const user = await prisma.user.findUnique({ where: { id: userId }, select: { passwordHash: true, username: true } });
  if (!user?.passwordHash) {
    return {
      ok: false,
      code: "NO_LOCAL_PASSWORD",
      message: "Kata sandi akun ini dikelola di Dapodik; gantilah di aplikasi Dapodik.",
    };
  }
  const failed = (reason: string) =>
    recordAudit(prisma, {
      action: "PASSWORD_CHANGE_FAILED",
      actorId: userId,
      targetUserId: userId,
      username: user.username,
      at: now,
      detail: { reason },
    });
  const until = await countPasswordChangeAttempt(prisma, userId, now);
  if (until) {
    await failed("throttled");
    const message = passwordChangeRetryMessage(until, now);
    return { ok: false, code: "THROTTLED", message, fieldErrors: { currentPassword: message } };
  }
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    await failed("wrong_current_password");
    return {
      ok: false,
      code: "INVALID_INPUT",
      message: "Kata sandi lama salah.",
      fieldErrors: { currentPassword: "Kata sandi lama salah." },
    };
  }
  await passwordChangeVerified(prisma, userId);
  if (input.newPassword === input.currentPassword) {
    return {
      ok: false,
      code: "INVALID_INPUT",
      message: "Kata sandi baru harus berbeda.",
      fieldErrors: { newPassword: "Kata sandi baru harus berbeda dari yang lama." },
    };
  }
  if (input.newPassword.toLowerCase().includes(user.username.toLowerCase())) {
    return {
      ok: false,
      code: "INVALID_INPUT",
      message: "Kata sandi terlalu mudah ditebak.",
      fieldErrors: { newPassword: "Kata sandi tidak boleh memuat nama pengguna." },
    };
  }
  await prisma.$transaction(async (tx) => {
    await tx.user.update({
      where: { id: userId },
      data: {
        passwordHash: await hashPassword(input.newPassword),
        mustChangePassword: false,
        sessionVersion: { increment: 1 },
      },
    });
    await recordAudit(tx, {
      action: "PASSWORD_CHANGED",
      actorId: userId,
      targetUserId: userId,
      username: user.username,
      at: now,
    });
  });
  return { ok: true, data: undefined };
}

const TAKEN = {
  ok: false,
  code: "INVALID_INPUT",
  message: "Nama pengguna sudah dipakai.",
  fieldErrors: { username: "Nama pengguna sudah dipakai." },
} as const;

export interface NewAccountInput {
  role: Exclude<Role, "SEKOLAH">;
  username: string;
  displayName: string;
  regencyCode: string | null;
  email: string | null;
  phone: string | null;
}

/** Creates an issued account; returns the initial password, to be shown once and never stored in clear. */
export async function createIssuedAccount(
  prisma: PrismaClient,
  adminId: string,
  input: NewAccountInput,
): Promise<AccountResult<{ id: string; initialPassword: string }>> {
  const username = input.username.trim().toLowerCase();
  if (await prisma.user.findUnique({ where: { username }, select: { id: true } })) return TAKEN;
  if (input.role === "DINAS") {
    const regency = input.regencyCode
      ? await prisma.regency.findUnique({ where: { code: input.regencyCode }, select: { code: true } })
      : null;
    if (!regency)
      return {
        ok: false,
        code: "INVALID_INPUT",
        message: "Pilih kabupaten/kota.",
        fieldErrors: { regencyCode: "Pilih kabupaten/kota yang terdaftar." },
      };
  }
  const initialPassword = generateInitialPassword();
  const passwordHash = await hashPassword(initialPassword);
  const user = await prisma
    .$transaction(async (tx) => {
      const created = await tx.user.create({
        data: {
          username,
          displayName: input.displayName.trim(),
          role: input.role,
          regencyCode: input.role === "DINAS" ? input.regencyCode : null,
          email: input.email,
          phone: input.phone,
          passwordHash,
          mustChangePassword: true,
        },
        select: { id: true },
      });
      await recordAudit(tx, {
        action: "ACCOUNT_CREATED",
        actorId: adminId,
        targetUserId: created.id,
        username,
        detail: { role: input.role, regencyCode: input.regencyCode },
      });
      return created;
    })
    // Two admins creating the same username at once: the unique index decides, the loser is told why.
    .catch((error: unknown) => (isUniqueViolation(error) ? null : Promise.reject(error)));
  if (!user) return TAKEN;
  return { ok: true, data: { id: user.id, initialPassword } };
}

/** A new one-time password; the user must change it at the next sign-in; existing sessions end. */
export async function resetPassword(
  prisma: PrismaClient,
  adminId: string,
  userId: string,
): Promise<AccountResult<{ initialPassword: string }>> {
  const user = await prisma.user.findUnique({ where: { id: userId }, select: { username: true, passwordHash: true } });
  if (!user) return { ok: false, code: "NOT_FOUND", message: "Akun tidak ditemukan." };
  if (!user.passwordHash)
    return { ok: false, code: "NO_LOCAL_PASSWORD", message: "Kata sandi akun ini dikelola di Dapodik." };
  const initialPassword = generateInitialPassword();
  const passwordHash = await hashPassword(initialPassword);
  await prisma.$transaction(async (tx) => {
    await tx.user.update({
      where: { id: userId },
      data: { passwordHash, mustChangePassword: true, sessionVersion: { increment: 1 } },
    });
    await recordAudit(tx, {
      action: "PASSWORD_RESET",
      actorId: adminId,
      targetUserId: userId,
      username: user.username,
    });
  });
  return { ok: true, data: { initialPassword } };
}

export async function setAccountActive(
  prisma: PrismaClient,
  adminId: string,
  userId: string,
  isActive: boolean,
): Promise<AccountResult> {
  if (userId === adminId && !isActive)
    return { ok: false, code: "INVALID_INPUT", message: "Anda tidak dapat menonaktifkan akun Anda sendiri." };
  const user = await prisma.user.findUnique({ where: { id: userId }, select: { username: true, isActive: true } });
  if (!user) return { ok: false, code: "NOT_FOUND", message: "Akun tidak ditemukan." };
  if (user.isActive === isActive) return { ok: true, data: undefined };
  await prisma.$transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { isActive, sessionVersion: { increment: 1 } } });
    await recordAudit(tx, {
      action: isActive ? "ACCOUNT_REACTIVATED" : "ACCOUNT_DEACTIVATED",
      actorId: adminId,
      targetUserId: userId,
      username: user.username,
    });
  });
  return { ok: true, data: undefined };
}
