import { describe, expect, it } from "vitest";
import { isCalendarDay } from "@/lib/domain/calendar-day";

describe("isCalendarDay", () => {
  it.each([
    ["2026-03-02", true],
    ["2000-01-01", true],
    ["2099-12-31", true],
    ["2026-02-30", false], // matches the pattern, is no day
    ["0001-01-01", false], // the database has no year 0 for its Jakarta midnight
    ["9999-12-31", false],
    ["1999-12-31", false],
    ["2026-3-2", false],
    ["2026-03-02x", false],
    ["", false],
  ])("%s → %s", (text, expected) => {
    expect(isCalendarDay(text)).toBe(expected);
  });
});
