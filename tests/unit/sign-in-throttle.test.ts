import { describe, expect, it } from "vitest";
import {
  countAttempt,
  lockedUntil,
  retryMessage,
  USERNAME_POLICY,
  type ThrottleState,
} from "@/lib/domain/sign-in-throttle";

const T = new Date("2026-11-29T03:00:00Z");
const at = (ms: number) => new Date(T.getTime() + ms);
const MIN = 60_000;

/** Counts an attempt at each time; returns the state and which attempts were refused (by index). */
function attempts(times: number[]): { state: ThrottleState | null; refused: number[] } {
  let state: ThrottleState | null = null;
  const refused: number[] = [];
  times.forEach((t, i) => {
    const counted = countAttempt(state, at(t), USERNAME_POLICY);
    state = counted.state;
    if (counted.lockedUntil) refused.push(i);
  });
  return { state, refused };
}

describe("sign-in throttling", () => {
  it("lets five attempts through within 15 minutes and refuses the sixth, locking for 15 minutes from it", () => {
    expect(attempts([0, 1, 2, 3, 4].map((m) => m * MIN)).refused).toEqual([]);
    const { state, refused } = attempts([0, 1, 2, 3, 4, 5].map((m) => m * MIN));
    expect(refused).toEqual([5]);
    expect(lockedUntil(state, at(5 * MIN))).toEqual(at(20 * MIN));
  });

  it("refuses every attempt during the lock without extending it, and lets the user try again at its end", () => {
    const { state, refused } = attempts([0, 0, 0, 0, 0, 0, 1 * MIN, 14 * MIN]);
    expect(refused).toEqual([5, 6, 7]);
    expect(lockedUntil(state, at(15 * MIN - 1))).toEqual(at(15 * MIN));
    expect(lockedUntil(state, at(15 * MIN))).toBeNull();
    expect(countAttempt(state, at(15 * MIN), USERNAME_POLICY)).toEqual({
      state: { failures: 1, windowStartedAt: at(15 * MIN), lockedUntil: null },
      lockedUntil: null,
    });
  });

  it("starts a new window when attempts are spread out", () => {
    const { state, refused } = attempts([0, 5, 10, 16, 20, 25].map((m) => m * MIN));
    expect(refused).toEqual([]);
    expect(state).toEqual({ failures: 3, windowStartedAt: at(16 * MIN), lockedUntil: null });
  });

  it("tells the user in Indonesian when to try again, rounded up", () => {
    expect(retryMessage(at(14 * MIN + 1), T)).toContain("coba lagi dalam 15 menit");
    expect(retryMessage(at(10), T)).toContain("1 menit");
  });
});
