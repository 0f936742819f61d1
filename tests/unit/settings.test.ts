// The settings rules in lib/domain/settings.ts: which source wins, the bounds, the one combination
// rule, and how a value is said in Indonesian.
import { describe, expect, it } from "vitest";
import { DAY_MS } from "@/lib/domain";
import {
  DEFAULT_SETTINGS,
  describeDurationMs,
  describeSettingValue,
  isExpiryAfterEscalation,
  isWithinBounds,
  resolveSettings,
} from "@/lib/domain/settings";

describe("resolveSettings", () => {
  it.each([
    { name: "nothing set: the defaults", stored: {}, env: {}, value: 3 * DAY_MS, source: "default" },
    {
      name: "the environment over the default",
      stored: {},
      env: { escalationMs: 2 * DAY_MS },
      value: 2 * DAY_MS,
      source: "env",
    },
    {
      name: "the admin over the environment",
      stored: { escalationMs: DAY_MS },
      env: { escalationMs: 2 * DAY_MS },
      value: DAY_MS,
      source: "admin",
    },
    {
      name: "a stored value out of bounds is ignored",
      stored: { escalationMs: 10 },
      env: { escalationMs: 2 * DAY_MS },
      value: 2 * DAY_MS,
      source: "env",
    },
    {
      name: "an environment value is the installation's own (not bounded)",
      stored: {},
      env: { escalationMs: 30_000 },
      value: 30_000,
      source: "env",
    },
  ])("$name", ({ stored, env, value, source }) => {
    const resolved = resolveSettings(stored, env);
    expect(resolved.values.escalationMs).toBe(value);
    expect(resolved.sources.escalationMs).toBe(source);
    expect(resolved.values.attachmentMaxFiles).toBe(DEFAULT_SETTINGS.attachmentMaxFiles);
  });
});

describe("bounds and the expiry rule", () => {
  it.each([
    ["escalationMs", 60_000, true],
    ["escalationMs", 59_999, false],
    ["expiryMs", 30 * DAY_MS, true],
    ["expiryMs", 30 * DAY_MS + 1, false],
    ["attachmentMaxFiles", 0, true],
    ["attachmentMaxFiles", 1.5, false],
    ["attachmentMaxMb", 0.1, true],
    ["attachmentMaxMb", 20.5, false],
  ] as const)("%s = %s → %s", (key, value, expected) => {
    expect(isWithinBounds(key, value)).toBe(expected);
  });

  it("wants the expiry strictly longer than the escalation", () => {
    expect(
      isExpiryAfterEscalation({ escalationMs: 3 * DAY_MS, helpdeskAnswerMs: 3 * DAY_MS, expiryMs: 7 * DAY_MS }),
    ).toBe(true);
    expect(isExpiryAfterEscalation({ escalationMs: 3 * DAY_MS, helpdeskAnswerMs: DAY_MS, expiryMs: 3 * DAY_MS })).toBe(
      false,
    );
  });
});

describe("in words", () => {
  it.each([
    [3 * DAY_MS, "3 hari"],
    [36 * 3_600_000, "36 jam"],
    [90 * 60_000, "90 menit"],
    [30_000, "30 detik"],
  ])("%d ms → %s", (ms, text) => {
    expect(describeDurationMs(ms)).toBe(text);
  });

  it("counts files and megabytes the Indonesian way", () => {
    expect(describeSettingValue("attachmentMaxFiles", 3)).toBe("3 berkas");
    expect(describeSettingValue("attachmentMaxMb", 2.5)).toBe("2,5 MB");
  });
});
