// The single server-side place that reads the session (STYLE.md). Every page, action and query asks
// here who is signed in; the answer is re-checked against the database on each request.
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { cache } from "react";
import { ROLE_HOME } from "@/lib/domain/roles";
import type { Actor, Role } from "@/lib/domain/types";
import { getPrisma } from "../db";
import type { PrismaClient } from "../generated/prisma/client";
import { getAuthOptions } from "./options";

export interface CurrentUser {
  actor: Actor;
  username: string;
  displayName: string;
  mustChangePassword: boolean;
  /** Whether the account has a local password (issued accounts) — Dapodik-linked accounts do not. */
  hasLocalPassword: boolean;
  schoolName: string | null;
  npsn: string | null;
  regencyName: string | null;
  /** IANA zone for showing times: the school's or district's province, else Jakarta. */
  timeZone: string;
}

/** The signed-in user, or null (no session, deactivated, or signed out everywhere by a reset). */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await getServerSession(getAuthOptions());
  if (!session?.user?.id) return null;
  return loadSessionUser(getPrisma(), session.user);
});

/**
 * The user a session token speaks for, if it still may: the account exists, is active, has the role
 * the token was issued for, and its sessionVersion was not bumped (password reset, deactivation).
 */
export async function loadSessionUser(
  prisma: PrismaClient,
  token: { id: string; sv: number; role: Role },
): Promise<CurrentUser | null> {
  const { id } = token;
  const user = await prisma.user.findUnique({
    where: { id },
    select: {
      id: true,
      role: true,
      username: true,
      displayName: true,
      isActive: true,
      sessionVersion: true,
      mustChangePassword: true,
      passwordHash: true,
      schoolId: true,
      regencyCode: true,
      school: { select: { name: true, npsn: true, regency: { select: { name: true, province: { select: { timeZone: true } } } } } },
      regency: { select: { name: true, province: { select: { timeZone: true } } } },
    },
  });
  if (!user || !user.isActive || user.sessionVersion !== token.sv || user.role !== token.role) return null;
  const regency = user.school?.regency ?? user.regency;
  return {
    actor: { userId: user.id, role: user.role, schoolId: user.schoolId, regencyCode: user.regencyCode },
    username: user.username,
    displayName: user.displayName,
    mustChangePassword: user.mustChangePassword,
    hasLocalPassword: user.passwordHash !== null,
    schoolName: user.school?.name ?? null,
    npsn: user.school?.npsn ?? null,
    regencyName: regency?.name ?? null,
    timeZone: regency?.province.timeZone ?? "Asia/Jakarta",
  };
}

/** The signed-in user; sends anyone else to the sign-in page and a pending password change to its form. */
export async function requireUser(options: { allowPendingPasswordChange?: boolean } = {}): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect("/masuk");
  if (user.mustChangePassword && !options.allowPendingPasswordChange) redirect("/ganti-password");
  return user;
}

/** For a role's dashboard: other roles get the "not allowed" page, never the content. */
export async function requireRole(role: Role): Promise<CurrentUser> {
  const user = await requireUser();
  if (user.actor.role !== role) redirect("/tidak-berwenang");
  return user;
}

export function homeOf(user: CurrentUser): string {
  return ROLE_HOME[user.actor.role];
}
