// A small world for the sign-in tests: one province and kab/kota, two schools, issued accounts with real
// argon2id hashes, a local school operator and a deactivated district account, on a fresh database per
// test file. The sentences a user reads are written out here, so a silent rewording fails the tests.
import { expect } from "vitest";
import type { DapodikAuthenticator } from "@/lib/server/dapodik";
import { signInWithPassword, type SignInOutcome } from "@/lib/server/auth";
import { hashPassword } from "@/lib/server/accounts";
import { createTestDatabase, type TestDatabase } from "./test-database";

/** Monday 2 March 2026, 08:00 WIB. */
export const T0 = new Date("2026-03-02T01:00:00.000Z");
export const MINUTE_MS = 60_000;
export const at = (minutes: number) => new Date(T0.getTime() + minutes * MINUTE_MS);

export const SEMARANG = "33.74";
export const IP = "203.0.113.10";

export const PASSWORDS = {
  dinas: "Dinas Semarang#2026",
  helpdesk: "helpdesk-pusat-2026",
  admin: "admin!Rahasia1",
  sekolah: "tk pelita 99000001",
  inactive: "dinas-lama-2025",
} as const;

export const MESSAGES = {
  wrong: "Nama pengguna atau kata sandi salah.",
  empty: "Isi nama pengguna dan kata sandi.",
  inactive:
    "Akun Anda sudah dinonaktifkan. Hubungi tim Helpdesk (operator dinas) atau Dinas Pendidikan kabupaten/kota Anda (operator sekolah).",
  throttled: (minutes: number) =>
    `Terlalu banyak percobaan masuk yang gagal. Demi keamanan akun, coba lagi dalam ${minutes} menit.`,
  npsnUnknown: (npsn: string) =>
    `Akun Dapodik Anda sah, tetapi NPSN ${npsn} belum terdaftar di Helpdesk. Hubungi Dinas Pendidikan kabupaten/kota Anda agar data satuan pendidikan diperbarui.`,
  dapodikUnreachable:
    "Layanan Dapodik tidak dapat dihubungi saat ini. Coba lagi beberapa saat lagi; jika berulang, hubungi Dinas Pendidikan kabupaten/kota Anda.",
  dapodikInvalid:
    "Layanan Dapodik memberikan jawaban yang tidak dapat dibaca. Coba lagi beberapa saat lagi; jika berulang, hubungi Dinas Pendidikan kabupaten/kota Anda.",
  dapodikTimeout1s:
    "Layanan Dapodik tidak menjawab dalam 1 detik. Coba lagi beberapa saat lagi; jika berulang, hubungi Dinas Pendidikan kabupaten/kota Anda.",
} as const;

export interface SignInWorld {
  db: TestDatabase;
  schools: { tk: { id: string; npsn: string }; pkbm: { id: string; npsn: string } };
  users: Record<"dinas" | "helpdesk" | "admin" | "sekolah" | "inactive", { id: string; username: string }>;
}

export async function createSignInWorld(): Promise<SignInWorld> {
  const db = await createTestDatabase();
  const p = db.prisma;
  await p.province.create({ data: { code: "33", name: "Jawa Tengah", timeZone: "Asia/Jakarta" } });
  await p.regency.create({ data: { code: SEMARANG, provinceCode: "33", name: "Kota Semarang" } });
  const school = (npsn: string, name: string, form: "TK" | "PKBM") =>
    p.school.create({
      data: { npsn, name, form, status: "SWASTA", regencyCode: SEMARANG },
      select: { id: true, npsn: true },
    });
  const schools = {
    tk: await school("99000001", "TK Pelita Harapan", "TK"),
    pkbm: await school("P9900001", "PKBM Harapan Bangsa", "PKBM"),
  };

  const user = async (
    username: string,
    role: "SEKOLAH" | "DINAS" | "HELPDESK" | "ADMIN",
    password: string,
    extra: { schoolId?: string; regencyCode?: string; isActive?: boolean } = {},
  ) => {
    const row = await p.user.create({
      data: { username, displayName: `Nama ${username}`, role, passwordHash: await hashPassword(password), ...extra },
      select: { id: true, username: true },
    });
    return row;
  };
  const users = {
    dinas: await user("dinas.semarang", "DINAS", PASSWORDS.dinas, { regencyCode: SEMARANG }),
    helpdesk: await user("helpdesk1", "HELPDESK", PASSWORDS.helpdesk),
    admin: await user("admin", "ADMIN", PASSWORDS.admin),
    sekolah: await user("op.99000001", "SEKOLAH", PASSWORDS.sekolah, { schoolId: schools.tk.id }),
    inactive: await user("dinas.lama", "DINAS", PASSWORDS.inactive, { regencyCode: SEMARANG, isActive: false }),
  };
  return { db, schools, users };
}

/** Forgets every audit entry and throttle counter, so each test reads only what it caused. */
export async function resetSignInState(world: SignInWorld) {
  await world.db.prisma.auditLog.deleteMany();
  await world.db.prisma.signInThrottle.deleteMany();
}

export function signIn(
  world: SignInWorld,
  dapodik: DapodikAuthenticator,
  now: Date,
  username: string,
  password: string,
  ipAddress: string = IP,
): Promise<SignInOutcome> {
  return signInWithPassword({ prisma: world.db.prisma, dapodik, now }, { username, password, ipAddress });
}

export function expectFailure(outcome: SignInOutcome, code: string, message: string) {
  expect(outcome).toEqual({ ok: false, code, message });
}

/** The audit log in order, as the fields an admin reads. */
export async function auditEntries(world: SignInWorld) {
  return world.db.prisma.auditLog.findMany({
    orderBy: { seq: "asc" },
    select: {
      action: true,
      actorId: true,
      targetUserId: true,
      username: true,
      ipAddress: true,
      detail: true,
      at: true,
    },
  });
}

/** The throttle counters by key ("user:<name>", "ip:<address>"). */
export async function throttleRows(world: SignInWorld) {
  const rows = await world.db.prisma.signInThrottle.findMany({ orderBy: { key: "asc" } });
  return Object.fromEntries(rows.map(({ key, ...state }) => [key, state]));
}

/** No password, in any form, in any column of the audit table. */
export async function expectNoPasswordInAudit(world: SignInWorld, passwords: string[]) {
  const rows = await world.db.prisma.auditLog.findMany();
  const text = JSON.stringify(rows);
  for (const password of passwords) expect(text).not.toContain(password);
}
