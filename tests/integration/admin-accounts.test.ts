// Account administration against a real database: the issued-account service (lib/server/accounts/accounts.ts),
// the admin read models (lib/server/admin/admin-queries.ts), and the session check that makes a deactivation,
// a reset or a role change end the user's existing sessions at once.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROLES, type Role } from "@/lib/domain/types";
import {
  changeOwnPassword,
  createIssuedAccount,
  resetPassword,
  setAccountActive,
  type NewAccountInput,
  hashPassword,
  verifyPassword,
} from "@/lib/server/accounts";
import {
  ACCOUNT_PAGE_SIZE,
  AUDIT_PAGE_SIZE,
  countAccountsByRole,
  getAccountDetail,
  listAccounts,
  listAuditEntries,
  recordAudit,
} from "@/lib/server/admin";
import { loadSessionUser, endOtherSessions, endSession, listSessions, startSession } from "@/lib/server/auth";
import { createTestDatabase, type TestDatabase } from "./helpers/test-database";

let db: TestDatabase;
let adminId: string;
let schoolOperatorId: string;

const ACCOUNT_ROW_KEYS = [
  "displayName",
  "hasLocalPassword",
  "id",
  "isActive",
  "lastSignInAt",
  "mustChangePassword",
  "regency",
  "role",
  "school",
  "username",
];

beforeAll(async () => {
  db = await createTestDatabase();
  const p = db.prisma;
  await p.province.create({ data: { code: "33", name: "Jawa Tengah", timeZone: "Asia/Jakarta" } });
  await p.province.create({ data: { code: "73", name: "Sulawesi Selatan", timeZone: "Asia/Makassar" } });
  await p.regency.createMany({
    data: [
      { code: "33.74", provinceCode: "33", name: "Kota Semarang" },
      { code: "33.24", provinceCode: "33", name: "Kabupaten Kendal" },
      { code: "73.71", provinceCode: "73", name: "Kota Makassar" },
    ],
  });
  const school = await p.school.create({
    data: { npsn: "P9900001", name: "PKBM Uji", form: "PKBM", status: "SWASTA", regencyCode: "33.24" },
  });
  const admin = await p.user.create({
    data: {
      username: "admin",
      displayName: "Admin Uji",
      role: "ADMIN",
      passwordHash: await hashPassword("kata-sandi-admin"),
    },
  });
  adminId = admin.id;
  // A Dapodik-linked school operator: no local password.
  const operator = await p.user.create({
    data: { username: "op@pkbm-uji.sch.id", displayName: "Operator PKBM", role: "SEKOLAH", schoolId: school.id },
  });
  schoolOperatorId = operator.id;
});
afterAll(async () => db?.destroy());

function newAccount(overrides: Partial<NewAccountInput> = {}): NewAccountInput {
  return {
    role: "DINAS",
    username: "dinas.baru",
    displayName: "Operator Dinas Baru",
    regencyCode: "33.74",
    email: null,
    phone: null,
    ...overrides,
  };
}

async function createOk(overrides: Partial<NewAccountInput> = {}) {
  const result = await createIssuedAccount(db.prisma, adminId, newAccount(overrides));
  if (!result.ok) throw new Error(`expected the account to be created: ${result.message}`);
  return result.data;
}

const userRow = (id: string) =>
  db.prisma.user.findUniqueOrThrow({
    where: { id },
    select: { passwordHash: true, sessionVersion: true, isActive: true, mustChangePassword: true, role: true },
  });

const auditOf = (targetUserId: string) =>
  db.prisma.auditLog.findMany({
    where: { targetUserId },
    orderBy: { seq: "asc" },
    select: { action: true, actorId: true, detail: true },
  });

describe("creating an issued account", () => {
  it("returns a one-time password that matches the stored hash, and makes the owner change it", async () => {
    const created = await createOk({
      username: "  Dinas.Semarang3 ",
      displayName: " Siti Rahayu ",
      email: "siti@contoh.go.id",
    });
    const row = await db.prisma.user.findUniqueOrThrow({ where: { id: created.id } });
    expect(row).toMatchObject({
      username: "dinas.semarang3",
      displayName: "Siti Rahayu",
      role: "DINAS",
      regencyCode: "33.74",
      mustChangePassword: true,
      isActive: true,
    });
    expect(created.initialPassword).toMatch(/^[A-Za-z2-9]{12}$/);
    expect(row.passwordHash).not.toContain(created.initialPassword);
    expect(await verifyPassword(row.passwordHash ?? "", created.initialPassword)).toBe(true);
    const audit = await auditOf(created.id);
    expect(audit).toEqual([
      { action: "ACCOUNT_CREATED", actorId: adminId, detail: { role: "DINAS", regencyCode: "33.74" } },
    ]);
    expect(JSON.stringify(audit)).not.toContain(created.initialPassword);
  });

  it("refuses a username that is taken, naming the field", async () => {
    await createOk({ username: "helpdesk.kembar", role: "HELPDESK", regencyCode: null });
    const again = await createIssuedAccount(
      db.prisma,
      adminId,
      newAccount({ username: "Helpdesk.Kembar", role: "HELPDESK", regencyCode: null }),
    );
    expect(again).toMatchObject({
      ok: false,
      code: "INVALID_INPUT",
      fieldErrors: { username: "Nama pengguna sudah dipakai." },
    });
    expect(await db.prisma.user.count({ where: { username: "helpdesk.kembar" } })).toBe(1);
  });

  it.each([
    ["no kab/kota", null],
    ["a kab/kota that does not exist", "99.99"],
  ])("refuses a district account with %s, naming the field", async (_label, regencyCode) => {
    const result = await createIssuedAccount(
      db.prisma,
      adminId,
      newAccount({ username: `dinas.tanpa${regencyCode ?? "kode"}`, regencyCode }),
    );
    expect(result.ok).toBe(false);
    expect(result.ok ? {} : result.fieldErrors).toHaveProperty("regencyCode");
    expect(await db.prisma.user.count({ where: { username: { startsWith: "dinas.tanpa" } } })).toBe(0);
  });
});

describe("resetting a password", () => {
  it("gives a new one-time password, retires the old one, ends the sessions and writes PASSWORD_RESET", async () => {
    const created = await createOk({ username: "dinas.lupa" });
    const before = await userRow(created.id);
    const reset = await resetPassword(db.prisma, adminId, created.id);
    if (!reset.ok) throw new Error(reset.message);
    const after = await userRow(created.id);
    expect(reset.data.initialPassword).not.toBe(created.initialPassword);
    expect(await verifyPassword(after.passwordHash ?? "", reset.data.initialPassword)).toBe(true);
    expect(await verifyPassword(after.passwordHash ?? "", created.initialPassword)).toBe(false);
    expect(after.sessionVersion).toBe(before.sessionVersion + 1);
    expect(after.mustChangePassword).toBe(true);
    expect((await auditOf(created.id)).map((entry) => [entry.action, entry.actorId])).toEqual([
      ["ACCOUNT_CREATED", adminId],
      ["PASSWORD_RESET", adminId],
    ]);
  });

  it("refuses a Dapodik-linked school account with a clear message and changes nothing", async () => {
    const before = await userRow(schoolOperatorId);
    const result = await resetPassword(db.prisma, adminId, schoolOperatorId);
    expect(result).toMatchObject({ ok: false, code: "NO_LOCAL_PASSWORD", message: expect.stringMatching(/Dapodik/) });
    expect(await userRow(schoolOperatorId)).toEqual(before);
  });
});

describe("deactivating and reactivating", () => {
  it("ends the sessions (sessionVersion + 1) and writes ACCOUNT_DEACTIVATED, then ACCOUNT_REACTIVATED", async () => {
    const created = await createOk({ username: "dinas.pindah" });
    const before = await userRow(created.id);
    expect(await setAccountActive(db.prisma, adminId, created.id, false)).toEqual({ ok: true, data: undefined });
    const deactivated = await userRow(created.id);
    expect(deactivated).toMatchObject({ isActive: false, sessionVersion: before.sessionVersion + 1 });
    expect(await setAccountActive(db.prisma, adminId, created.id, true)).toMatchObject({ ok: true });
    expect(await userRow(created.id)).toMatchObject({ isActive: true, sessionVersion: before.sessionVersion + 2 });
    expect((await auditOf(created.id)).map((entry) => entry.action)).toEqual([
      "ACCOUNT_CREATED",
      "ACCOUNT_DEACTIVATED",
      "ACCOUNT_REACTIVATED",
    ]);
  });

  it("lets a Dapodik-linked school account be deactivated", async () => {
    expect(await setAccountActive(db.prisma, adminId, schoolOperatorId, false)).toMatchObject({ ok: true });
    expect((await userRow(schoolOperatorId)).isActive).toBe(false);
    await setAccountActive(db.prisma, adminId, schoolOperatorId, true);
  });

  it("does not let an admin deactivate their own account", async () => {
    const before = await userRow(adminId);
    const result = await setAccountActive(db.prisma, adminId, adminId, false);
    expect(result).toMatchObject({ ok: false, message: "Anda tidak dapat menonaktifkan akun Anda sendiri." });
    expect(await userRow(adminId)).toEqual(before);
    expect(await db.prisma.auditLog.count({ where: { targetUserId: adminId, action: "ACCOUNT_DEACTIVATED" } })).toBe(0);
  });
});

describe("changing one's own password", () => {
  const T = new Date("2026-03-02T01:00:00.000Z");
  const at = (minutes: number) => new Date(T.getTime() + minutes * 60_000);
  const failures = (userId: string) =>
    db.prisma.auditLog.findMany({
      where: { action: "PASSWORD_CHANGE_FAILED", targetUserId: userId },
      orderBy: { seq: "asc" },
      select: { detail: true, at: true },
    });

  it("throttles the current password like a sign-in: 5 wrong tries, then even the right one waits 15 minutes; each failure audited", async () => {
    const { id, initialPassword } = await createOk({ username: "dinas.ganti1" });
    const change = (currentPassword: string, now: Date) =>
      changeOwnPassword(db.prisma, id, { currentPassword, newPassword: "sandi-baru-yang-panjang" }, now);
    for (let i = 0; i < 5; i++)
      expect(await change(`tebak-${i}`, at(i))).toMatchObject({
        ok: false,
        code: "INVALID_INPUT",
        message: "Kata sandi lama salah.",
      });
    const throttled = await change(initialPassword, at(5));
    expect(throttled).toEqual({
      ok: false,
      code: "THROTTLED",
      message:
        "Terlalu banyak percobaan dengan kata sandi lama yang salah. Demi keamanan akun, coba lagi dalam 15 menit.",
      fieldErrors: {
        currentPassword:
          "Terlalu banyak percobaan dengan kata sandi lama yang salah. Demi keamanan akun, coba lagi dalam 15 menit.",
      },
    });
    const before = await userRow(id);
    expect(await verifyPassword(before.passwordHash as string, initialPassword)).toBe(true); // nothing changed
    expect((await failures(id)).map((e) => e.detail)).toEqual([
      ...Array(5).fill({ reason: "wrong_current_password" }),
      { reason: "throttled" },
    ]);

    expect(await change(initialPassword, at(20))).toEqual({ ok: true, data: undefined });
    const after = await userRow(id);
    expect(await verifyPassword(after.passwordHash as string, "sandi-baru-yang-panjang")).toBe(true);
    expect(after.sessionVersion).toBe(before.sessionVersion + 1);
    expect(await db.prisma.auditLog.count({ where: { action: "PASSWORD_CHANGED", targetUserId: id } })).toBe(1);
  });

  it("counts parallel wrong tries before checking them: 10 at once get 5 checks", async () => {
    const { id } = await createOk({ username: "dinas.ganti2" });
    const outcomes = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        changeOwnPassword(
          db.prisma,
          id,
          { currentPassword: `serbuan-${i}`, newPassword: "sandi-baru-yang-panjang" },
          T,
        ),
      ),
    );
    expect(outcomes.map((o) => (o.ok ? "OK" : o.code)).sort()).toEqual([
      ...Array(5).fill("INVALID_INPUT"),
      ...Array(5).fill("THROTTLED"),
    ]);
    expect(
      (await failures(id)).filter((e) => (e.detail as { reason: string }).reason === "wrong_current_password"),
    ).toHaveLength(5);
  });

  it("forgets earlier wrong tries once the right current password is given", async () => {
    const { id, initialPassword } = await createOk({ username: "dinas.ganti3" });
    for (let i = 0; i < 4; i++)
      await changeOwnPassword(
        db.prisma,
        id,
        { currentPassword: `salah-${i}`, newPassword: "sandi-baru-yang-panjang" },
        at(i),
      );
    // Right current password, but a new one that is refused: the counter is still forgotten.
    expect(
      await changeOwnPassword(db.prisma, id, { currentPassword: initialPassword, newPassword: initialPassword }, at(4)),
    ).toMatchObject({ ok: false, code: "INVALID_INPUT" });
    for (let i = 0; i < 4; i++)
      await changeOwnPassword(
        db.prisma,
        id,
        { currentPassword: `salah-lagi-${i}`, newPassword: "sandi-baru-yang-panjang" },
        at(5),
      );
    expect(
      await changeOwnPassword(
        db.prisma,
        id,
        { currentPassword: initialPassword, newPassword: "sandi-baru-yang-panjang" },
        at(5),
      ),
    ).toEqual({ ok: true, data: undefined });
  });
});

describe("an existing session after an account change", () => {
  /** What a freshly issued token carries: a new device session and the account's current version. */
  async function sessionFor(id: string) {
    const row = await userRow(id);
    return {
      id,
      sv: row.sessionVersion,
      role: row.role as Role,
      sid: await startSession(db.prisma, id, new Date(), "Mozilla/5.0 (Linux; Android 12)"),
    };
  }

  it("keeps working for a matching token and names the user", async () => {
    const created = await createOk({ username: "dinas.sesi1" });
    const user = await loadSessionUser(db.prisma, await sessionFor(created.id));
    expect(user).toMatchObject({
      username: "dinas.sesi1",
      regencyName: "Kota Semarang",
      hasLocalPassword: true,
      mustChangePassword: true,
    });
    expect(user?.actor).toEqual({ userId: created.id, role: "DINAS", schoolId: null, regencyCode: "33.74" });
  });

  it("stops at once after a deactivation, and a reactivation does not revive the old token", async () => {
    const created = await createOk({ username: "dinas.sesi2" });
    const token = await sessionFor(created.id);
    await setAccountActive(db.prisma, adminId, created.id, false);
    expect(await loadSessionUser(db.prisma, token)).toBeNull();
    await setAccountActive(db.prisma, adminId, created.id, true);
    expect(await loadSessionUser(db.prisma, token)).toBeNull();
    expect(await loadSessionUser(db.prisma, await sessionFor(created.id))).not.toBeNull();
  });

  it("stops at once after a password reset", async () => {
    const created = await createOk({ username: "dinas.sesi3" });
    const token = await sessionFor(created.id);
    await resetPassword(db.prisma, adminId, created.id);
    expect(await loadSessionUser(db.prisma, token)).toBeNull();
  });

  it("stops at once when its device signs out, also for a copy of the token; other devices stay", async () => {
    const created = await createOk({ username: "dinas.sesi5" });
    const phone = await sessionFor(created.id);
    const laptop = await sessionFor(created.id);
    await endSession(db.prisma, created.id, phone.sid);
    expect(await loadSessionUser(db.prisma, phone)).toBeNull();
    expect(await loadSessionUser(db.prisma, laptop)).toMatchObject({ username: "dinas.sesi5", sessionId: laptop.sid });
  });

  it("'keluar dari perangkat lain' ends every other session of the account, keeps this one, and is audited", async () => {
    const created = await createOk({ username: "dinas.sesi6" });
    const other = await createOk({ username: "dinas.sesi7" });
    const [here, phone, tablet, foreign] = [
      await sessionFor(created.id),
      await sessionFor(created.id),
      await sessionFor(created.id),
      await sessionFor(other.id),
    ];
    expect((await listSessions(db.prisma, created.id, new Date())).map((s) => s.id).sort()).toEqual(
      [here.sid, phone.sid, tablet.sid].sort(),
    );
    const now = new Date();
    expect(
      await endOtherSessions(db.prisma, { userId: created.id, username: "dinas.sesi6", sessionId: here.sid }, now),
    ).toBe(2);
    expect(await loadSessionUser(db.prisma, here)).not.toBeNull();
    expect(await loadSessionUser(db.prisma, phone)).toBeNull();
    expect(await loadSessionUser(db.prisma, tablet)).toBeNull();
    expect(await loadSessionUser(db.prisma, foreign)).not.toBeNull(); // another account's session is untouched
    expect(
      await db.prisma.auditLog.findFirst({
        where: { action: "SIGN_OUT_OTHER_SESSIONS", targetUserId: created.id },
        select: { actorId: true, detail: true },
      }),
    ).toEqual({ actorId: created.id, detail: { sessions: 2 } });
  });

  it("refuses a session id of another account and an expired session", async () => {
    const created = await createOk({ username: "dinas.sesi8" });
    const other = await createOk({ username: "dinas.sesi9" });
    const foreign = await sessionFor(other.id);
    expect(await loadSessionUser(db.prisma, { ...(await sessionFor(created.id)), sid: foreign.sid })).toBeNull();
    const expired = await sessionFor(created.id);
    await db.prisma.userSession.update({
      where: { id: expired.sid },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    expect(await loadSessionUser(db.prisma, expired)).toBeNull();
    // The next sign-in removes the expired row.
    await startSession(db.prisma, created.id, new Date());
    expect(await db.prisma.userSession.count({ where: { id: expired.sid } })).toBe(0);
  });

  it("stops at once after a role change", async () => {
    const created = await createOk({ username: "dinas.sesi4" });
    const token = await sessionFor(created.id);
    await db.prisma.user.update({ where: { id: created.id }, data: { role: "HELPDESK", regencyCode: null } });
    expect(await loadSessionUser(db.prisma, token)).toBeNull();
  });
});

describe("the account list", () => {
  beforeAll(async () => {
    // 30 district accounts in Makassar: more than one page of 25. Every third one is inactive.
    await db.prisma.user.createMany({
      data: Array.from({ length: 30 }, (_, i) => ({
        username: `dinas.mks${String(i + 1).padStart(2, "0")}`,
        displayName: `Operator Makassar ${i + 1}`,
        role: "DINAS" as const,
        regencyCode: "73.71",
        isActive: i % 3 !== 0,
        passwordHash: "$argon2id$placeholder",
      })),
    });
  });

  it("pages by 25 in role-then-username order, and returns DTOs without any password hash", async () => {
    const first = await listAccounts(db.prisma, { regency: "73.71" });
    expect(first).toMatchObject({ total: 30, page: 1, pageSize: ACCOUNT_PAGE_SIZE });
    expect(first.rows.map((row) => row.username)).toEqual(
      Array.from({ length: 25 }, (_, i) => `dinas.mks${String(i + 1).padStart(2, "0")}`),
    );
    const second = await listAccounts(db.prisma, { regency: "73.71", page: "2" });
    expect(second.rows.map((row) => row.username)).toEqual([
      "dinas.mks26",
      "dinas.mks27",
      "dinas.mks28",
      "dinas.mks29",
      "dinas.mks30",
    ]);
    for (const row of [...first.rows, ...second.rows]) {
      expect(Object.keys(row).sort()).toEqual(ACCOUNT_ROW_KEYS);
      expect(row).toMatchObject({
        hasLocalPassword: true,
        regency: { code: "73.71", name: "Kota Makassar" },
        school: null,
      });
    }
    expect(JSON.stringify([first, second])).not.toContain("argon2");
  });

  it("puts issued accounts before school operators: ADMIN, SUPERVISOR, HELPDESK, DINAS, SEKOLAH", async () => {
    const all = await listAccounts(db.prisma, {});
    const ranks = all.rows.map((row) => ROLES.indexOf(row.role));
    expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
    expect(all.rows[0]?.username).toBe("admin");
  });

  it.each([
    ["role", { role: "SEKOLAH" }, ["op@pkbm-uji.sch.id"]],
    ["kab/kota code prefix", { regency: "33.2" }, ["op@pkbm-uji.sch.id"]],
    ["kab/kota name, for district and school accounts", { regency: "kendal", role: "SEKOLAH" }, ["op@pkbm-uji.sch.id"]],
    ["NPSN, in any case", { q: "p9900001" }, ["op@pkbm-uji.sch.id"]],
    [
      "part of the display name",
      { q: "MAKASSAR 2", status: "active" },
      [
        "dinas.mks02",
        "dinas.mks20",
        "dinas.mks21",
        "dinas.mks23",
        "dinas.mks24",
        "dinas.mks26",
        "dinas.mks27",
        "dinas.mks29",
      ],
    ],
    [
      "inactive only",
      { regency: "Makassar", status: "inactive", q: "mks1" },
      ["dinas.mks10", "dinas.mks13", "dinas.mks16", "dinas.mks19"],
    ],
  ])("filters by %s", async (_label, input, usernames) => {
    const list = await listAccounts(db.prisma, input);
    expect(list.rows.map((row) => row.username)).toEqual(usernames);
    expect(list.total).toBe(usernames.length);
  });

  it("shows a Dapodik-linked school operator with their school and without a local password", async () => {
    const [row] = (await listAccounts(db.prisma, { role: "SEKOLAH" })).rows;
    expect(row).toMatchObject({
      hasLocalPassword: false,
      regency: null,
      school: { npsn: "P9900001", name: "PKBM Uji", regencyName: "Kabupaten Kendal" },
    });
  });

  it("falls back to defaults for invalid or tampered parameters", async () => {
    const list = await listAccounts(db.prisma, {
      role: "RAJA",
      status: ["active", "inactive"],
      page: "-3",
      q: "x".repeat(500),
    });
    expect(list.query).toEqual({ page: 1 });
    expect(list.total).toBe(await db.prisma.user.count());
  });

  it("counts accounts per role, active and inactive", async () => {
    const counts = await countAccountsByRole(db.prisma);
    expect(counts.DINAS.inactive).toBe(10);
    expect(counts.DINAS.active + counts.DINAS.inactive).toBe(await db.prisma.user.count({ where: { role: "DINAS" } }));
    expect(counts.ADMIN).toEqual({ active: 1, inactive: 0 });
    expect(counts.SUPERVISOR).toEqual({ active: 0, inactive: 0 });
  });
});

describe("an account's detail", () => {
  it("shows the data and the 20 latest audit entries about the account, newest first, without the hash", async () => {
    const created = await createOk({ username: "dinas.sibuk", email: "sibuk@contoh.go.id", phone: "0812 3456 7890" });
    const base = new Date("2026-10-01T00:00:00Z");
    for (let i = 0; i < 25; i++) {
      await recordAudit(db.prisma, {
        action: "SIGN_IN",
        actorId: created.id,
        targetUserId: created.id,
        username: "dinas.sibuk",
        ipAddress: "10.0.0.1",
        at: new Date(base.getTime() + i * 60_000),
      });
    }
    const detail = await getAccountDetail(db.prisma, created.id);
    expect(detail).toMatchObject({
      username: "dinas.sibuk",
      email: "sibuk@contoh.go.id",
      phone: "0812 3456 7890",
      provinceName: "Jawa Tengah",
      hasLocalPassword: true,
    });
    expect(Object.keys(detail ?? {}).sort()).toEqual(
      [...ACCOUNT_ROW_KEYS, "createdAt", "email", "phone", "provinceName", "recentAudit"].sort(),
    );
    expect(detail?.recentAudit).toHaveLength(20);
    // ACCOUNT_CREATED was written now (after the back-dated sign-ins), so it comes first.
    expect(detail?.recentAudit[0]).toMatchObject({
      action: "ACCOUNT_CREATED",
      actorUsername: "admin",
      targetUsername: "dinas.sibuk",
    });
    expect(detail?.recentAudit[1]?.at).toEqual(new Date(base.getTime() + 24 * 60_000));
    expect(JSON.stringify(detail)).not.toContain("argon2");
    expect(await getAccountDetail(db.prisma, "tidak-ada")).toBeNull();
  });
});

describe("the audit log", () => {
  // 23:59:59 WIB on 1 November and 00:00 WIB on 2 November.
  const lateFirst = new Date("2026-11-01T16:59:59Z");
  const earlySecond = new Date("2026-11-01T17:00:00Z");

  beforeAll(async () => {
    await recordAudit(db.prisma, {
      action: "SIGN_IN_FAILED",
      username: "penyusup",
      ipAddress: "203.0.113.9",
      detail: { reason: "credentials" },
      at: lateFirst,
    });
    await recordAudit(db.prisma, {
      action: "SIGN_IN_THROTTLED",
      username: "penyusup",
      ipAddress: "203.0.113.9",
      at: earlySecond,
    });
    for (let i = 0; i < 55; i++) {
      await recordAudit(db.prisma, {
        action: "SIGN_OUT",
        actorId: adminId,
        targetUserId: adminId,
        username: "admin",
        at: new Date(Date.UTC(2026, 8, 1, 0, i)),
      });
    }
  });

  it("pages by 50, newest first, with actor and target usernames", async () => {
    const first = await listAuditEntries(db.prisma, { action: "SIGN_OUT" });
    expect(first).toMatchObject({ total: 55, pageSize: AUDIT_PAGE_SIZE });
    expect(first.rows).toHaveLength(50);
    expect(first.rows[0]).toMatchObject({
      at: new Date(Date.UTC(2026, 8, 1, 0, 54)),
      actorUsername: "admin",
      targetUsername: "admin",
      targetUserId: adminId,
    });
    const second = await listAuditEntries(db.prisma, { action: "SIGN_OUT", page: "2" });
    expect(second.rows.map((row) => row.at.getUTCMinutes())).toEqual([4, 3, 2, 1, 0]);
  });

  it("reads from/to as days in WIB, both inclusive", async () => {
    const onFirst = await listAuditEntries(db.prisma, { username: "PENYUSUP", from: "2026-11-01", to: "2026-11-01" });
    expect(onFirst.rows.map((row) => row.action)).toEqual(["SIGN_IN_FAILED"]);
    expect(onFirst.rows[0]).toMatchObject({
      username: "penyusup",
      actorUsername: null,
      targetUsername: null,
      ipAddress: "203.0.113.9",
      detail: { reason: "credentials" },
    });
    const fromSecond = await listAuditEntries(db.prisma, { username: "penyusup", from: "2026-11-02" });
    expect(fromSecond.rows.map((row) => row.action)).toEqual(["SIGN_IN_THROTTLED"]);
  });

  it("ignores a date that is not a calendar day and an unknown action", async () => {
    const list = await listAuditEntries(db.prisma, {
      username: "penyusup",
      from: "2026-02-30",
      to: "kemarin",
      action: "HACK",
    });
    expect(list.query).toEqual({ username: "penyusup", page: 1 });
    expect(list.total).toBe(2);
  });
});
