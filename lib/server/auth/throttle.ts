// Sign-in throttling (and the current password on the password-change form) stored in the database,
// so it holds across server processes and restarts. Every attempt is counted before its password is
// checked, under a row lock, so N parallel guesses count N and only the allowed number ever reach the
// password check; an attempt that was not a wrong guess is given back afterwards.
import "server-only";
import {
  ADDRESS_POLICY,
  countAttempt,
  lockedUntil,
  PASSWORD_CHANGE_POLICY,
  USERNAME_POLICY,
  type ThrottlePolicy,
  type ThrottleState,
} from "@/lib/domain/sign-in-throttle";
import { Prisma, type PrismaClient } from "../generated/prisma/client";

const usernameKey = (username: string) => `user:${username}`;
const addressKey = (address: string) => `ip:${address}`;
const passwordChangeKey = (userId: string) => `password:${userId}`;

/**
 * Counts one attempt for the username and for the address. Returns null when the password may be
 * checked, else when they may try again (the attempt is refused and counts for neither).
 */
export function countSignInAttempt(
  prisma: PrismaClient,
  username: string,
  address: string,
  now: Date,
): Promise<Date | null> {
  return countAttempts(
    prisma,
    new Map([
      [addressKey(address), ADDRESS_POLICY],
      [usernameKey(username), USERNAME_POLICY],
    ]),
    now,
  );
}

/** Counts one try of the current password on the password-change form (per account). */
export function countPasswordChangeAttempt(prisma: PrismaClient, userId: string, now: Date): Promise<Date | null> {
  return countAttempts(prisma, new Map([[passwordChangeKey(userId), PASSWORD_CHANGE_POLICY]]), now);
}

/** The current password was right: the account's counter is forgotten. */
export async function passwordChangeVerified(prisma: PrismaClient, userId: string) {
  await prisma.signInThrottle.deleteMany({ where: { key: passwordChangeKey(userId) } });
}

async function countAttempts(
  prisma: PrismaClient,
  policies: Map<string, ThrottlePolicy>,
  now: Date,
): Promise<Date | null> {
  // Keys in one order everywhere (inserts and locks), so two attempts never wait on each other crosswise.
  const keys = [...policies.keys()].sort();
  return prisma.$transaction(async (tx) => {
    for (const key of keys) {
      await tx.$executeRaw`
        INSERT INTO "SignInThrottle" ("key", "failures", "windowStartedAt") VALUES (${key}, 0, ${now})
        ON CONFLICT ("key") DO NOTHING`;
    }
    const rows = await tx.$queryRaw<Array<ThrottleState & { key: string }>>`
      SELECT "key", "failures", "windowStartedAt", "lockedUntil" FROM "SignInThrottle"
      WHERE "key" IN (${Prisma.join(keys)}) ORDER BY "key" FOR UPDATE`;
    const counted = rows.map(({ key, ...before }) => ({
      key,
      before,
      ...countAttempt(before, now, policies.get(key) as ThrottlePolicy),
    }));
    const refused = counted.filter((attempt) => attempt.lockedUntil !== null);
    // A refused attempt changes only the keys that refuse it (a new lock); an allowed one counts on all.
    const changed = refused.length > 0 ? refused : counted;
    for (const { key, state } of changed) await tx.signInThrottle.update({ where: { key }, data: state });
    const untouched = counted
      .filter((attempt) => !changed.includes(attempt) && isEmpty(attempt.before, now))
      .map((attempt) => attempt.key);
    if (untouched.length > 0) await tx.signInThrottle.deleteMany({ where: { key: { in: untouched } } });
    return refused.length > 0
      ? new Date(Math.max(...refused.map((attempt) => (attempt.lockedUntil as Date).getTime())))
      : null;
  });
}

/** Gives back a counted attempt that was not a wrong guess (the account is deactivated, Dapodik could not answer, …). */
export async function refundSignInAttempt(prisma: PrismaClient, username: string, address: string, now: Date) {
  await giveBack(prisma, usernameKey(username), now);
  await giveBack(prisma, addressKey(address), now);
}

/** A successful sign-in clears the username's counter and gives back the address's attempt (others share the address). */
export async function signInSucceeded(prisma: PrismaClient, username: string, address: string, now: Date) {
  await prisma.signInThrottle.deleteMany({ where: { key: usernameKey(username) } });
  await giveBack(prisma, addressKey(address), now);
}

const LONGEST_WINDOW_MS = Math.max(USERNAME_POLICY.windowMs, ADDRESS_POLICY.windowMs, PASSWORD_CHANGE_POLICY.windowMs);

/**
 * Removes rows that no longer say anything — their window is over and they hold no lock, so a new attempt
 * would start from nothing anyway (countAttempt) —, a bounded number per call (the clock turn calls it).
 */
export async function pruneSignInThrottle(prisma: PrismaClient, now: Date, limit = 10_000): Promise<number> {
  const windowOver = new Date(now.getTime() - LONGEST_WINDOW_MS);
  return prisma.$executeRaw`
    DELETE FROM "SignInThrottle" WHERE "key" IN (
      SELECT "key" FROM "SignInThrottle"
      WHERE "windowStartedAt" <= ${windowOver} AND ("lockedUntil" IS NULL OR "lockedUntil" <= ${now}) LIMIT ${limit}
    )`;
}

/** No failures and no lock: the row says nothing and is removed (a successful sign-in leaves no row behind). */
function isEmpty(state: ThrottleState, now: Date): boolean {
  return state.failures === 0 && lockedUntil(state, now) === null;
}

async function giveBack(prisma: PrismaClient, key: string, now: Date) {
  await prisma.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<ThrottleState[]>`
      SELECT "failures", "windowStartedAt", "lockedUntil" FROM "SignInThrottle" WHERE "key" = ${key} FOR UPDATE`;
    const state = rows[0];
    if (!state || state.failures === 0) return;
    const next = { ...state, failures: state.failures - 1 };
    if (isEmpty(next, now)) await tx.signInThrottle.delete({ where: { key } });
    else await tx.signInThrottle.update({ where: { key }, data: { failures: next.failures } });
  });
}
