// Checks a username and password. Issued accounts (dinas, helpdesk, supervisor, admin) by their
// argon2id hash; school operators through the Dapodik authenticator (the Dapodik service, or local
// accounts where there is none), which also creates the operator's account on the first successful
// sign-in and links it to the school by NPSN.
import "server-only";
import { retryMessage } from "@/lib/domain/sign-in-throttle";
import type { Role } from "@/lib/domain/types";
import { recordAudit } from "@/lib/server/admin";
import type { DapodikAuthenticator } from "../dapodik/types";
import type { PrismaClient } from "../generated/prisma/client";
import { verifyPassword } from "@/lib/server/accounts";
import { startSession } from "./sessions";
import { countSignInAttempt, refundSignInAttempt, signInSucceeded } from "./throttle";

export const WRONG_CREDENTIALS_MESSAGE = "Nama pengguna atau kata sandi salah.";
/** An e-mail address is at most 254 characters; no username is longer. Checked before anything is written. */
export const MAX_USERNAME_LENGTH = 254;
/** Far above any real password (issued ones are at most 128); a longer one is refused before hashing or a Dapodik call. */
export const MAX_PASSWORD_LENGTH = 256;
const INACTIVE_MESSAGE =
  "Akun Anda sudah dinonaktifkan. Hubungi tim Helpdesk (operator dinas) atau Dinas Pendidikan kabupaten/kota Anda (operator sekolah).";

export interface SignedInUser {
  id: string;
  role: Role;
  displayName: string;
  sessionVersion: number;
}

export type SignInOutcome =
  | { ok: true; user: SignedInUser; sessionId: string }
  | {
      ok: false;
      code: "INVALID_CREDENTIALS" | "THROTTLED" | "INACTIVE" | "NPSN_UNKNOWN" | "DAPODIK_UNAVAILABLE";
      message: string;
    };

export interface SignInDeps {
  prisma: PrismaClient;
  /** How school operators are checked: HTTP (DAPODIK_AUTH_URL) or local accounts. */
  dapodik: DapodikAuthenticator;
  now: Date;
}

/** Normalised username: Dapodik usernames are e-mail addresses, matched case-insensitively. */
export function normalizeUsername(username: string): string {
  return username.trim().toLowerCase();
}

export async function signInWithPassword(
  deps: SignInDeps,
  input: { username: string; password: string; ipAddress: string; userAgent?: string | null },
): Promise<SignInOutcome> {
  const { prisma, now } = deps;
  const username = normalizeUsername(input.username);
  const { password, ipAddress } = input;
  if (!username || !password)
    return { ok: false, code: "INVALID_CREDENTIALS", message: "Isi nama pengguna dan kata sandi." };
  if (username.length > MAX_USERNAME_LENGTH) {
    return {
      ok: false,
      code: "INVALID_CREDENTIALS",
      message: `Nama pengguna terlalu panjang (paling banyak ${MAX_USERNAME_LENGTH} karakter).`,
    };
  }
  if (password.length > MAX_PASSWORD_LENGTH) {
    return {
      ok: false,
      code: "INVALID_CREDENTIALS",
      message: `Kata sandi terlalu panjang (paling banyak ${MAX_PASSWORD_LENGTH} karakter).`,
    };
  }

  // Counted before the password is checked: parallel guesses cannot all pass the check together.
  const until = await countSignInAttempt(prisma, username, ipAddress, now);
  if (until) {
    await recordAudit(prisma, { action: "SIGN_IN_THROTTLED", username, ipAddress, at: now });
    return { ok: false, code: "THROTTLED", message: retryMessage(until, now) };
  }

  const fail = async (): Promise<SignInOutcome> => {
    await recordAudit(prisma, {
      action: "SIGN_IN_FAILED",
      username,
      ipAddress,
      at: now,
      detail: { reason: "credentials" },
    });
    return { ok: false, code: "INVALID_CREDENTIALS", message: WRONG_CREDENTIALS_MESSAGE };
  };
  const inactive = async (userId: string): Promise<SignInOutcome> => {
    await refundSignInAttempt(prisma, username, ipAddress, now);
    await recordAudit(prisma, {
      action: "SIGN_IN_FAILED",
      targetUserId: userId,
      username,
      ipAddress,
      at: now,
      detail: { reason: "inactive" },
    });
    return { ok: false, code: "INACTIVE", message: INACTIVE_MESSAGE };
  };

  const user = await prisma.user.findUnique({
    where: { username },
    select: { id: true, role: true, passwordHash: true, isActive: true, sessionVersion: true, displayName: true },
  });

  if (user && user.role !== "SEKOLAH") {
    if (!user.passwordHash || !(await verifyPassword(user.passwordHash, password))) return fail();
    if (!user.isActive) return inactive(user.id);
    return succeed(deps, user, { username, ipAddress, userAgent: input.userAgent });
  }

  {
    const verification = await deps.dapodik.verify(username, password);
    if (!verification.ok) {
      if (verification.reason === "REFUSED") return fail();
      await refundSignInAttempt(prisma, username, ipAddress, now);
      await recordAudit(prisma, {
        action: "SIGN_IN_FAILED",
        username,
        ipAddress,
        at: now,
        detail: { reason: `dapodik:${verification.reason}` },
      });
      return { ok: false, code: "DAPODIK_UNAVAILABLE", message: verification.message };
    }
    const school = await prisma.school.findUnique({ where: { npsn: verification.npsn }, select: { id: true } });
    if (!school) {
      await refundSignInAttempt(prisma, username, ipAddress, now);
      await recordAudit(prisma, {
        action: "SIGN_IN_FAILED",
        username,
        ipAddress,
        at: now,
        detail: { reason: "npsn_unknown", npsn: verification.npsn },
      });
      return {
        ok: false,
        code: "NPSN_UNKNOWN",
        message: `Akun Dapodik Anda sah, tetapi NPSN ${verification.npsn} belum terdaftar di Helpdesk. Hubungi Dinas Pendidikan kabupaten/kota Anda agar data satuan pendidikan diperbarui.`,
      };
    }
    if (user && !user.isActive) return inactive(user.id);
    const linked = await prisma.user.upsert({
      where: { username },
      create: { username, displayName: verification.operatorName, role: "SEKOLAH", schoolId: school.id },
      update: { displayName: verification.operatorName, schoolId: school.id },
      select: { id: true, role: true, sessionVersion: true, displayName: true },
    });
    if (!user) {
      await recordAudit(prisma, {
        action: "DAPODIK_ACCOUNT_LINKED",
        targetUserId: linked.id,
        username,
        ipAddress,
        at: now,
        detail: { npsn: verification.npsn },
      });
    }
    return succeed(deps, linked, { username, ipAddress, userAgent: input.userAgent });
  }
}

async function succeed(
  deps: SignInDeps,
  user: SignedInUser,
  { username, ipAddress, userAgent }: { username: string; ipAddress: string; userAgent?: string | null },
): Promise<SignInOutcome> {
  const { prisma, now } = deps;
  await signInSucceeded(prisma, username, ipAddress, now);
  await prisma.user.update({ where: { id: user.id }, data: { lastSignInAt: now } });
  const sessionId = await startSession(prisma, user.id, now, userAgent);
  await recordAudit(prisma, {
    action: "SIGN_IN",
    actorId: user.id,
    targetUserId: user.id,
    username,
    ipAddress,
    at: now,
  });
  return {
    ok: true,
    user: { id: user.id, role: user.role, displayName: user.displayName, sessionVersion: user.sessionVersion },
    sessionId,
  };
}
