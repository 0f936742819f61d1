import { expect, test } from "@playwright/test";
import { main, expectAccessibleAndNarrow } from "./support/page-checks";
import { signInAs } from "./support/auth";

// The admin's master data through the real UI: a category added (a duplicate code refused), then
// retired; a kab/kota opened with its district operators and the new-account link preset to it; a
// setting changed (an invalid value refused), seen in use, then handed back to its default. Both
// viewport projects run against one server, so names carry a stamp and the setting is restored.

test.beforeEach(async ({ page }) => {
  await signInAs(page, "ADMIN");
});

test("an admin adds a category, is told when its code is taken, and retires it", async ({ page }) => {
  const stamp = Date.now().toString(36).toUpperCase();
  const code = `UJI_${stamp}`;
  const name = `Kategori uji ${stamp}`;

  await page.getByRole("navigation", { name: "Menu utama" }).getByRole("link", { name: "Kategori" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Kategori tiket");
  await expectAccessibleAndNarrow(page);

  const form = main(page).getByRole("region", { name: "Tambah kategori" });
  await form.getByLabel("Kode").fill(code.toLowerCase());
  await form.getByLabel("Nama").fill(name);
  await form.getByLabel("Deskripsi (opsional)").fill("Dibuat oleh uji peramban");
  await form.getByRole("button", { name: "Tambah kategori" }).click();
  await expect(form.getByRole("status")).toContainText(`Kategori ${code} ditambahkan`);
  await expect(main(page).getByRole("link", { name })).toBeVisible();

  // The same code again: the field says why, and focus goes there.
  await form.getByLabel("Kode").fill(code);
  await form.getByLabel("Nama").fill(`${name} kedua`);
  await form.getByRole("button", { name: "Tambah kategori" }).click();
  await expect(form.getByLabel("Kode")).toBeFocused();
  await expect(form.getByText(`Kode ${code} sudah dipakai`)).toBeVisible();
  await expect(form.getByLabel("Nama")).toHaveValue(`${name} kedua`);

  await main(page).getByRole("link", { name }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
  await expectAccessibleAndNarrow(page);
  await page.getByRole("button", { name: "Pensiunkan kategori" }).click();
  await expect(main(page).getByRole("status")).toContainText("Kategori dipensiunkan");
  await expect(main(page).getByText("Nonaktif", { exact: true })).toBeVisible();
  await expect(page.getByRole("button", { name: "Aktifkan kembali" })).toBeVisible();
});

test("an admin opens a kab/kota with its district operators and starts a new account for it", async ({ page }) => {
  await page.goto("/admin/wilayah");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Kabupaten/kota");
  await expect(main(page)).toContainText("dari 514 kabupaten/kota");
  await expectAccessibleAndNarrow(page);

  await page.getByLabel("Cari").fill("semarang");
  await page.getByRole("button", { name: "Terapkan filter" }).click();
  await expect(page).toHaveURL(/q=semarang/);
  await main(page).getByRole("link", { name: "Kota Semarang" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Kota Semarang");
  await expectAccessibleAndNarrow(page);
  const operators = main(page).getByRole("region", { name: "Operator Dinas Pendidikan" });
  await expect(operators.getByRole("link", { name: "dinas.semarang1" })).toHaveAttribute(
    "href",
    /^\/admin\/akun\/[^/]+$/,
  );

  await operators.getByRole("link", { name: "Buat akun operator dinas" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Buat akun baru");
  await expect(page.getByLabel("Kabupaten/kota", { exact: true })).toHaveValue("33.74");

  // The gap filter answers either with the kab/kota it found or with a plain "none".
  await page.goto("/admin/wilayah?operator=tanpa");
  await expect(page.getByLabel("Operator dinas")).toHaveValue("tanpa");
  await expectAccessibleAndNarrow(page);
});

test("an admin changes a clock duration, sees where it comes from, and hands it back to the default", async ({
  page,
}) => {
  await page.goto("/admin/pengaturan");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Pengaturan");
  await expectAccessibleAndNarrow(page);
  const inUse = main(page).getByRole("region", { name: "Nilai yang berlaku" });
  await expect(inUse).toContainText("tenggat semua tiket yang masih berjalan");
  const form = main(page).getByRole("region", { name: "Ubah pengaturan" });
  const field = form.getByLabel("Target jawab helpdesk");
  await expect(field).toHaveValue("");

  await field.fill("2 hari");
  await form.getByRole("button", { name: "Simpan pengaturan" }).click();
  await expect(field).toBeFocused();
  await expect(form.getByText("Tulis durasi seperti 3d")).toBeVisible();

  await field.fill("48h");
  await form.getByRole("button", { name: "Simpan pengaturan" }).click();
  await expect(form.getByRole("status")).toContainText("Pengaturan disimpan");
  const row = inUse.locator("div", { has: page.getByText("Target jawab helpdesk", { exact: true }) }).last();
  await expect(row).toContainText("2 hari");
  await expect(row).toContainText("Diatur admin");
  await expect(field).toHaveValue("2d");

  await field.fill("");
  await form.getByRole("button", { name: "Simpan pengaturan" }).click();
  await expect(form.getByRole("status")).toContainText("Pengaturan disimpan");
  await expect(row).toContainText("3 hari");
  await expect(row).toContainText("Nilai bawaan");

  await page.goto("/admin/audit?action=SETTINGS_UPDATED");
  await expect(main(page)).toContainText("2 hari → 3 hari (nilai bawaan)");
});
