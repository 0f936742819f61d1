// Signed-in devices (UserSession rows). A session token names its row; the row's absence ends the
// token at once, wherever it was copied to. Rows are made at sign-in and removed by signing out, by
// "keluar dari perangkat lain", and (once expired) at the user's next sign-in.
import "server-only";
import type { PrismaClient } from "../generated/prisma/client";
import { recordAudit } from "@/lib/server/admin";

export const SESSION_MAX_AGE_SECONDS = 12 * 60 * 60; // one working day
const USER_AGENT_MAX = 200;

export interface DeviceSession {
  id: string;
  createdAt: Date;
  expiresAt: Date;
  userAgent: string | null;
}

/** A new session for a user who just signed in; the user's expired sessions are removed on the way. */
export async function startSession(
  prisma: PrismaClient,
  userId: string,
  now: Date,
  userAgent?: string | null,
): Promise<string> {
  await prisma.userSession.deleteMany({ where: { userId, expiresAt: { lte: now } } });
  const row = await prisma.userSession.create({
    data: {
      userId,
      createdAt: now,
      expiresAt: new Date(now.getTime() + SESSION_MAX_AGE_SECONDS * 1000),
      userAgent: userAgent ? userAgent.slice(0, USER_AGENT_MAX) : null,
    },
    select: { id: true },
  });
  return row.id;
}

/** Signing out: this device's session ends, also for any copy of its token. */
export async function endSession(prisma: PrismaClient, userId: string, sessionId: string) {
  await prisma.userSession.deleteMany({ where: { id: sessionId, userId } });
}

/** "Keluar dari perangkat lain": every session of the user but this one ends. Returns how many ended. */
export async function endOtherSessions(
  prisma: PrismaClient,
  user: { userId: string; username: string; sessionId: string },
  now: Date,
): Promise<number> {
  const { count } = await prisma.userSession.deleteMany({
    where: { userId: user.userId, id: { not: user.sessionId } },
  });
  await recordAudit(prisma, {
    action: "SIGN_OUT_OTHER_SESSIONS",
    actorId: user.userId,
    targetUserId: user.userId,
    username: user.username,
    at: now,
    detail: { sessions: count },
  });
  return count;
}

/** The user's signed-in devices, newest first (expired ones are not shown). */
export function listSessions(prisma: PrismaClient, userId: string, now: Date): Promise<DeviceSession[]> {
  return prisma.userSession.findMany({
    where: { userId, expiresAt: { gt: now } },
    orderBy: { createdAt: "desc" },
    select: { id: true, createdAt: true, expiresAt: true, userAgent: true },
  });
}
