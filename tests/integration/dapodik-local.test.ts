// School operators on installations without Dapodik access sign in with their local account. The
// lookups are in memory; the hashing is the real argon2id of lib/server/passwords.
import { beforeAll, describe, expect, it, vi } from "vitest";
import {
  createLocalDapodikAuthenticator,
  selectDapodikAuthenticator,
  type LocalDapodikDeps,
  type LocalSchoolOperator,
} from "@/lib/server/dapodik";
import { hashPassword, verifyPassword } from "@/lib/server/accounts";

const REFUSED = "Nama pengguna atau kata sandi salah.";
const operators = new Map<string, LocalSchoolOperator>();

beforeAll(async () => {
  operators.set("op.20351671", {
    passwordHash: await hashPassword("kata sandi benar"),
    npsn: "20351671",
    displayName: "Siti Aminah",
  });
  operators.set("op.p9900001", {
    passwordHash: await hashPassword("pkbm-2026"),
    npsn: "P9900001",
    displayName: "PKBM Harapan",
  });
  // An account created by a Dapodik sign-in: it has no local password.
  operators.set("op.dapodik", { passwordHash: null, npsn: "20351672", displayName: "Hanya Dapodik" });
});

function deps(overrides: Partial<LocalDapodikDeps> = {}): LocalDapodikDeps {
  return { findSchoolOperator: async (username) => operators.get(username) ?? null, verifyPassword, ...overrides };
}

describe("local sign-in for school operators", () => {
  it("signs in with the right password and returns the school's NPSN and the operator's name", async () => {
    const local = createLocalDapodikAuthenticator(deps());
    expect(local.kind).toBe("local");
    await expect(local.verify("op.20351671", "kata sandi benar")).resolves.toEqual({
      ok: true,
      npsn: "20351671",
      operatorName: "Siti Aminah",
    });
    await expect(local.verify("  op.p9900001 ", "pkbm-2026")).resolves.toEqual({
      ok: true,
      npsn: "P9900001",
      operatorName: "PKBM Harapan",
    });
  });

  it.each([
    ["a wrong password", "op.20351671", "kata sandi salah"],
    ["the password with extra spaces", "op.20351671", " kata sandi benar "],
    ["an unknown username", "op.99999999", "kata sandi benar"],
    ["an account without a local password", "op.dapodik", "apa saja"],
  ])("refuses %s with the one wrong-password sentence", async (_label, username, password) => {
    const result = await createLocalDapodikAuthenticator(deps()).verify(username, password);
    expect(result).toMatchObject({ ok: false, reason: "REFUSED", message: REFUSED });
    expect(result.ok ? "" : result.detail).not.toContain(password);
  });

  it("runs a password verification for an unknown user too, so timing does not reveal who exists", async () => {
    const spy = vi.fn(verifyPassword);
    const local = createLocalDapodikAuthenticator(deps({ verifyPassword: spy }));
    await local.verify("op.99999999", "tebakan");
    await local.verify("op.dapodik", "tebakan");
    await local.verify("op.20351671", "tebakan");
    expect(spy).toHaveBeenCalledTimes(3);
    // The stand-in hash is a real argon2id hash with the same cost as the stored ones.
    const [dummyHash] = spy.mock.calls[0] ?? [];
    const [realHash] = spy.mock.calls[2] ?? [];
    expect(dummyHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(realHash?.split("$").slice(0, 4)).toEqual(dummyHash?.split("$").slice(0, 4));
  });

  it("refuses an empty username or password without looking anyone up", async () => {
    const find = vi.fn(deps().findSchoolOperator);
    const local = createLocalDapodikAuthenticator(deps({ findSchoolOperator: find }));
    for (const [username, password] of [
      ["", "x"],
      ["  ", "x"],
      ["op.20351671", ""],
    ] as const) {
      await expect(local.verify(username, password)).resolves.toMatchObject({
        ok: false,
        reason: "REFUSED",
        message: REFUSED,
      });
    }
    expect(find).not.toHaveBeenCalled();
  });

  it("lets a failing lookup (database down) through as an error rather than a wrong password", async () => {
    const broken = createLocalDapodikAuthenticator(
      deps({ findSchoolOperator: async () => Promise.reject(new Error("database down")) }),
    );
    await expect(broken.verify("op.20351671", "kata sandi benar")).rejects.toThrow("database down");
  });
});

describe("choosing the authenticator", () => {
  it("uses Dapodik over HTTP when a URL is configured, the local accounts otherwise", () => {
    expect(selectDapodikAuthenticator({ url: "https://dapodik.example/api/login", local: deps() }).kind).toBe("http");
    expect(selectDapodikAuthenticator({ url: "   ", local: deps() }).kind).toBe("local");
    expect(selectDapodikAuthenticator({ local: deps() }).kind).toBe("local");
  });
});
