// Signing in with a password on an installation without Dapodik access: issued accounts (dinas,
// helpdesk, admin) by their argon2id hash, school operators by their local account. What a user would
// notice: the right password lets them in, every wrong guess reads the same sentence whether or not the
// account exists, a deactivated account says so only to someone who knows its password, and an admin
// reading the audit log sees who tried from where — never a password.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createDapodikAuthenticator } from "@/lib/server/auth";
import type { DapodikAuthenticator } from "@/lib/server/dapodik";
import {
  auditEntries,
  createSignInWorld,
  expectFailure,
  expectNoPasswordInAudit,
  IP,
  MESSAGES,
  PASSWORDS,
  resetSignInState,
  signIn,
  T0,
  throttleRows,
  type SignInWorld,
} from "./helpers/sign-in-fixtures";

let world: SignInWorld;
let local: DapodikAuthenticator;

beforeAll(async () => {
  world = await createSignInWorld();
  local = createDapodikAuthenticator(world.db.prisma, {}); // no URL: school operators use local accounts
});
afterAll(async () => world?.db.destroy());
beforeEach(async () => resetSignInState(world));

describe("issued accounts", () => {
  it.each([
    ["dinas", "dinas.semarang", PASSWORDS.dinas, "DINAS"],
    ["helpdesk", "helpdesk1", PASSWORDS.helpdesk, "HELPDESK"],
    ["admin", "admin", PASSWORDS.admin, "ADMIN"],
  ] as const)("the %s account signs in with its password and gets its role", async (key, username, password, role) => {
    const outcome = await signIn(world, local, T0, username, password);
    const { id } = world.users[key];
    expect(outcome).toEqual({
      ok: true,
      user: { id, role, displayName: `Nama ${username}`, sessionVersion: 0 },
      sessionId: expect.any(String),
    });
    const row = await world.db.prisma.user.findUniqueOrThrow({ where: { id }, select: { lastSignInAt: true } });
    expect(row.lastSignInAt).toEqual(T0);
    // A device session for the token, 12 hours long.
    const session = await world.db.prisma.userSession.findUniqueOrThrow({
      where: { id: outcome.ok ? outcome.sessionId : "" },
    });
    expect(session).toMatchObject({ userId: id, createdAt: T0, expiresAt: new Date(T0.getTime() + 12 * 3600_000) });
    expect(await auditEntries(world)).toEqual([
      { action: "SIGN_IN", actorId: id, targetUserId: id, username, ipAddress: IP, detail: null, at: T0 },
    ]);
  });

  it("ignores the case and the surrounding spaces of the username", async () => {
    const outcome = await signIn(world, local, T0, "  Dinas.SEMARANG \t", PASSWORDS.dinas);
    expect(outcome).toMatchObject({ ok: true, user: { id: world.users.dinas.id, role: "DINAS" } });
    expect(await auditEntries(world)).toMatchObject([{ action: "SIGN_IN", username: "dinas.semarang" }]);
  });

  it("keeps the password exactly as typed (no trimming, case matters)", async () => {
    for (const password of [` ${PASSWORDS.dinas}`, PASSWORDS.dinas.toUpperCase()]) {
      expectFailure(await signIn(world, local, T0, "dinas.semarang", password), "INVALID_CREDENTIALS", MESSAGES.wrong);
    }
  });

  it("answers a wrong password and an unknown username with the same code and sentence", async () => {
    const wrongPassword = await signIn(world, local, T0, "dinas.semarang", "tebakan-salah");
    const unknownUser = await signIn(world, local, T0, "dinas.tidakada", PASSWORDS.dinas);
    expectFailure(wrongPassword, "INVALID_CREDENTIALS", MESSAGES.wrong);
    expect(unknownUser).toEqual(wrongPassword);

    expect(await auditEntries(world)).toEqual([
      {
        action: "SIGN_IN_FAILED",
        actorId: null,
        targetUserId: null,
        username: "dinas.semarang",
        ipAddress: IP,
        detail: { reason: "credentials" },
        at: T0,
      },
      {
        action: "SIGN_IN_FAILED",
        actorId: null,
        targetUserId: null,
        username: "dinas.tidakada",
        ipAddress: IP,
        detail: { reason: "credentials" },
        at: T0,
      },
    ]);
    // Both count towards throttling, the known and the unknown name alike.
    expect(await throttleRows(world)).toMatchObject({
      "user:dinas.semarang": { failures: 1, lockedUntil: null },
      "user:dinas.tidakada": { failures: 1, lockedUntil: null },
      [`ip:${IP}`]: { failures: 2, lockedUntil: null },
    });
  });

  it("asks for both fields when one is empty, without counting a failure", async () => {
    expectFailure(await signIn(world, local, T0, "   ", PASSWORDS.dinas), "INVALID_CREDENTIALS", MESSAGES.empty);
    expectFailure(await signIn(world, local, T0, "dinas.semarang", ""), "INVALID_CREDENTIALS", MESSAGES.empty);
    expect(await throttleRows(world)).toEqual({});
  });

  it("never writes a password to the audit log, whatever was typed", async () => {
    await signIn(world, local, T0, "dinas.semarang", PASSWORDS.dinas);
    await signIn(world, local, T0, "dinas.semarang", "salah-ketik-Dinas");
    await signIn(world, local, T0, "op.99000001", PASSWORDS.sekolah);
    await signIn(world, local, T0, "op.99000001", "salah-ketik-Sekolah");
    await signIn(world, local, T0, "dinas.lama", PASSWORDS.inactive);
    await signIn(world, local, T0, "siapa.ini", "tebakan-Rahasia");
    const entries = await auditEntries(world);
    expect(entries.map((e) => e.action)).toEqual([
      "SIGN_IN",
      "SIGN_IN_FAILED",
      "SIGN_IN",
      "SIGN_IN_FAILED",
      "SIGN_IN_FAILED",
      "SIGN_IN_FAILED",
    ]);
    await expectNoPasswordInAudit(world, [
      ...Object.values(PASSWORDS),
      "salah-ketik-Dinas",
      "salah-ketik-Sekolah",
      "tebakan-Rahasia",
    ]);
  });
});

describe("a deactivated account", () => {
  it("with the right password is told it is deactivated and whom to contact", async () => {
    const outcome = await signIn(world, local, T0, "dinas.lama", PASSWORDS.inactive);
    expectFailure(outcome, "INACTIVE", MESSAGES.inactive);
    const { id } = world.users.inactive;
    expect(await auditEntries(world)).toEqual([
      {
        action: "SIGN_IN_FAILED",
        actorId: null,
        targetUserId: id,
        username: "dinas.lama",
        ipAddress: IP,
        detail: { reason: "inactive" },
        at: T0,
      },
    ]);
    const row = await world.db.prisma.user.findUniqueOrThrow({
      where: { id },
      select: { isActive: true, lastSignInAt: true },
    });
    expect(row).toEqual({ isActive: false, lastSignInAt: null });
  });

  it("with a wrong password reads the generic sentence (it does not reveal the account is deactivated)", async () => {
    const outcome = await signIn(world, local, T0, "dinas.lama", "tebakan-salah");
    expectFailure(outcome, "INVALID_CREDENTIALS", MESSAGES.wrong);
    expect(await auditEntries(world)).toMatchObject([
      { action: "SIGN_IN_FAILED", targetUserId: null, detail: { reason: "credentials" } },
    ]);
    expect(await throttleRows(world)).toMatchObject({ "user:dinas.lama": { failures: 1 } });
  });
});

describe("school operators with a local account (no Dapodik URL)", () => {
  it("sign in with their password and stay linked to their school", async () => {
    const { id } = world.users.sekolah;
    const outcome = await signIn(world, local, T0, " OP.99000001 ", PASSWORDS.sekolah);
    expect(outcome).toEqual({
      ok: true,
      user: { id, role: "SEKOLAH", displayName: "Nama op.99000001", sessionVersion: 0 },
      sessionId: expect.any(String),
    });

    const row = await world.db.prisma.user.findUniqueOrThrow({
      where: { id },
      select: { schoolId: true, passwordHash: true, lastSignInAt: true, school: { select: { npsn: true } } },
    });
    expect(row).toMatchObject({ schoolId: world.schools.tk.id, school: { npsn: "99000001" }, lastSignInAt: T0 });
    expect(row.passwordHash).toMatch(/^\$argon2id\$/); // the local password is kept
    expect(await world.db.prisma.user.count({ where: { role: "SEKOLAH" } })).toBe(1); // no second account
    // A local sign-in is not a Dapodik link: only SIGN_IN is written.
    expect(await auditEntries(world)).toEqual([
      {
        action: "SIGN_IN",
        actorId: id,
        targetUserId: id,
        username: "op.99000001",
        ipAddress: IP,
        detail: null,
        at: T0,
      },
    ]);
  });

  it.each([
    ["a wrong password", "op.99000001", "tk pelita salah"],
    ["an unknown operator", "op.99000002", PASSWORDS.sekolah],
  ])("with %s read the generic sentence", async (_label, username, password) => {
    expectFailure(await signIn(world, local, T0, username, password), "INVALID_CREDENTIALS", MESSAGES.wrong);
    expect(await auditEntries(world)).toMatchObject([
      { action: "SIGN_IN_FAILED", username, detail: { reason: "credentials" } },
    ]);
    expect(await throttleRows(world)).toMatchObject({
      [`user:${username}`]: { failures: 1 },
      [`ip:${IP}`]: { failures: 1 },
    });
  });

  it("that is deactivated, with the right password, is told so (and is not counted as a wrong guess)", async () => {
    const { id } = world.users.sekolah;
    await world.db.prisma.user.update({ where: { id }, data: { isActive: false } });
    try {
      expectFailure(await signIn(world, local, T0, "op.99000001", PASSWORDS.sekolah), "INACTIVE", MESSAGES.inactive);
      expect(await throttleRows(world)).toEqual({});
    } finally {
      await world.db.prisma.user.update({ where: { id }, data: { isActive: true } });
    }
  });
});
