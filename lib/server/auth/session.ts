// The single server-side place that reads the session (docs/conventions.md). Every page, action and query asks
// here who is signed in; the answer is re-checked against the database on each request.
import "server-only";
import { decode } from "next-auth/jwt";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { ROLE_HOME } from "@/lib/domain/roles";
import type { Actor, Role } from "@/lib/domain/types";
import { readRows } from "@/lib/server/database";
import { getPrisma } from "@/lib/server/database";
import { Prisma, type PrismaClient } from "../generated/prisma/client";
import { getAuthSecret, isPublicUrlHttps } from "@/lib/server/config";
import { sessionTokenOf } from "./session-cookie";

export interface CurrentUser {
  actor: Actor;
  /** This device's session (UserSession row): signing out ends it. */
  sessionId: string;
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

/** next-auth's session token from this request's cookies (lib/server/auth/session-cookie.ts). */
function sessionCookie(jar: Awaited<ReturnType<typeof cookies>>): string | undefined {
  return sessionTokenOf(jar.getAll(), isPublicUrlHttps());
}

/**
 * The signed-in user, or null (no session, deactivated, or signed out everywhere by a reset).
 * The session token is next-auth's (issued at sign-in by app/api/auth): decrypted and checked for expiry
 * here with next-auth's own `decode`, then re-checked against the database. (getServerSession would also
 * re-encrypt the token and make a CSRF token on every page, for a cookie a server component cannot set.)
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const token = sessionCookie(await cookies());
  if (!token) return null;
  let payload: Awaited<ReturnType<typeof decode>>;
  try {
    payload = await decode({ token, secret: getAuthSecret() });
  } catch {
    return null; // expired, tampered with, or made with another secret
  }
  const { uid, sv, role, sid } = (payload ?? {}) as { uid?: unknown; sv?: unknown; role?: unknown; sid?: unknown };
  // A token without a session id was issued before sessions were recorded: sign in again.
  if (typeof uid !== "string" || typeof sv !== "number" || typeof role !== "string" || typeof sid !== "string")
    return null;
  return loadSessionUser(getPrisma(), { id: uid, sv, role: role as Role, sid });
});

/**
 * The user a session token speaks for, if it still may: its device session was not ended (signed out,
 * "keluar dari perangkat lain") and has not expired, the account exists, is active, has the role the
 * token was issued for, and its sessionVersion was not bumped (password change or reset, deactivation).
 */
export async function loadSessionUser(
  prisma: PrismaClient,
  token: { id: string; sv: number; role: Role; sid: string },
): Promise<CurrentUser | null> {
  // One statement on every request of a signed-in user (Prisma's nested select would be five).
  const rows = await readRows<SessionRow>(
    prisma,
    Prisma.sql`
    SELECT u."id", u."role"::text AS "role", u."username", u."displayName", u."isActive", u."sessionVersion",
      u."mustChangePassword", (u."passwordHash" IS NOT NULL) AS "hasLocalPassword", u."schoolId", u."regencyCode",
      s."name" AS "schoolName", s."npsn", COALESCE(sr."name", ur."name") AS "regencyName",
      COALESCE(sp."timeZone", up."timeZone") AS "timeZone"
    FROM "User" u
    JOIN "UserSession" us ON us."id" = ${token.sid} AND us."userId" = u."id" AND us."expiresAt" > now()
    LEFT JOIN "School" s ON s."id" = u."schoolId"
    LEFT JOIN "Regency" sr ON sr."code" = s."regencyCode"
    LEFT JOIN "Province" sp ON sp."code" = sr."provinceCode"
    LEFT JOIN "Regency" ur ON ur."code" = u."regencyCode"
    LEFT JOIN "Province" up ON up."code" = ur."provinceCode"
    WHERE u."id" = ${token.id}`,
  );
  const user = rows[0];
  if (!user || !user.isActive || user.sessionVersion !== token.sv || user.role !== token.role) return null;
  return {
    actor: { userId: user.id, role: user.role, schoolId: user.schoolId, regencyCode: user.regencyCode },
    sessionId: token.sid,
    username: user.username,
    displayName: user.displayName,
    mustChangePassword: user.mustChangePassword,
    hasLocalPassword: user.hasLocalPassword,
    schoolName: user.schoolName,
    npsn: user.npsn,
    regencyName: user.regencyName,
    timeZone: user.timeZone ?? "Asia/Jakarta",
  };
}

interface SessionRow {
  id: string;
  role: Role;
  username: string;
  displayName: string;
  isActive: boolean;
  sessionVersion: number;
  mustChangePassword: boolean;
  hasLocalPassword: boolean;
  schoolId: string | null;
  regencyCode: string | null;
  schoolName: string | null;
  npsn: string | null;
  regencyName: string | null;
  timeZone: string | null;
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
