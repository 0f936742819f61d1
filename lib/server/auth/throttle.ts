// Sign-in throttling stored in the database, so it holds across server processes and restarts.
import {
  ADDRESS_POLICY,
  lockedUntil,
  recordFailure,
  USERNAME_POLICY,
  type ThrottleState,
} from "@/lib/domain/sign-in-throttle";
import type { PrismaClient } from "../generated/prisma/client";

const usernameKey = (username: string) => `user:${username}`;
const addressKey = (address: string) => `ip:${address}`;

async function readState(prisma: PrismaClient, key: string): Promise<ThrottleState | null> {
  return prisma.signInThrottle.findUnique({
    where: { key },
    select: { failures: true, windowStartedAt: true, lockedUntil: true },
  });
}

/** When the username or the address may try again, or null when a sign-in may be attempted now. */
export async function throttledUntil(prisma: PrismaClient, username: string, address: string, now: Date) {
  const [byUser, byAddress] = await Promise.all([
    readState(prisma, usernameKey(username)),
    readState(prisma, addressKey(address)),
  ]);
  const until = [lockedUntil(byUser, now), lockedUntil(byAddress, now)].filter((d): d is Date => d !== null);
  return until.length ? new Date(Math.max(...until.map((d) => d.getTime()))) : null;
}

export async function recordSignInFailure(prisma: PrismaClient, username: string, address: string, now: Date) {
  for (const [key, policy] of [
    [usernameKey(username), USERNAME_POLICY],
    [addressKey(address), ADDRESS_POLICY],
  ] as const) {
    // Row-locked read-modify-write per key, so concurrent failures are all counted.
    await prisma.$transaction(async (tx) => {
      await tx.$executeRaw`
        INSERT INTO "SignInThrottle" ("key", "failures", "windowStartedAt") VALUES (${key}, 0, ${now})
        ON CONFLICT ("key") DO NOTHING`;
      const rows = await tx.$queryRaw<ThrottleState[]>`
        SELECT "failures", "windowStartedAt", "lockedUntil" FROM "SignInThrottle" WHERE "key" = ${key} FOR UPDATE`;
      const next = recordFailure(rows[0] ?? null, now, policy);
      await tx.signInThrottle.update({ where: { key }, data: next });
    });
  }
}

/** A successful sign-in clears the username's counter (not the address's: others share it). */
export async function clearSignInFailures(prisma: PrismaClient, username: string) {
  await prisma.signInThrottle.deleteMany({ where: { key: usernameKey(username) } });
}
