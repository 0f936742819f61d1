import { expect, test, type Page } from "@playwright/test";
import { main, expectAccessibleAndNarrow as expectNoSeriousViolations } from "./support/page-checks";
import sharp from "sharp";
import { DASHBOARDS, DEMO_ACCOUNTS, signIn, type DemoRole } from "./support/auth";

// One school question through the real UI, every party on its own page: the school asks, its district
// answers, the school says it is not solved yet, the district forwards it, the helpdesk takes it and
// answers, the school closes it as solved. Another district opening the same address gets "not found".

/** Signs out (drops the session cookie) and signs in as someone else through the real form. */
async function signInAsUser(page: Page, username: string, dashboard: string) {
  await page.context().clearCookies();
  await signIn(page, username);
  // A role's dashboard can take a moment on a freshly seeded database.
  await expect(page).toHaveURL(new RegExp(`${dashboard}$`), { timeout: 20_000 });
}

function signInAsRole(page: Page, role: DemoRole) {
  return signInAsUser(page, DEMO_ACCOUNTS[role], DASHBOARDS[role]);
}

test("a school question goes from the school to the district, the helpdesk and back, closed as solved", async ({
  page,
}) => {
  test.setTimeout(240_000);
  const subject = `Sinkronisasi gagal ${Date.now()}`;
  const question = "Saat sinkronisasi muncul pesan galat 500. Sudah dicoba ulang tiga kali.";

  // The school opens a ticket and lands on its conversation page.
  await signInAsRole(page, "SEKOLAH");
  await page.goto("/sekolah/tiket/baru");
  const category = page.getByLabel("Kategori");
  const firstCategory = await category.locator("option").nth(1).getAttribute("value");
  await category.selectOption(firstCategory ?? "");
  await page.getByLabel("Judul").fill(subject);
  await page.getByLabel("Pertanyaan").fill(question);
  // A screenshot of the error, and a phone photo of 3000 × 2000 px that the browser reduces before upload.
  const screenshot = await sharp({ create: { width: 900, height: 600, channels: 3, background: "#d32f2f" } })
    .png()
    .toBuffer();
  const photo = await sharp({
    create: {
      width: 3000,
      height: 2000,
      channels: 3,
      background: "#1565c0",
      noise: { type: "gaussian", mean: 120, sigma: 12 },
    },
  })
    .jpeg({ quality: 90 })
    .toBuffer();
  await page.getByLabel("Lampiran (opsional)").setInputFiles([
    { name: "galat-500.png", mimeType: "image/png", buffer: screenshot },
    { name: "foto-layar.jpg", mimeType: "image/jpeg", buffer: photo },
  ]);
  const chosen = page.getByRole("list", { name: "Berkas terpilih" });
  await expect(chosen).toContainText("galat-500.png");
  await expect(chosen).toContainText(/foto-layar\.jpg · [\d,]+ KB \(diperkecil dari/);
  await page.getByRole("button", { name: "Kirim pertanyaan" }).click();
  await expect(page).toHaveURL(/\/sekolah\/tiket\/(?!baru$)[^/?]+$/);
  const ticketPath = new URL(page.url()).pathname;
  const ticketId = ticketPath.split("/").pop() as string;
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(subject);
  await expect(main(page)).toContainText("Dinas menjawab paling lambat");
  await expect(main(page)).toContainText(question);
  const thumbnail = main(page).getByRole("img", { name: "Gambar lampiran galat-500.png" });
  await expect(thumbnail).toBeVisible();
  await expect.poll(() => thumbnail.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
  const reducedPhoto = main(page).getByRole("img", { name: "Gambar lampiran foto-layar.jpg" });
  await expect(reducedPhoto).toBeVisible();
  const attachmentHref = (await main(page)
    .getByRole("link", { name: /galat-500\.png/ })
    .getAttribute("href")) as string;
  const original = await page.request.get(attachmentHref);
  expect(original.status()).toBe(200);
  expect(original.headers()["content-type"]).toBe("image/png");
  expect((await original.body()).length).toBe(screenshot.length);
  const photoHref = (await main(page)
    .getByRole("link", { name: /foto-layar\.jpg/ })
    .getAttribute("href")) as string;
  const uploadedPhoto = await sharp(await (await page.request.get(photoHref)).body()).metadata();
  expect([uploadedPhoto.width, uploadedPhoto.height]).toEqual([1600, 1067]);
  await expectNoSeriousViolations(page);

  // The Kota Semarang district answers; an empty forward note is refused with a clear message.
  await signInAsRole(page, "DINAS");
  await page.goto(`/dinas/tiket/${ticketId}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(subject);
  await expect(main(page).getByRole("img", { name: "Gambar lampiran galat-500.png" })).toBeVisible();
  await expectNoSeriousViolations(page);
  // A file that only calls itself a picture is refused by its content; the text stays.
  await page.getByLabel("Isi balasan").fill("Silakan perbarui aplikasi ke versi terbaru lalu sinkron ulang.");
  await page
    .getByLabel("Lampiran (opsional)")
    .setInputFiles({ name: "panduan.png", mimeType: "image/png", buffer: Buffer.from("ini bukan gambar") });
  await page.getByRole("button", { name: "Kirim balasan" }).click();
  await expect(main(page).getByRole("alert")).toContainText('Berkas "panduan.png" tidak dapat dilampirkan');
  await expect(page.getByLabel("Isi balasan")).toHaveValue(
    "Silakan perbarui aplikasi ke versi terbaru lalu sinkron ulang.",
  );
  // The chosen file is still there after the refusal (React reset the form); the district removes it.
  await expect(page.getByRole("list", { name: "Berkas terpilih" })).toContainText("panduan.png");
  await page.getByLabel("Lampiran (opsional)").setInputFiles([]);
  await page.getByRole("button", { name: "Kirim balasan" }).click();
  await expect(main(page).getByRole("status")).toHaveText("Balasan terkirim.");
  await expect(main(page)).toContainText("Silakan perbarui aplikasi ke versi terbaru");
  await expect(main(page).getByText("Sudah dijawab", { exact: true })).toBeVisible();
  await expect(page.getByLabel("Isi balasan")).toHaveValue("");

  // The school: "Belum" leads to the reply box, and the school explains what is still wrong.
  await signInAsRole(page, "SEKOLAH");
  await page.goto(ticketPath);
  await expect(main(page)).toContainText("Silakan perbarui aplikasi ke versi terbaru");
  await expect(page.getByRole("button", { name: "Ya, masalah selesai" })).toBeVisible();
  await expectNoSeriousViolations(page);
  await page.getByRole("button", { name: "Belum" }).click();
  await expect(page.getByLabel("Isi balasan")).toBeFocused();
  await expect(main(page)).toContainText("Tuliskan apa yang masih menjadi kendala");
  await page.getByLabel("Isi balasan").fill("Sudah versi terbaru, galat 500 masih muncul.");
  await page.getByRole("button", { name: "Kirim balasan" }).click();
  await expect(main(page).getByRole("status")).toHaveText("Balasan terkirim.");
  await expect(main(page)).toContainText("Sudah versi terbaru, galat 500 masih muncul.");
  await expect(page.getByRole("button", { name: "Ya, masalah selesai" })).toHaveCount(0);

  // The district forwards it to the helpdesk with a note (required), then may only read it.
  await signInAsRole(page, "DINAS");
  const stale = await page.context().newPage(); // a second tab, left open from before the forward
  await stale.goto(`/dinas/tiket/${ticketId}`);
  await page.goto(`/dinas/tiket/${ticketId}`);
  await page.getByRole("button", { name: "Teruskan ke Helpdesk" }).click();
  await expect(main(page).getByText("Catatan untuk Helpdesk wajib diisi.")).toBeVisible();
  await expect(page.getByLabel("Catatan untuk Helpdesk (wajib)")).toBeFocused();
  await page.getByLabel("Catatan untuk Helpdesk (wajib)").fill("Galat 500 di server pusat, mohon dicek.");
  await page.getByRole("button", { name: "Teruskan ke Helpdesk" }).click();
  // The form is gone; its confirmation stays on the page and has the focus.
  await expect(main(page).getByRole("status")).toHaveText("Tiket diteruskan ke Tim Helpdesk.");
  await expect(main(page).getByRole("status")).toBeFocused();
  await expect(main(page)).toContainText("Tiket ini sudah ditangani Tim Helpdesk");
  await expect(main(page)).toContainText("Catatan penerusan ke Helpdesk — tidak terlihat oleh penanya");
  await expect(page.getByRole("button", { name: "Kirim balasan" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Teruskan ke Helpdesk" })).toHaveCount(0);
  await expectNoSeriousViolations(page);
  // The old tab's reply is refused with the reason, and what was typed stays for copying.
  const lateReply = "Jawaban yang terlambat dikirim dari tab lama.";
  await stale.getByLabel("Isi balasan").fill(lateReply);
  await stale.getByRole("button", { name: "Kirim balasan" }).click();
  await expect(stale.getByRole("main").getByRole("alert")).toHaveText(
    "Tiket ini sudah diteruskan ke Helpdesk, sehingga Anda hanya dapat membacanya.",
  );
  await expect(stale.getByLabel("Isi balasan")).toHaveValue(lateReply);
  await stale.close();

  // helpdesk1 takes the ticket and answers.
  await signInAsRole(page, "HELPDESK");
  await page.goto(`/helpdesk/tiket/${ticketId}`);
  await expect(main(page)).toContainText("Galat 500 di server pusat, mohon dicek.");
  await expect(main(page)).toContainText("Tim Helpdesk menjawab paling lambat");
  // The SLA clocks, folded: the district answered in time, the helpdesk's target is running.
  await main(page).getByText("Jam layanan (SLA)").click();
  const clocks = main(page).getByRole("list", { name: "Jam layanan tiket ini" }).getByRole("listitem");
  await expect(clocks.filter({ hasText: "Jawaban Dinas" })).toContainText("Terpenuhi");
  await expect(clocks.filter({ hasText: "Target jawaban Helpdesk" })).toContainText("Berjalan");
  await expectNoSeriousViolations(page);
  await page.getByRole("button", { name: "Ambil tiket ini" }).click();
  await expect(main(page).getByRole("status")).toHaveText("Petugas tiket diperbarui.");
  await expect(main(page).getByRole("status")).toBeFocused();
  await expect(main(page)).toContainText("Saat ini: Ahmad Fauzi (Helpdesk)");
  await expect(page.getByRole("button", { name: "Ambil tiket ini" })).toHaveCount(0);
  await page.getByLabel("Isi balasan").fill("Server pusat sudah diperbaiki. Silakan sinkron ulang.");
  await page.getByRole("button", { name: "Kirim balasan" }).click();
  await expect(main(page).getByRole("status")).toHaveText("Balasan terkirim.");
  await expect(main(page)).toContainText("Server pusat sudah diperbaiki.");

  // The school never sees the note, and closes the ticket with one tap.
  await signInAsRole(page, "SEKOLAH");
  await page.goto(ticketPath);
  await expect(main(page)).toContainText("Server pusat sudah diperbaiki.");
  await expect(main(page)).not.toContainText("Galat 500 di server pusat, mohon dicek.");
  await expect(main(page)).not.toContainText("Catatan penerusan");
  await page.getByRole("button", { name: "Ya, masalah selesai" }).click();
  await expect(main(page).getByRole("status")).toHaveText("Terima kasih. Tiket ditutup: masalah selesai.");
  await expect(main(page).getByRole("status")).toBeFocused();
  await expect(page.getByRole("heading", { name: "Tiket sudah berakhir" })).toBeVisible();
  await expect(main(page)).toContainText("Tiket ditutup oleh penanya");
  await expect(main(page)).toContainText("Masalah dinyatakan selesai.");
  await expect(page.getByRole("link", { name: "Buat tiket lanjutan" })).toHaveAttribute(
    "href",
    `/sekolah/tiket/baru?lanjutan=${ticketId}`,
  );
  await expect(page.getByRole("button", { name: "Kirim balasan" })).toHaveCount(0);

  // The history tells every step, in order.
  const history = page.getByRole("region", { name: "Riwayat tiket" }).getByRole("listitem");
  await expect(history).toHaveCount(7);
  await expect(history.nth(0)).toContainText("Tiket dibuat oleh");
  await expect(history.nth(1)).toContainText("Dijawab oleh");
  await expect(history.nth(2)).toContainText("Dibalas oleh penanya");
  await expect(history.nth(3)).toContainText("Diteruskan ke Helpdesk oleh");
  await expect(history.nth(4)).toContainText("Ditugaskan kepada petugas Tim Helpdesk");
  await expect(history.nth(5)).toContainText("Dijawab oleh Ahmad Fauzi (Helpdesk)");
  await expect(history.nth(6)).toContainText("Ditutup oleh penanya");
  await expect(history.nth(6)).toContainText("masalah selesai");
  await expectNoSeriousViolations(page);

  // Another district gets exactly the page of a ticket that does not exist.
  await signInAsUser(page, "dinas.kendal", "/dinas");
  const foreign = await page.goto(`/dinas/tiket/${ticketId}`);
  expect(foreign?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Halaman tidak ditemukan");
  await expect(page.locator("body")).not.toContainText(subject);
  const foreignTitle = await page.title();
  const missing = await page.goto("/dinas/tiket/tidak-ada-tiket-ini");
  expect(missing?.status()).toBe(404);
  expect(await page.title()).toBe(foreignTitle);
  // … and the same for its attachment.
  expect((await page.request.get(attachmentHref)).status()).toBe(404);
});

test("a send pressed while a photo is being reduced waits for the reduced photo", async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== "ponsel-360", "a phone's journey; once is enough");
  test.setTimeout(120_000);
  // A slow phone: decoding the photo takes 1.5 s, so the send is pressed while it is reduced.
  await page.addInitScript(() => {
    const decode = window.createImageBitmap.bind(window) as (...args: unknown[]) => Promise<ImageBitmap>;
    (window as unknown as { createImageBitmap: unknown }).createImageBitmap = (...args: unknown[]) =>
      new Promise((resolve) => setTimeout(resolve, 1_500)).then(() => decode(...args));
  });
  await signInAsRole(page, "SEKOLAH");
  await page.goto("/sekolah/tiket/baru");
  await page.getByLabel("Kategori").selectOption({ index: 1 });
  await page.getByLabel("Judul").fill(`Foto diperkecil dulu ${Date.now()}`);
  await page.getByLabel("Pertanyaan").fill("Foto layar galat sinkronisasi terlampir, diambil dengan kamera ponsel.");
  const photo = await sharp({
    create: {
      width: 3000,
      height: 2000,
      channels: 3,
      background: "#1565c0",
      noise: { type: "gaussian", mean: 120, sigma: 12 },
    },
  })
    .jpeg({ quality: 90 })
    .toBuffer();
  await page
    .getByLabel("Lampiran (opsional)")
    .setInputFiles({ name: "foto-kamera.jpg", mimeType: "image/jpeg", buffer: photo });
  // The button holds the send and says why; pressed anyway, nothing is sent.
  const held = page.getByRole("button", { name: "Menunggu foto diperkecil…" });
  await expect(held).toBeDisabled();
  await held.click({ force: true });
  await expect(page).toHaveURL(/\/sekolah\/tiket\/baru$/);
  // Once reduced, it is sent with the reduced photo.
  await expect(page.getByRole("list", { name: "Berkas terpilih" })).toContainText(
    /foto-kamera\.jpg · [\d,]+ KB \(diperkecil dari/,
  );
  await page.getByRole("button", { name: "Kirim pertanyaan" }).click();
  await expect(page).toHaveURL(/\/sekolah\/tiket\/(?!baru$)[^/?]+$/, { timeout: 20_000 });
  const href = (await main(page)
    .getByRole("link", { name: /foto-kamera\.jpg/ })
    .getAttribute("href")) as string;
  const stored = await page.request.get(href);
  expect(stored.status()).toBe(200);
  const { width, height } = await sharp(await stored.body()).metadata();
  expect(Math.max(width ?? 0, height ?? 0)).toBeLessThanOrEqual(1600);
});
