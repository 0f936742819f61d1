// Signing in school operators through the Dapodik service (DAPODIK_AUTH_URL set), against a real HTTP
// fake on 127.0.0.1 and a real database. What a school operator would notice: the first Dapodik sign-in
// creates their helpdesk account for their school; a school the helpdesk does not know yet is named in a
// sentence that says whom to contact; a Dapodik outage is explained and never counts as a wrong password
// (it must not lock them out). Issued accounts keep signing in by their own password meanwhile.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createDapodikAuthenticator } from "@/lib/server/auth";
import type { DapodikAuthenticator } from "@/lib/server/dapodik";
import { findClosedPort, startFakeDapodik, type FakeDapodik, type FakeDapodikBehaviour } from "./helpers/fake-dapodik";
import {
  at,
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

const DAPODIK_PASSWORD = "Dapodik#Sekolah 2026";
const NEW_OPERATOR = "operator.pkbm@sekolah.id";

// The fake reads this object on every request, so a test may change what Dapodik answers next.
const script: Record<string, FakeDapodikBehaviour> = {
  [NEW_OPERATOR]: { kind: "json", body: { npsn: "p9900001", nama: "Budi Santoso" } },
  "op.asing": { kind: "json", body: { npsn: "20999999", nama: "Operator Asing" } },
  "op.ditolak": { kind: "refuse", status: 401 },
  "op.lambat": { kind: "slow", delayMs: 10_000 },
  "op.rusak": {
    kind: "raw",
    status: 500,
    contentType: "text/html",
    body: "<html><body>Internal Server Error</body></html>",
  },
  "op.html": {
    kind: "raw",
    status: 200,
    contentType: "text/html",
    body: "<html><body>Sedang pemeliharaan</body></html>",
  },
  "op.nonaktif": { kind: "json", body: { npsn: "99000001", nama: "Operator Nonaktif" } },
  // Would let anyone in as the district account, were the service asked about it.
  "dinas.semarang": { kind: "json", body: { npsn: "99000001", nama: "Penyusup" } },
};

let world: SignInWorld;
let fake: FakeDapodik;
let dapodik: DapodikAuthenticator;

beforeAll(async () => {
  [world, fake] = await Promise.all([createSignInWorld(), startFakeDapodik(script)]);
  dapodik = createDapodikAuthenticator(world.db.prisma, { url: fake.url, timeoutMs: 1000 });
});
afterAll(async () => {
  await fake?.close();
  await world?.db.destroy();
});
beforeEach(async () => resetSignInState(world));

const findUser = (username: string) =>
  world.db.prisma.user.findUnique({
    where: { username },
    select: {
      id: true,
      role: true,
      displayName: true,
      passwordHash: true,
      schoolId: true,
      isActive: true,
      lastSignInAt: true,
    },
  });

describe("first and later Dapodik sign-ins", () => {
  it("creates the operator's account on the first sign-in, linked to the school by NPSN, and reuses it afterwards", async () => {
    expect(await findUser(NEW_OPERATOR)).toBeNull();
    const requestsBefore = fake.requests.length;

    const first = await signIn(world, dapodik, T0, `  ${NEW_OPERATOR.toUpperCase()} `, DAPODIK_PASSWORD);
    const created = await findUser(NEW_OPERATOR);
    expect(created).toEqual({
      id: expect.any(String),
      role: "SEKOLAH",
      displayName: "Budi Santoso",
      passwordHash: null, // the password stays Dapodik's: no local copy
      schoolId: world.schools.pkbm.id,
      isActive: true,
      lastSignInAt: T0,
    });
    expect(first).toEqual({
      ok: true,
      user: { id: created!.id, role: "SEKOLAH", displayName: "Budi Santoso", sessionVersion: 0 },
      sessionId: expect.any(String),
    });
    // Dapodik was asked once, with the normalised username and the password as typed.
    expect(fake.requests.slice(requestsBefore).map((r) => r.json)).toEqual([
      { username: NEW_OPERATOR, password: DAPODIK_PASSWORD },
    ]);
    expect(await auditEntries(world)).toEqual([
      {
        action: "DAPODIK_ACCOUNT_LINKED",
        actorId: null,
        targetUserId: created!.id,
        username: NEW_OPERATOR,
        ipAddress: IP,
        detail: { npsn: "P9900001" },
        at: T0,
      },
      {
        action: "SIGN_IN",
        actorId: created!.id,
        targetUserId: created!.id,
        username: NEW_OPERATOR,
        ipAddress: IP,
        detail: null,
        at: T0,
      },
    ]);

    // Dapodik now has the operator's corrected name.
    script[NEW_OPERATOR] = { kind: "json", body: { npsn: "P9900001", nama: "Budi Santoso, S.Pd." } };
    const second = await signIn(world, dapodik, at(60), NEW_OPERATOR, DAPODIK_PASSWORD);
    expect(second).toEqual({
      ok: true,
      user: { id: created!.id, role: "SEKOLAH", displayName: "Budi Santoso, S.Pd.", sessionVersion: 0 },
      sessionId: expect.any(String),
    });
    expect(await world.db.prisma.user.count({ where: { username: NEW_OPERATOR } })).toBe(1);
    expect(await findUser(NEW_OPERATOR)).toMatchObject({
      id: created!.id,
      displayName: "Budi Santoso, S.Pd.",
      schoolId: world.schools.pkbm.id,
      lastSignInAt: at(60),
    });
    const actions = (await auditEntries(world)).map((e) => e.action);
    expect(actions).toEqual(["DAPODIK_ACCOUNT_LINKED", "SIGN_IN", "SIGN_IN"]); // linked once only
    await expectNoPasswordInAudit(world, [DAPODIK_PASSWORD]);
  });

  it("names an NPSN the helpdesk does not know and says whom to contact, without creating an account", async () => {
    const outcome = await signIn(world, dapodik, T0, "op.asing", DAPODIK_PASSWORD);
    expectFailure(outcome, "NPSN_UNKNOWN", MESSAGES.npsnUnknown("20999999"));
    expect(await findUser("op.asing")).toBeNull();
    expect(await auditEntries(world)).toEqual([
      {
        action: "SIGN_IN_FAILED",
        actorId: null,
        targetUserId: null,
        username: "op.asing",
        ipAddress: IP,
        detail: { reason: "npsn_unknown", npsn: "20999999" },
        at: T0,
      },
    ]);
    expect(await throttleRows(world)).toEqual({}); // the password was right
  });
});

describe("refusals and outages", () => {
  it("a refusal reads the generic sentence and counts as a failed password", async () => {
    const outcome = await signIn(world, dapodik, T0, "op.ditolak", DAPODIK_PASSWORD);
    expectFailure(outcome, "INVALID_CREDENTIALS", MESSAGES.wrong);
    expect(await findUser("op.ditolak")).toBeNull();
    expect(await auditEntries(world)).toMatchObject([
      { action: "SIGN_IN_FAILED", username: "op.ditolak", detail: { reason: "credentials" } },
    ]);
    expect(await throttleRows(world)).toEqual({
      "ip:203.0.113.10": { failures: 1, windowStartedAt: T0, lockedUntil: null },
      "user:op.ditolak": { failures: 1, windowStartedAt: T0, lockedUntil: null },
    });
  });

  it("five refusals lock the username without asking Dapodik a sixth time", async () => {
    for (let i = 0; i < 5; i++) await signIn(world, dapodik, T0, "op.ditolak", `tebakan-${i}`);
    const requestsBefore = fake.requests.length;
    expectFailure(
      await signIn(world, dapodik, T0, "op.ditolak", DAPODIK_PASSWORD),
      "THROTTLED",
      MESSAGES.throttled(15),
    );
    expect(fake.requests).toHaveLength(requestsBefore);
  });

  it.each([
    ["a 500 error page", "op.rusak", "INVALID_RESPONSE", MESSAGES.dapodikInvalid],
    ["an HTML page with status 200", "op.html", "INVALID_RESPONSE", MESSAGES.dapodikInvalid],
    ["no answer within the timeout", "op.lambat", "TIMEOUT", MESSAGES.dapodikTimeout1s],
  ])("%s → the Dapodik sentence, not counted as a failed password", async (_label, username, reason, message) => {
    for (let i = 0; i < 6; i++) {
      expectFailure(await signIn(world, dapodik, T0, username, DAPODIK_PASSWORD), "DAPODIK_UNAVAILABLE", message);
    }
    expect(await throttleRows(world)).toEqual({}); // six outages in a row lock nobody out
    expect(await findUser(username)).toBeNull();
    const entries = await auditEntries(world);
    expect(entries).toHaveLength(6);
    expect(entries[0]).toEqual({
      action: "SIGN_IN_FAILED",
      actorId: null,
      targetUserId: null,
      username,
      ipAddress: IP,
      detail: { reason: `dapodik:${reason}` },
      at: T0,
    });
  });

  it("a closed port → the 'cannot be reached' sentence, not counted as a failed password", async () => {
    const port = await findClosedPort();
    const down = createDapodikAuthenticator(world.db.prisma, {
      url: `http://127.0.0.1:${port}/api/login`,
      timeoutMs: 1000,
    });
    expectFailure(
      await signIn(world, down, T0, NEW_OPERATOR, DAPODIK_PASSWORD),
      "DAPODIK_UNAVAILABLE",
      MESSAGES.dapodikUnreachable,
    );
    expect(await throttleRows(world)).toEqual({});
    expect(await auditEntries(world)).toMatchObject([
      { action: "SIGN_IN_FAILED", username: NEW_OPERATOR, detail: { reason: "dapodik:UNREACHABLE" } },
    ]);
  });
});

describe("accounts that exist here", () => {
  it("a deactivated Dapodik-linked account is told it is deactivated, and stays deactivated", async () => {
    const { id } = await world.db.prisma.user.create({
      data: {
        username: "op.nonaktif",
        displayName: "Operator Lama",
        role: "SEKOLAH",
        schoolId: world.schools.tk.id,
        isActive: false,
      },
    });
    expectFailure(await signIn(world, dapodik, T0, "op.nonaktif", DAPODIK_PASSWORD), "INACTIVE", MESSAGES.inactive);
    expect(await findUser("op.nonaktif")).toMatchObject({
      id,
      isActive: false,
      displayName: "Operator Lama",
      lastSignInAt: null,
    });
    expect(await auditEntries(world)).toEqual([
      {
        action: "SIGN_IN_FAILED",
        actorId: null,
        targetUserId: id,
        username: "op.nonaktif",
        ipAddress: IP,
        detail: { reason: "inactive" },
        at: T0,
      },
    ]);
    expect(await throttleRows(world)).toEqual({});
  });

  it("an issued district account signs in by its own password; Dapodik is never asked", async () => {
    const requestsBefore = fake.requests.length;
    const outcome = await signIn(world, dapodik, T0, "Dinas.Semarang", PASSWORDS.dinas);
    expect(outcome).toMatchObject({ ok: true, user: { id: world.users.dinas.id, role: "DINAS" } });
    // Dapodik would accept any password for this name: it must not be able to vouch for a district account.
    expectFailure(
      await signIn(world, dapodik, T0, "dinas.semarang", DAPODIK_PASSWORD),
      "INVALID_CREDENTIALS",
      MESSAGES.wrong,
    );
    expect(fake.requests).toHaveLength(requestsBefore);
    expect(await findUser("dinas.semarang")).toMatchObject({
      role: "DINAS",
      displayName: "Nama dinas.semarang",
      schoolId: null,
    });
  });

  it("a local school password is not accepted in place of the Dapodik one", async () => {
    // op.99000001 has a local hash, but with a Dapodik URL configured only Dapodik decides (it refuses here).
    expectFailure(
      await signIn(world, dapodik, T0, "op.99000001", PASSWORDS.sekolah),
      "INVALID_CREDENTIALS",
      MESSAGES.wrong,
    );
    expect(fake.requests.at(-1)?.json).toEqual({ username: "op.99000001", password: PASSWORDS.sekolah });
  });
});
