import { expect, test } from "@playwright/test";
import { DASHBOARDS, DEMO_ACCOUNTS, signIn, signInAs, type DemoRole } from "./support/auth";
import { expectAccessibleAndNarrow, main } from "./support/page-checks";

const ROLES = Object.keys(DEMO_ACCOUNTS) as DemoRole[];

test.describe("masuk dan hak akses", () => {
  for (const role of ROLES) {
    test(`${role} signs in through the form and opens only its own dashboard`, async ({ page }) => {
      await signInAs(page, role);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      for (const other of ROLES) {
        await page.goto(DASHBOARDS[other]);
        if (other === role) {
          await expect(page).toHaveURL(new RegExp(`${DASHBOARDS[role]}$`));
          await expect(page.getByText("Halaman ini bukan untuk akun Anda")).toHaveCount(0);
        } else {
          await expect(page).toHaveURL(/\/tidak-berwenang$/);
          await expect(page.getByRole("heading", { name: "Halaman ini bukan untuk akun Anda" })).toBeVisible();
        }
      }
    });
  }

  test("a wrong password gets a clear message and keeps the username typed", async ({ page }) => {
    await signIn(page, "dinas.kendal", "salah-sekali");
    await expect(page.getByRole("main").getByRole("alert")).toHaveText("Nama pengguna atau kata sandi salah.");
    await expect(page.getByLabel("Nama pengguna")).toHaveValue("dinas.kendal");
    await expect(page).toHaveURL(/\/masuk$/);
  });

  test("an unknown username gets exactly the same message", async ({ page }) => {
    await signIn(page, "tidak.ada.orangnya", "salah-sekali");
    await expect(page.getByRole("main").getByRole("alert")).toHaveText("Nama pengguna atau kata sandi salah.");
  });

  test("signed-out visitors are sent to the sign-in page", async ({ page }) => {
    for (const path of Object.values(DASHBOARDS)) {
      await page.goto(path);
      await expect(page).toHaveURL(/\/masuk$/);
    }
  });

  test("signing out ends the session, also for a copy of its cookie", async ({ page, context, browser }, testInfo) => {
    await signInAs(page, "DINAS");
    const copied = (await context.cookies()).filter((c) => c.name.endsWith("next-auth.session-token"));
    expect(copied).toHaveLength(1);
    await page.getByRole("button", { name: "Keluar" }).click();
    await expect(page).toHaveURL(/\/masuk\?pesan=keluar$/);
    await expect(page.getByRole("status")).toHaveText("Anda sudah keluar.");
    await page.goto(DASHBOARDS.DINAS);
    await expect(page).toHaveURL(/\/masuk$/);
    // Someone who copied the token before the sign-out gets nothing with it.
    const elsewhere = await browser.newContext({ baseURL: testInfo.project.use.baseURL });
    await elsewhere.addCookies(copied);
    const thief = await elsewhere.newPage();
    await thief.goto(DASHBOARDS.DINAS);
    await expect(thief).toHaveURL(/\/masuk$/);
    await elsewhere.close();
  });

  test("the account page lists the signed-in devices and signs the others out", async ({ page, browser }, testInfo) => {
    // The same account on a second device.
    const phone = await browser.newContext({
      baseURL: testInfo.project.use.baseURL,
      userAgent:
        "Mozilla/5.0 (Linux; Android 12; SM-A125F) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Mobile Safari/537.36",
    });
    const phonePage = await phone.newPage();
    await signInAs(phonePage, "SUPERVISOR");
    await signInAs(page, "SUPERVISOR");
    await page.getByRole("link", { name: /^Akun saya:/ }).click();
    await expect(page).toHaveURL(/\/akun$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Akun saya");
    const devices = page.getByRole("main").getByRole("listitem");
    await expect(devices.filter({ hasText: "Chrome di Android" }).first()).toBeVisible();
    await expect(devices.filter({ hasText: "perangkat ini" })).toHaveCount(1);
    await expectAccessibleAndNarrow(page);
    await page.getByRole("button", { name: /^Keluar dari \d+ perangkat lain$/ }).click();
    await expect(page.getByRole("status")).toContainText("perangkat lain telah dikeluarkan.");
    await expect(devices).toHaveCount(1);
    await expect(devices).toContainText("perangkat ini");
    // The phone is signed out; this device is not.
    await phonePage.goto(DASHBOARDS.SUPERVISOR);
    await expect(phonePage).toHaveURL(/\/masuk$/);
    await page.goto(DASHBOARDS.SUPERVISOR);
    await expect(page).toHaveURL(new RegExp(`${DASHBOARDS.SUPERVISOR}$`));
    await phone.close();
  });

  test("a sign-in is counted for the address the server sees, not one the request claims (X-Forwarded-For)", async ({
    page,
  }) => {
    // No proxy in front of this server: a forged header must not let guesses spread over invented addresses.
    await page.setExtraHTTPHeaders({ "X-Forwarded-For": "203.0.113.77" });
    await signInAs(page, "ADMIN");
    await page.goto("/admin/audit?action=SIGN_IN");
    const newest = main(page).getByRole("listitem").filter({ hasText: "Alamat IP" }).first();
    await expect(newest).toContainText("admin");
    await expect(newest).toContainText("127.0.0.1");
    await expect(main(page)).not.toContainText("203.0.113.77");
  });

  test("pages carry the security headers and run under the CSP without violations", async ({ page }) => {
    const violations: string[] = [];
    page.on("console", (message) => {
      if (/Content Security Policy|Refused to/.test(message.text())) violations.push(message.text());
    });
    const response = await page.goto("/masuk");
    const headers = response?.headers() ?? {};
    expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(headers["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[^']+'/);
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    await signInAs(page, "SEKOLAH");
    expect(violations).toEqual([]);
  });

  test("the session cookie is httpOnly and SameSite=Lax", async ({ page, context }) => {
    await signInAs(page, "HELPDESK");
    const cookie = (await context.cookies()).find((c) => c.name.endsWith("next-auth.session-token"));
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe("Lax");
  });
});
