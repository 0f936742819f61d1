import { expect, test, type Page } from "@playwright/test";
import { main, expectAccessibleAndNarrow as expectNoSeriousViolations } from "./support/page-checks";
import { DASHBOARDS, DEMO_ACCOUNTS, signIn, type DemoRole } from "./support/auth";

// The ULT counter through the real UI: a helpdesk member finds the visitor's school (by name, then by
// NPSN), records one visit resolved at the counter and one continued as a ticket; the school's own
// operator then finds the continued one in their list and can open it. And an admin imports a school
// export through the browser (uploaded in pieces, with the import's report of rejected rows).

async function signInAs(page: Page, role: DemoRole) {
  await page.context().clearCookies();
  await signIn(page, DEMO_ACCOUNTS[role]);
  await expect(page).toHaveURL(new RegExp(`${DASHBOARDS[role]}$`), { timeout: 20_000 });
}

async function chooseFirstCategory(page: Page) {
  const category = page.getByLabel("Kategori");
  await category.selectOption((await category.locator("option").nth(1).getAttribute("value")) ?? "");
}

test("the counter records a visit both ways, and the school follows the continued one online", async ({ page }) => {
  test.setTimeout(240_000);
  const stamp = Date.now();

  // The school operator's dashboard names their school and its NPSN.
  await signInAs(page, "SEKOLAH");
  const scope = await main(page)
    .getByText(/ · NPSN \w+ · /)
    .innerText();
  const [schoolName, npsnPart] = scope.split(" · ");
  const npsn = (npsnPart ?? "").replace("NPSN ", "");
  expect(npsn).toMatch(/^(\d{8}|[A-Z]\d{7})$/);

  // Visit 1: found by the school's name (typed in lower case), answered and resolved at the counter.
  await signInAs(page, "HELPDESK");
  await page.goto("/helpdesk/loket");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Loket ULT");
  await expectNoSeriousViolations(page);
  await page.getByLabel("NPSN atau nama satuan pendidikan").fill((schoolName ?? "").toLowerCase());
  await page.getByRole("button", { name: "Cari", exact: true }).click();
  await page.getByRole("link", { name: `Pilih ${schoolName} (NPSN ${npsn})` }).click();
  await expect(main(page).getByRole("region", { name: "Operator satuan pendidikan" })).toContainText(`NPSN ${npsn}`);

  const resolvedQuestion = `Lupa kata sandi operator, minta reset pengguna (${stamp}).`;
  await page.getByLabel("Nama pengunjung").fill("Ibu Suparmi");
  await page.getByLabel("Nomor telepon/WhatsApp (opsional)").fill("0812 3456 7890");
  await chooseFirstCategory(page);
  await page.getByLabel("Pertanyaan").fill(resolvedQuestion);
  // "Selesai di tempat" without the answer given is refused next to the answer field.
  await page.getByRole("button", { name: "Selesai di tempat" }).click();
  await expect(page.getByLabel("Jawaban yang diberikan di loket")).toHaveAttribute("aria-invalid", "true");
  await expect(main(page)).toContainText("Tuliskan jawaban yang diberikan di loket bila masalahnya selesai di tempat.");
  await expect(page.getByLabel("Pertanyaan")).toHaveValue(resolvedQuestion);
  await page
    .getByLabel("Jawaban yang diberikan di loket")
    .fill("Pengguna sudah direset; operator masuk dengan kata sandi baru.");
  await page.getByRole("button", { name: "Selesai di tempat" }).click();

  const notice = main(page).getByRole("status").filter({ hasText: "Kunjungan tercatat" });
  await expect(notice).toContainText("Tiket ditutup sebagai selesai di loket.");
  const resolvedNumber = ((await notice.getByRole("heading").innerText()).match(/HD-\d{4}-\d{6,}/) ?? [""])[0];
  expect(resolvedNumber).not.toBe("");
  await notice.getByRole("link", { name: `Buka tiket ${resolvedNumber}` }).click();
  await expect(page).toHaveURL(/\/helpdesk\/tiket\/[^/?]+$/);
  await expect(main(page)).toContainText(resolvedQuestion);
  await expect(main(page)).toContainText("Selesai dilayani di loket ULT");

  // Visit 2: the full NPSN goes straight to the form; the visit continues as a ticket.
  const subject = `Sinkronisasi berhenti di tengah (loket ${stamp})`;
  await page.goto("/helpdesk/loket");
  await page.getByLabel("NPSN atau nama satuan pendidikan").fill(npsn.toLowerCase());
  await page.getByRole("button", { name: "Cari", exact: true }).click();
  await expect(main(page).getByRole("region", { name: "Operator satuan pendidikan" })).toContainText(schoolName ?? "");
  await page.getByLabel("Nama pengunjung").fill("Bapak Sutrisno");
  await chooseFirstCategory(page);
  await page
    .getByLabel("Pertanyaan")
    .fill("Sinkronisasi berhenti di 10% lalu kembali ke awal, sudah dicoba tiga kali.");
  await page.getByLabel("Judul (opsional)").fill(subject);
  await expectNoSeriousViolations(page);
  await page.getByRole("button", { name: "Lanjutkan sebagai tiket" }).click();
  await expect(notice).toContainText("Tiket dilanjutkan di tingkat Helpdesk");
  const continuedNumber = ((await notice.getByRole("heading").innerText()).match(/HD-\d{4}-\d{6,}/) ?? [""])[0];
  expect(continuedNumber).not.toBe(resolvedNumber);

  // The school's operator sees the continued visit in their own list, and opens it.
  await signInAs(page, "SEKOLAH");
  const card = main(page).getByRole("listitem").filter({ hasText: subject });
  await expect(card).toContainText(continuedNumber);
  await card.getByRole("link", { name: new RegExp(subject.replace(/[()]/g, "\\$&")) }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(subject);
  await expect(main(page)).toContainText("Kunjungan loket ULT");
  await expect(main(page)).toContainText("Sinkronisasi berhenti di 10% lalu kembali ke awal");
  // The visitor's phone number stays with the helpdesk.
  await expect(main(page)).not.toContainText("0812 3456 7890");
});

test("an admin imports a Dapodik export through the browser and sees every rejected row", async ({ page }) => {
  test.setTimeout(240_000);
  await signInAs(page, "ADMIN");
  await page.goto("/admin/sekolah/impor");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Impor data sekolah");
  await expectNoSeriousViolations(page);

  // Over 4 MB, so the browser sends it in two pieces: 2,500 schools, each with a long column that the
  // import ignores, and one bad row.
  // Each project (phone, desktop) imports its own NPSNs: both run against the same server.
  const base = test.info().project.name === "desktop-1280" ? 98_200_000 : 98_100_000;
  const filler = "x".repeat(2000);
  const rows = Array.from(
    { length: 2500 },
    (_, i) => `${base + i};TK Impor Peramban ${i};Taman Kanak-Kanak;SWASTA;33.74;${filler}`,
  );
  rows.splice(10, 0, `9810A;TK NPSN Rusak;TK;SWASTA;33.74;${filler}`);
  const csv = ["npsn;nama;bentuk_pendidikan;status;kode_kab_kota;catatan", ...rows].join("\n");
  expect(csv.length).toBeGreaterThan(4 * 1024 * 1024);
  await page
    .getByLabel("Berkas CSV ekspor Dapodik")
    .setInputFiles({ name: "ekspor.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
  await page.getByRole("button", { name: "Unggah dan impor" }).click();

  await expect(main(page)).toContainText("Impor selesai.", { timeout: 120_000 });
  await expect(main(page).getByRole("definition").first()).toHaveText("2.500");
  const rejected = main(page).getByRole("table");
  await expect(rejected.getByRole("row")).toHaveCount(2);
  await expect(rejected).toContainText("12");
  await expect(rejected).toContainText("NPSN “9810A” tidak sah");
  await expect(main(page).getByRole("link", { name: "Unduh semua baris yang ditolak (CSV)" })).toBeVisible();

  // The schools are there, with their kab/kota.
  await page.goto(`/admin/sekolah?q=${base + 7}`);
  await expect(main(page).getByRole("link", { name: "TK Impor Peramban 7" })).toBeVisible();
  await expect(main(page)).toContainText("Kota Semarang");
});
