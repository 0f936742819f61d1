import { expect, type Page } from "@playwright/test";

/** Demo accounts (prisma/seed/users.ts); all share the demo password. */
export const DEMO_PASSWORD = "demo12345";
export const DEMO_ACCOUNTS = {
  SEKOLAH: "sekolah.semarang",
  DINAS: "dinas.semarang1",
  HELPDESK: "helpdesk1",
  SUPERVISOR: "supervisor",
  ADMIN: "admin",
} as const;
export type DemoRole = keyof typeof DEMO_ACCOUNTS;
export const DASHBOARDS: Record<DemoRole, string> = {
  SEKOLAH: "/sekolah",
  DINAS: "/dinas",
  HELPDESK: "/helpdesk",
  SUPERVISOR: "/supervisor",
  ADMIN: "/admin",
};

/** Signs in through the real form, as a person would. */
export async function signIn(page: Page, username: string, password = DEMO_PASSWORD) {
  await page.goto("/masuk");
  await page.getByLabel("Nama pengguna").fill(username);
  await page.getByLabel("Kata sandi").fill(password);
  await page.getByRole("button", { name: "Masuk" }).click();
}

export async function signInAs(page: Page, role: DemoRole) {
  await signIn(page, DEMO_ACCOUNTS[role]);
  // Generous: argon2 and a cold server page on a busy CI machine can take several seconds.
  await expect(page).toHaveURL(new RegExp(`${DASHBOARDS[role]}$`), { timeout: 30_000 });
}

/** The people of the access tests: a school and a district in Kota Semarang (A) and in Kendal (B), and one of each central role. */
export type TenantActor = "sekolahA" | "sekolahB" | "dinasA" | "dinasB" | "helpdesk" | "supervisor" | "admin";
export const TENANT_USERNAMES: Record<TenantActor, string> = {
  sekolahA: "sekolah.semarang",
  sekolahB: "sekolah.kendal",
  dinasA: "dinas.semarang2",
  dinasB: "dinas.kendal",
  helpdesk: "helpdesk2",
  supervisor: "supervisor",
  admin: "admin",
};
export const TENANT_ROLES: Record<TenantActor, DemoRole> = {
  sekolahA: "SEKOLAH",
  sekolahB: "SEKOLAH",
  dinasA: "DINAS",
  dinasB: "DINAS",
  helpdesk: "HELPDESK",
  supervisor: "SUPERVISOR",
  admin: "ADMIN",
};
