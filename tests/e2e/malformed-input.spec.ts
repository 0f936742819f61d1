import { expect, test } from "@playwright/test";
import sharp from "sharp";
import { main } from "./support/page-checks";
import { signInAs } from "./support/auth";

// Inputs that once gave a 500 or were quietly mangled (issue #16's table), each as it reaches the real
// server: the answer is a 4xx or a clear Indonesian message, and nothing is saved by a refused request.
// HTTP-level rows run once (desktop project); the form rows run on both screen sizes.

const PDF = Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

test.describe("addresses no link of ours makes", () => {
  test.beforeEach(({}, testInfo) => {
    test.skip(testInfo.project.name !== "desktop-1280", "HTTP only: once is enough");
  });

  test("a broken percent-encoding or an encoded NUL is refused with 400 and an Indonesian page, signed in or not", async ({
    page,
    request,
  }) => {
    for (const url of ["/sekolah/tiket/%E0%A4%A", "/api/lampiran/%00", "/supervisor?q=%00"]) {
      const anonymous = await request.get(url, { maxRedirects: 0 });
      expect(anonymous.status(), url).toBe(400);
      expect(await anonymous.text()).toContain("Alamat tidak valid");
    }
    await signInAs(page, "SEKOLAH");
    for (const url of ["/sekolah/tiket/%E0%A4%A", "/api/lampiran/%00", "/sekolah?q=abc%00"]) {
      const signedIn = await page.request.get(url, { maxRedirects: 0 });
      expect(signedIn.status(), url).toBe(400);
    }
  });

  test("a body is judged by its size before it is read: 1 MB for forms, more only where files go and only signed in", async ({
    page,
    request,
  }) => {
    const twoMb = Buffer.alloc(2 * 1024 * 1024, "a");
    const headers = { "Content-Type": "application/octet-stream", Origin: "http://127.0.0.1" };
    const signIn = await request.post("/api/auth/callback/credentials", { data: twoMb, headers });
    expect(signIn.status()).toBe(413);
    expect(await signIn.text()).toBe("Kiriman terlalu besar (paling besar 1 MB). Kurangi atau perkecil lampirannya.");
    const anonymousUpload = await request.post("/sekolah/tiket/baru", { data: twoMb, headers, maxRedirects: 0 });
    expect(anonymousUpload.status()).toBe(401);
    expect(await anonymousUpload.text()).toBe("Sesi Anda sudah berakhir. Masuk kembali, lalu kirim lagi.");
    // Signed in, the same size reaches the app where files are posted (and only there).
    await signInAs(page, "SEKOLAH");
    const upload = await page.request.post("/sekolah/tiket/baru", { data: twoMb, headers, maxRedirects: 0 });
    expect([401, 411, 413]).not.toContain(upload.status());
    expect((await page.request.post("/sekolah", { data: twoMb, headers, maxRedirects: 0 })).status()).toBe(413);
  });

  test("a report date in year 1 falls back to the default period on the page, the drill-down and the CSV files", async ({
    page,
  }) => {
    await signInAs(page, "SUPERVISOR");
    for (const url of [
      "/api/laporan/ringkasan?from=0001-01-01",
      "/api/laporan/tren?from=0001-01-01",
      "/api/laporan/tiket?from=0001-01-01&figure=opened",
      "/supervisor/laporan/tiket?from=0001-01-01&figure=opened",
    ]) {
      const response = await page.request.get(url);
      expect(response.status(), url).toBe(200);
      await response.body(); // the CSV arrives whole, not cut off after its header
    }
    await page.goto("/supervisor/laporan?from=0001-01-01&to=0001-01-31");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Laporan layanan (SLA)");
    await expect(page.locator("#filter-aktif")).not.toContainText("0001");
  });
});

test("a question with an invisible NUL character, an empty file and a PDF named .png: each handled the way the user meant", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await signInAs(page, "SEKOLAH");
  await page.goto("/sekolah/tiket/baru");
  const category = page.getByLabel("Kategori");
  await category.selectOption((await category.locator("option").nth(1).getAttribute("value")) ?? "");
  const subject = `Galat NUL ${Date.now()}`;
  await page.getByLabel("Judul").fill(subject);
  // A paste from a PDF can carry a NUL: it is removed, the rest of the text arrives.
  await page.getByLabel("Pertanyaan").fill("Tempelan dari PDF\u0000: sinkron gagal di tahap 3.");

  // An empty file the user chose is refused by name; the text stays.
  await page
    .getByLabel("Lampiran (opsional)")
    .setInputFiles({ name: "kosong.png", mimeType: "image/png", buffer: Buffer.alloc(0) });
  await page.getByRole("button", { name: "Kirim pertanyaan" }).click();
  await expect(main(page).getByRole("alert")).toContainText('Berkas "kosong.png" kosong (0 byte)');
  await expect(page.getByLabel("Judul")).toHaveValue(subject);

  const screenshot = await sharp({ create: { width: 400, height: 300, channels: 3, background: "#2e7d32" } })
    .png()
    .toBuffer();
  await page.getByLabel("Lampiran (opsional)").setInputFiles([
    { name: "surat.png", mimeType: "image/png", buffer: PDF },
    { name: "layar.png", mimeType: "image/png", buffer: screenshot },
  ]);
  await page.getByRole("button", { name: "Kirim pertanyaan" }).click();
  await expect(page).toHaveURL(/\/sekolah\/tiket\/(?!baru$)[^/?]+$/);
  await expect(main(page)).toContainText("Tempelan dari PDF: sinkron gagal di tahap 3.");

  // The PDF is named after what it is, and downloads as a PDF.
  const pdfLink = main(page).getByRole("link", { name: /surat\.pdf/ });
  await expect(pdfLink).toBeVisible();
  const pdf = await page.request.get((await pdfLink.getAttribute("href")) as string);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  expect(pdf.headers()["content-disposition"]).toContain('attachment; filename="surat.pdf"');
  // A user's file is served in a sandbox, with the route's own CSP (not the page's).
  expect(pdf.headers()["content-security-policy"]).toBe(
    "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox",
  );

  // The thumbnail is WebP and is named so.
  const imageHref = (await main(page)
    .getByRole("link", { name: /layar\.png/ })
    .getAttribute("href")) as string;
  const thumbnail = await page.request.get(`${imageHref}?ukuran=kecil`);
  expect(thumbnail.headers()["content-type"]).toBe("image/webp");
  expect(thumbnail.headers()["content-disposition"]).toContain('filename="layar.webp"');
  expect(thumbnail.headers()["content-security-policy"]).toContain("sandbox");
});
