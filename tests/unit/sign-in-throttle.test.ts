import { describe, expect, it } from "vitest";
import { lockedUntil, recordFailure, retryMessage, USERNAME_POLICY, type ThrottleState } from "@/lib/domain/sign-in-throttle";

const T = new Date("2026-11-29T03:00:00Z");
const at = (ms: number) => new Date(T.getTime() + ms);
const MIN = 60_000;

function failTimes(times: number[]): ThrottleState | null {
  let state: ThrottleState | null = null;
  for (const t of times) state = recordFailure(state, at(t), USERNAME_POLICY);
  return state;
}

describe("sign-in throttling", () => {
  it("allows four failures and locks at the fifth within 15 minutes", () => {
    expect(lockedUntil(failTimes([0, 1, 2, 3].map((m) => m * MIN)), at(4 * MIN))).toBeNull();
    const state = failTimes([0, 1, 2, 3, 4].map((m) => m * MIN));
    expect(lockedUntil(state, at(4 * MIN))).toEqual(at(19 * MIN));
  });

  it("stays locked until exactly the end of the lock, then lets the user try again", () => {
    const state = failTimes([0, 0, 0, 0, 0]);
    expect(lockedUntil(state, at(15 * MIN - 1))).not.toBeNull();
    expect(lockedUntil(state, at(15 * MIN))).toBeNull();
  });

  it("starts a new window when failures are spread out", () => {
    const state = failTimes([0, 5, 10, 16, 20].map((m) => m * MIN));
    expect(lockedUntil(state, at(20 * MIN))).toBeNull();
    expect(state?.failures).toBe(2);
  });

  it("tells the user in Indonesian when to try again, rounded up", () => {
    expect(retryMessage(at(14 * MIN + 1), T)).toContain("coba lagi dalam 15 menit");
    expect(retryMessage(at(10), T)).toContain("1 menit");
  });
});
