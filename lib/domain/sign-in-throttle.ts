// Sign-in throttling, pure: after a handful of failures in a window, the key (a username or an
// address) is locked for a while. The same rule for a username that exists and one that does not,
// so throttling never reveals which usernames are real.

export interface ThrottlePolicy {
  /** Failures allowed inside one window before the key is locked. */
  maxFailures: number;
  windowMs: number;
  lockMs: number;
}

const MINUTE = 60_000;
/** Per username: 5 failures in 15 minutes lock it for 15 minutes. */
export const USERNAME_POLICY: ThrottlePolicy = { maxFailures: 5, windowMs: 15 * MINUTE, lockMs: 15 * MINUTE };
/** Per account, for the current password asked when changing it: as strict as the username's sign-in. */
export const PASSWORD_CHANGE_POLICY: ThrottlePolicy = USERNAME_POLICY;
/** Per address: generous (a school network or a dinas office shares one address), but bounded. */
export const ADDRESS_POLICY: ThrottlePolicy = { maxFailures: 30, windowMs: 15 * MINUTE, lockMs: 15 * MINUTE };

export interface ThrottleState {
  failures: number;
  windowStartedAt: Date;
  lockedUntil: Date | null;
}

/** When the key may try again, or null when it may try now. */
export function lockedUntil(state: ThrottleState | null, now: Date): Date | null {
  return state?.lockedUntil && state.lockedUntil > now ? state.lockedUntil : null;
}

export interface CountedAttempt {
  state: ThrottleState;
  /** Set when the attempt is refused: the key is locked until then. */
  lockedUntil: Date | null;
}

/**
 * One attempt at `now`, counted BEFORE the password is checked, so that parallel guesses are counted
 * one by one and cannot all pass the check together. While the key is locked the attempt is refused
 * and changes nothing. The attempt after `maxFailures` counted ones in a window is refused and locks
 * the key for `lockMs`. A counted attempt that turns out not to be a wrong guess is given back (one less
 * counted, lib/server/auth/throttle.ts); a lock is only ever set by a refused attempt, so giving back
 * never has to undo one.
 */
export function countAttempt(state: ThrottleState | null, now: Date, policy: ThrottlePolicy): CountedAttempt {
  const locked = lockedUntil(state, now);
  if (state && locked) return { state, lockedUntil: locked };
  const windowExpired = !state || now.getTime() - state.windowStartedAt.getTime() >= policy.windowMs;
  const failures = windowExpired ? 0 : state.failures;
  if (failures >= policy.maxFailures) {
    const until = new Date(now.getTime() + policy.lockMs);
    return { state: { failures: 0, windowStartedAt: now, lockedUntil: until }, lockedUntil: until };
  }
  return {
    state: { failures: failures + 1, windowStartedAt: windowExpired ? now : state.windowStartedAt, lockedUntil: null },
    lockedUntil: null,
  };
}

function minutesUntil(until: Date, now: Date): number {
  return Math.max(1, Math.ceil((until.getTime() - now.getTime()) / MINUTE));
}

/** "Coba lagi dalam 15 menit." — rounded up, never "0 menit". */
export function retryMessage(until: Date, now: Date): string {
  return `Terlalu banyak percobaan masuk yang gagal. Demi keamanan akun, coba lagi dalam ${minutesUntil(until, now)} menit.`;
}

/** The same for the current password on the password-change form. */
export function passwordChangeRetryMessage(until: Date, now: Date): string {
  return `Terlalu banyak percobaan dengan kata sandi lama yang salah. Demi keamanan akun, coba lagi dalam ${minutesUntil(until, now)} menit.`;
}
