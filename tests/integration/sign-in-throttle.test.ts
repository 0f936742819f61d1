// Sign-in throttling against a real database: 5 attempts in 15 minutes per username, 30 per address;
// the next one is refused and locks for 15 minutes. Attempts are counted before the password is checked,
// so parallel guesses cannot all slip through; an attempt that was no wrong guess is given back. What a user would notice: after a few wrong guesses even the right password waits,
// the page says how long, and it works again on time; an attacker cannot tell real usernames from made-up
// ones by the way they lock, and a school network's other users are not locked out by one person.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createDapodikAuthenticator, pruneSignInThrottle, type SignInOutcome } from "@/lib/server/auth";
import type { DapodikAuthenticator } from "@/lib/server/dapodik";
import {
  at,
  auditEntries,
  createSignInWorld,
  expectFailure,
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
  local = createDapodikAuthenticator(world.db.prisma, {});
});
afterAll(async () => world?.db.destroy());
beforeEach(async () => resetSignInState(world));

const IP_A = "198.51.100.1";
const IP_B = "198.51.100.2";

async function failTimes(times: number, username: string, ipAddress: string, now: Date = T0) {
  const outcomes: SignInOutcome[] = [];
  for (let i = 0; i < times; i++) outcomes.push(await signIn(world, local, now, username, `salah-${i}`, ipAddress));
  return outcomes;
}

const summary = (outcomes: SignInOutcome[]) => outcomes.map((o) => (o.ok ? "OK" : o.code));

describe("per username", () => {
  it("locks after 5 failures: the 6th try waits even with the right password, and works again after 15 minutes", async () => {
    const failures = await failTimes(5, "dinas.semarang", IP_A);
    for (const outcome of failures) expectFailure(outcome, "INVALID_CREDENTIALS", MESSAGES.wrong);
    expect(await throttleRows(world)).toEqual({
      "ip:198.51.100.1": { failures: 5, windowStartedAt: T0, lockedUntil: null },
      "user:dinas.semarang": { failures: 5, windowStartedAt: T0, lockedUntil: null },
    });

    expectFailure(
      await signIn(world, local, T0, "dinas.semarang", PASSWORDS.dinas, IP_A),
      "THROTTLED",
      MESSAGES.throttled(15),
    );
    // From another address too: the lock is on the account name.
    expectFailure(
      await signIn(world, local, at(5), "dinas.semarang", PASSWORDS.dinas, IP_B),
      "THROTTLED",
      MESSAGES.throttled(10),
    );
    expectFailure(
      await signIn(world, local, at(14.5), "dinas.semarang", PASSWORDS.dinas, IP_A),
      "THROTTLED",
      MESSAGES.throttled(1),
    );
    // Tries during the lock are not failures: they neither extend the lock nor reach the password check.
    expect(await throttleRows(world)).toMatchObject({ "user:dinas.semarang": { failures: 0, lockedUntil: at(15) } });

    const outcome = await signIn(world, local, at(15), "dinas.semarang", PASSWORDS.dinas, IP_A);
    expect(outcome).toMatchObject({ ok: true, user: { id: world.users.dinas.id, role: "DINAS" } });

    const entries = await auditEntries(world);
    expect(entries.map((e) => e.action)).toEqual([
      ...Array(5).fill("SIGN_IN_FAILED"),
      "SIGN_IN_THROTTLED",
      "SIGN_IN_THROTTLED",
      "SIGN_IN_THROTTLED",
      "SIGN_IN",
    ]);
    expect(entries[5]).toEqual({
      action: "SIGN_IN_THROTTLED",
      actorId: null,
      targetUserId: null,
      username: "dinas.semarang",
      ipAddress: IP_A,
      detail: null,
      at: T0,
    });
    // The success forgets the username's counter and gives its own attempt back to the address (whose
    // window of 15 minutes had just ended: nothing is left); the refused try from B left nothing either.
    expect(await throttleRows(world)).toEqual({});
  });

  it("a successful sign-in clears the username's counter", async () => {
    await failTimes(4, "helpdesk1", IP_A);
    expect(await signIn(world, local, at(1), "helpdesk1", PASSWORDS.helpdesk, IP_A)).toMatchObject({ ok: true });
    expect(summary(await failTimes(4, "helpdesk1", IP_A, at(2)))).toEqual(Array(4).fill("INVALID_CREDENTIALS"));
    // 4 + 4 failures, but only 4 since the success: still allowed.
    expect(await signIn(world, local, at(2), "helpdesk1", PASSWORDS.helpdesk, IP_A)).toMatchObject({ ok: true });
  });

  it("counts failures within a 15-minute window only", async () => {
    await failTimes(4, "admin", IP_A, T0);
    await failTimes(1, "admin", IP_A, at(15)); // the first window is over: this starts a new one
    expect(await throttleRows(world)).toMatchObject({
      "user:admin": { failures: 1, windowStartedAt: at(15), lockedUntil: null },
    });
    expect(await signIn(world, local, at(15), "admin", PASSWORDS.admin, IP_A)).toMatchObject({
      ok: true,
      user: { role: "ADMIN" },
    });
  });

  it("does not lock other usernames of the same address", async () => {
    await failTimes(5, "dinas.semarang", IP_A);
    expect(await signIn(world, local, T0, "helpdesk1", PASSWORDS.helpdesk, IP_A)).toMatchObject({
      ok: true,
      user: { role: "HELPDESK" },
    });
  });

  it("locks an unknown username exactly like a real one (no user enumeration)", async () => {
    const real = [
      ...(await failTimes(5, "dinas.semarang", IP_A)),
      await signIn(world, local, T0, "dinas.semarang", "lagi", IP_A),
    ];
    const unknown = [
      ...(await failTimes(5, "dinas.tidakada", IP_B)),
      await signIn(world, local, T0, "dinas.tidakada", "lagi", IP_B),
    ];
    expect(unknown).toEqual(real);
    expect(summary(unknown)).toEqual([...Array(5).fill("INVALID_CREDENTIALS"), "THROTTLED"]);
    expectFailure(unknown[5]!, "THROTTLED", MESSAGES.throttled(15));
    const rows = await throttleRows(world);
    expect(rows["user:dinas.tidakada"]).toEqual(rows["user:dinas.semarang"]);
  });
});

describe("per address", () => {
  it("after 30 failures from one address every username from it waits, not from elsewhere", async () => {
    // Six guessed names, 29 failures: each name has used its 5, the address is still open.
    for (const name of ["tebak1", "tebak2", "tebak3", "tebak4", "tebak5"]) await failTimes(5, name, IP_A);
    await failTimes(4, "tebak6", IP_A);
    expect(await signIn(world, local, T0, "helpdesk1", PASSWORDS.helpdesk, IP_A)).toMatchObject({ ok: true });
    expect(await throttleRows(world)).toMatchObject({ "ip:198.51.100.1": { failures: 29, lockedUntil: null } });

    await failTimes(1, "tebak6", IP_A); // the 30th
    expect(await throttleRows(world)).toMatchObject({ "ip:198.51.100.1": { failures: 30, lockedUntil: null } });

    // The next attempt from the address is refused and locks it for 15 minutes, whoever it is.
    const rightPasswords = [
      ["helpdesk1", PASSWORDS.helpdesk],
      ["admin", PASSWORDS.admin],
      ["op.99000001", PASSWORDS.sekolah],
    ] as const;
    for (const [username, password] of rightPasswords) {
      expectFailure(await signIn(world, local, at(1), username, password, IP_A), "THROTTLED", MESSAGES.throttled(15));
    }
    expect(await throttleRows(world)).toMatchObject({ "ip:198.51.100.1": { failures: 0, lockedUntil: at(16) } });
    expect(await signIn(world, local, at(1), "helpdesk1", PASSWORDS.helpdesk, IP_B)).toMatchObject({ ok: true });
    expect(await signIn(world, local, at(16), "admin", PASSWORDS.admin, IP_A)).toMatchObject({ ok: true });

    const actions = (await auditEntries(world)).map((e) => e.action);
    expect(actions.filter((a) => a === "SIGN_IN_FAILED")).toHaveLength(30);
    expect(actions.filter((a) => a === "SIGN_IN_THROTTLED")).toHaveLength(3);
  });
});

describe("concurrent failures", () => {
  it("counts each of 10 parallel attempts before checking it: 5 reach the password check, 5 wait", async () => {
    const outcomes = await Promise.all(
      Array.from({ length: 10 }, (_, i) => signIn(world, local, T0, "dinas.semarang", `serbuan-${i}`, IP_A)),
    );
    expect(summary(outcomes).sort()).toEqual([...Array(5).fill("INVALID_CREDENTIALS"), ...Array(5).fill("THROTTLED")]);
    // No lost update: the address counted the 5 that were checked; the username used its 5 and locked.
    expect(await throttleRows(world)).toEqual({
      "ip:198.51.100.1": { failures: 5, windowStartedAt: T0, lockedUntil: null },
      "user:dinas.semarang": { failures: 0, windowStartedAt: T0, lockedUntil: at(15) },
    });
    expect((await auditEntries(world)).filter((e) => e.action === "SIGN_IN_FAILED")).toHaveLength(5);
    expectFailure(
      await signIn(world, local, T0, "dinas.semarang", PASSWORDS.dinas, IP_A),
      "THROTTLED",
      MESSAGES.throttled(15),
    );
  });

  it("40 parallel wrong guesses lock the account: only 5 passwords are ever checked", async () => {
    const outcomes = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        signIn(world, local, T0, "helpdesk1", `tebakan-${i}`, `198.51.100.${100 + i}`),
      ),
    );
    expect(summary(outcomes).filter((code) => code === "INVALID_CREDENTIALS")).toHaveLength(5);
    expect(summary(outcomes).filter((code) => code === "THROTTLED")).toHaveLength(35);
    const actions = (await auditEntries(world)).map((e) => e.action);
    expect(actions.filter((a) => a === "SIGN_IN_FAILED")).toHaveLength(5);
    expect(actions.filter((a) => a === "SIGN_IN_THROTTLED")).toHaveLength(35);
    expectFailure(
      await signIn(world, local, T0, "helpdesk1", PASSWORDS.helpdesk, "198.51.100.99"),
      "THROTTLED",
      MESSAGES.throttled(15),
    );
  });
});

describe("what is not a guess", () => {
  it("a deactivated account's right password is refused without using up an attempt", async () => {
    for (let i = 0; i < 6; i++)
      expectFailure(
        await signIn(world, local, T0, "dinas.lama", PASSWORDS.inactive, IP_A),
        "INACTIVE",
        MESSAGES.inactive,
      );
    expect(await throttleRows(world)).toEqual({});
  });

  it("a username or password longer than any real one is refused before anything is written", async () => {
    const long = `${"a".repeat(250)}@x.id`;
    expectFailure(
      await signIn(world, local, T0, long, "apa saja", IP_A),
      "INVALID_CREDENTIALS",
      "Nama pengguna terlalu panjang (paling banyak 254 karakter).",
    );
    expectFailure(
      await signIn(world, local, T0, "helpdesk1", "x".repeat(257), IP_A),
      "INVALID_CREDENTIALS",
      "Kata sandi terlalu panjang (paling banyak 256 karakter).",
    );
    expect(await throttleRows(world)).toEqual({});
    expect(await auditEntries(world)).toEqual([]);
  });
});

describe("old rows", () => {
  it("are removed once their window is over and they hold no lock; a lock stays until it ends", async () => {
    await failTimes(2, "admin", IP_A); // a window with failures, no lock
    await failTimes(6, "helpdesk1", IP_B); // the 6th locks until at(15)
    expect(await pruneSignInThrottle(world.db.prisma, at(14))).toBe(0);
    expect(Object.keys(await throttleRows(world))).toEqual([
      "ip:198.51.100.1",
      "ip:198.51.100.2",
      "user:admin",
      "user:helpdesk1",
    ]);
    expect(await pruneSignInThrottle(world.db.prisma, at(15))).toBe(4);
    expect(await throttleRows(world)).toEqual({});
  });
});
