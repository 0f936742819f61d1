import { describe, expect, it } from "vitest";
import { isValidNpsn, normalizeNpsn } from "../../lib/domain";

describe("NPSN", () => {
  it.each<[string, string]>([
    ["20351671", "20351671"], // TK, numeric
    ["69768533", "69768533"],
    ["P9984383", "P9984383"], // PKBM, letter prefix
    ["p9959977", "P9959977"], // typed in lower case on a phone
    ["  K5300123 ", "K5300123"],
  ])("accepts %j as %s", (text, normalized) => {
    expect(isValidNpsn(text)).toBe(true);
    expect(normalizeNpsn(text)).toBe(normalized);
  });

  it.each(["", "1234567", "123456789", "PP123456", "P123456", "2035 1671", "2035167O", "P99843830", "NPSN2035"])(
    "rejects %j",
    (text) => {
      expect(isValidNpsn(text)).toBe(false);
      expect(normalizeNpsn(text)).toBeNull();
    },
  );
});
