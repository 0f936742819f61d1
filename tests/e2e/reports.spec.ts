import fs from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { DASHBOARDS, DEMO_ACCOUNTS, signIn, type DemoRole } from "./support/auth";
import { expectAccessibleAndNarrow } from "./support/page-checks";

const REPORT = "/supervisor/laporan";

/** signInAs with room for a slow sign-in (argon2 + two redirects) on a busy test machine. */
async function signInAs(page: Page, role: DemoRole) {
  await signIn(page, DEMO_ACCOUNTS[role]);
  await expect(page).toHaveURL(new RegExp(`${DASHBOARDS[role]}$`), { timeout: 30_000 });
}

async function openedCount(page: Page): Promise<string> {
  const card = page.getByRole("link", { name: /Tiket dibuka/ }).first();
  return (await card.locator("span").first().textContent()) ?? "";
}

test.describe("laporan layanan (supervisor)", () => {
  test("the supervisor filters the report, the URL and the figures follow", async ({ page }) => {
    await signInAs(page, "SUPERVISOR");
    await page.goto(REPORT);
    await expect(page.getByRole("heading", { level: 1, name: "Laporan layanan (SLA)" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Peringkat kabupaten/kota" })).toBeVisible();
    await expect(page.getByRole("img", { name: /per minggu/ }).first()).toBeVisible();
    // The period's figures say when they were computed (they are reused for a few minutes).
    await expect(page.locator("#dihitung")).toContainText(
      /Angka periode dihitung \d{1,2} \w{3} \d{4},? \d{2}\.\d{2} WIB \(dihitung ulang paling lama tiap 5 menit/,
    );
    // Tables scroll inside their own box and the charts scale: the page itself never scrolls sideways.
    await expectAccessibleAndNarrow(page);
    const everywhere = await openedCount(page);
    expect(Number(everywhere.replace(/\./g, ""))).toBeGreaterThan(0);

    const filters = page.getByRole("search", { name: "Saring laporan" });
    await filters.getByLabel("Provinsi").selectOption({ label: "Jawa Tengah" });
    await filters.getByRole("button", { name: "Terapkan filter" }).click();
    await expect(page).toHaveURL(/[?&]province=33(&|$)/);
    await expect(page.locator("#filter-aktif")).toContainText("Jawa Tengah");
    const province = await openedCount(page);
    expect(province).not.toBe(everywhere);

    // Under a province filter every kab/kota of it is listed, those without tickets with "—".
    const league = page.getByRole("region", { name: "Peringkat kabupaten/kota", exact: true });
    await expect(league.getByRole("link", { name: "Kota Semarang" })).toBeVisible();
    await expect(league.getByRole("link", { name: "Kabupaten Cilacap" })).toBeVisible();

    await filters.getByLabel("Kabupaten/kota").selectOption({ label: "Kota Semarang" });
    await filters.getByRole("button", { name: "Terapkan filter" }).click();
    await expect(page).toHaveURL(/[?&]regency=33\.74(&|$)/);
    expect(await openedCount(page)).not.toBe(province);

    // "Which kab/kota let schools wait longest": one tap sorts the league by the district's median wait.
    await page
      .getByRole("navigation", { name: "Urutkan peringkat" })
      .getByRole("link", { name: /tunggu jawaban Dinas/ })
      .click();
    await expect(page).toHaveURL(/[?&]sort=wait/);
    await expect(page.getByRole("link", { name: /tunggu jawaban Dinas/, exact: false }).first()).toHaveAttribute(
      "aria-current",
      "true",
    );
  });

  test("the supervisor downloads a table as CSV", async ({ page }) => {
    await signInAs(page, "SUPERVISOR");
    await page.goto(`${REPORT}?province=33`);
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "Unduh CSV — Peringkat kabupaten/kota" }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^laporan-kabkota-33-\d{4}-\d{2}-\d{2}_\d{4}-\d{2}-\d{2}\.csv$/);
    const text = await fs.readFile((await download.path()) as string, "utf8");
    const [header, ...rows] = text
      .replace(/^\uFEFF/, "")
      .trimEnd()
      .split("\r\n");
    expect(header).toBe(
      "Kode;Kabupaten/kota;Provinsi;Tiket dibuka;Dijawab Dinas dalam 3 hari;Tiket sekolah yang dihitung (batas 3 hari);" +
        "Dijawab Dinas dalam 3 hari (%);Median tunggu jawaban Dinas (jam);Dieskalasi otomatis;Tiket sekolah berumur ≥ 3 hari;" +
        "Dieskalasi otomatis (%);Berakhir: tidak dijawab",
    );
    expect(rows.some((row) => row.startsWith("33.74;Kota Semarang;Jawa Tengah;"))).toBe(true);
  });

  test("the supervisor follows a figure to its tickets and a ticket's SLA timeline", async ({ page }) => {
    await signInAs(page, "SUPERVISOR");
    await page.goto(REPORT);
    await page.getByRole("link", { name: /^\d[\d.]*\s*Tiket dibuka/ }).click();
    await expect(page).toHaveURL(/\/supervisor\/laporan\/tiket\?.*figure=opened/);
    await expect(page.getByRole("heading", { level: 1, name: "Tiket dibuka" })).toBeVisible();
    await expectAccessibleAndNarrow(page);
    await page
      .getByRole("link", { name: /^HD-\d{4}-\d{6}$/ })
      .first()
      .click();
    await expect(page.getByRole("heading", { level: 1, name: /^Jam layanan tiket HD-/ })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Batas tanpa tanggapan" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Target jawaban Helpdesk" })).toBeVisible();
    await expectAccessibleAndNarrow(page);
  });
});

test.describe("laporan hanya untuk supervisor", () => {
  for (const role of (Object.keys(DEMO_ACCOUNTS) as DemoRole[]).filter((r) => r !== "SUPERVISOR")) {
    test(`${role} is refused the report page, its drill-down and its CSV`, async ({ page }) => {
      await signInAs(page, role);
      for (const path of [REPORT, `${REPORT}/tiket?figure=opened`]) {
        await page.goto(path);
        await expect(page).toHaveURL(/\/tidak-berwenang$/);
      }
      const csv = await page.request.get("/api/laporan/kabkota");
      expect(csv.status()).toBe(403);
      expect(await csv.text()).not.toContain(";");
    });
  }

  test("signed-out visitors get 401 from the CSV and the sign-in page for the report", async ({ page }) => {
    const csv = await page.request.get("/api/laporan/tiket?figure=opened");
    expect(csv.status()).toBe(401);
    await page.goto(REPORT);
    await expect(page).toHaveURL(/\/masuk$/);
  });
});
