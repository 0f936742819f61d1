import { describe, expect, it } from "vitest";
import { formatTicketNumber, parseTicketNumber } from "../../lib/domain";

describe("ticket numbers", () => {
  it.each<[number, number, string]>([
    [2026, 1, "HD-2026-000001"],
    [2026, 123, "HD-2026-000123"],
    [2026, 999_999, "HD-2026-999999"],
    [2027, 1_234_567, "HD-2027-1234567"], // a busy year is never truncated
  ])("formats %i #%i as %s and reads it back", (year, seq, text) => {
    expect(formatTicketNumber(year, seq)).toBe(text);
    expect(parseTicketNumber(text)).toEqual({ year, seq });
  });

  it.each<[string, { year: number; seq: number }]>([
    ["hd-2026-000123", { year: 2026, seq: 123 }],
    ["  HD-2026-000123 ", { year: 2026, seq: 123 }],
    ["#HD-2026-000123", { year: 2026, seq: 123 }],
  ])("reads %j as users type it", (text, expected) => {
    expect(parseTicketNumber(text)).toEqual(expected);
  });

  it.each([
    "",
    "HD-2026-123",
    "HD-26-000123",
    "HD-2026-000000",
    "HD-2026-0123456",
    "TK-2026-000123",
    "HD 2026 000123",
    "HD-2026-00012a",
  ])("rejects %j", (text) => {
    expect(parseTicketNumber(text)).toBeNull();
  });

  it.each<[number, number]>([
    [2026, 0],
    [2026, -1],
    [2026, 1.5],
    [26, 1],
  ])("refuses to format year %i sequence %i (a bug in the counter)", (year, seq) => {
    expect(() => formatTicketNumber(year, seq)).toThrow(RangeError);
  });
});
