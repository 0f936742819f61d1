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

/** The state after one more failure at `now`. */
export function recordFailure(state: ThrottleState | null, now: Date, policy: ThrottlePolicy): ThrottleState {
  const windowExpired = !state || now.getTime() - state.windowStartedAt.getTime() >= policy.windowMs;
  const failures = windowExpired ? 1 : state.failures + 1;
  const windowStartedAt = windowExpired ? now : state.windowStartedAt;
  const locked = failures >= policy.maxFailures ? new Date(now.getTime() + policy.lockMs) : null;
  return { failures: locked ? 0 : failures, windowStartedAt: locked ? now : windowStartedAt, lockedUntil: locked };
}

/** "Coba lagi dalam 15 menit." — rounded up, never "0 menit". */
export function retryMessage(until: Date, now: Date): string {
  const minutes = Math.max(1, Math.ceil((until.getTime() - now.getTime()) / MINUTE));
  return `Terlalu banyak percobaan masuk yang gagal. Demi keamanan akun, coba lagi dalam ${minutes} menit.`;
}
