import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";

test.describe("halaman depan", () => {
  test("explains the service, the sign-in, the 3- and 7-day rules and the ULT counter", async ({ page }) => {
    await page.goto("/");
    await expect(page).toHaveTitle(/Helpdesk Dapodik PAUD & Dikmas/);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    const main = page.getByRole("main");
    await expect(main).toContainText("Dapodik");
    await expect(main).toContainText("3 hari");
    await expect(main).toContainText("7 hari");
    await expect(main).toContainText(/Gedung C Lantai Dasar/);
    await expect(main).toContainText(/Jenderal Sudirman/);
    await expect(main).toContainText("10270");
    await expect(page.getByRole("link", { name: /Masuk/ }).first()).toHaveAttribute("href", "/masuk");
  });

  test("fits the screen without sideways scrolling", async ({ page }) => {
    await page.goto("/");
    const { scrollWidth, clientWidth } = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      clientWidth: document.documentElement.clientWidth,
    }));
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
  });

  test("has no serious or critical accessibility violations", async ({ page }) => {
    await page.goto("/");
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
    expect(serious.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  });

  test("stays light for slow connections: no script of its own beyond the framework", async ({ page }) => {
    const scripts: number[] = [];
    page.on("response", async (response) => {
      if (response.request().resourceType() === "script") scripts.push((await response.body()).length);
    });
    await page.goto("/", { waitUntil: "networkidle" });
    const totalKb = scripts.reduce((a, b) => a + b, 0) / 1024;
    // Next's runtime + React are ~200 KB uncompressed; a landing page that adds its own bundles grows past this.
    expect(totalKb).toBeLessThan(700);
  });
});
