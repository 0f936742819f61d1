import { expect, test, type Page } from "@playwright/test";
import { signInAs } from "./support/auth";
import { main, expectAccessibleAndNarrow } from "./support/page-checks";
import { openTicketAs } from "./support/server-actions";

// "Perlu tindakan": the district inbox and the helpdesk queue open on what waits for them, the tickets
// the user has not read yet on top, the latest first, marked "Pesan baru" — so a question asked a minute
// ago is the first row, whatever else the office has (the demo data and every earlier test's tickets).
// Older and ended work has its own tabs. The integration tests hold the rule with hundreds of tickets.

/** The first row of the list (a table row, a card on a phone). */
const firstRow = (page: Page, listName: string) => page.getByRole("region", { name: listName }).getByRole("row").nth(1);

test("a new question is the first row of the district's and the helpdesk's Perlu tindakan, marked until opened", async ({
  page,
}, testInfo) => {
  test.setTimeout(120_000);
  const baseURL = testInfo.project.use.baseURL as string;
  const stamp = Date.now();
  const schoolSubject = `Perlu tindakan sekolah ${stamp}`;
  const schoolTicket = await openTicketAs(baseURL, "sekolah.semarang", "/sekolah/tiket/baru", schoolSubject);

  await signInAs(page, "DINAS");
  const tabs = page.getByRole("navigation", { name: "Tampilan kotak masuk" });
  await expect(tabs.getByRole("link", { name: "Perlu tindakan" })).toHaveAttribute("aria-current", "page");
  const row = firstRow(page, "Kotak masuk: Perlu tindakan");
  await expect(row).toContainText(schoolSubject);
  await expect(row).toContainText("Pesan baru");
  await expectAccessibleAndNarrow(page);

  // Opened, it is read: back in the inbox it has lost its mark and made room for the unread ones.
  await row.getByRole("link", { name: /HD-/ }).click();
  await expect(page).toHaveURL(new RegExp(`/dinas/tiket/${schoolTicket}$`));
  await page.goto("/dinas");
  const readRow = main(page).getByRole("row").filter({ hasText: schoolSubject });
  await expect(readRow).toHaveCount(1);
  await expect(readRow).not.toContainText("Pesan baru");

  // Answered, it waits for the school: not in "Perlu tindakan" any more, still under "Semua".
  await page.goto(`/dinas/tiket/${schoolTicket}`);
  await page.getByLabel("Isi balasan").fill("Silakan sinkron ulang setelah pukul 20.00, server sedang ramai.");
  await page.getByRole("button", { name: "Kirim balasan" }).click();
  await expect(page.getByText("Balasan terkirim.")).toBeVisible();
  await page.goto("/dinas");
  await expect(main(page)).not.toContainText(schoolSubject);
  await tabs.getByRole("link", { name: "Semua" }).click();
  await expect(page).toHaveURL(/view=inbox/);
  await main(page).getByRole("searchbox", { name: "Cari" }).fill(schoolSubject);
  await main(page).getByRole("button", { name: "Cari" }).click();
  await expect(main(page).getByRole("row").filter({ hasText: schoolSubject })).toContainText("Sudah dijawab");

  // The district's own question to the helpdesk is the first row of the helpdesk's queue.
  const dinasSubject = `Perlu tindakan dinas ${stamp}`;
  await openTicketAs(baseURL, "dinas.semarang1", "/dinas/pertanyaan/baru", dinasSubject);
  await page.context().clearCookies();
  await signInAs(page, "HELPDESK");
  const queueRow = firstRow(page, "Antrean: Perlu tindakan");
  await expect(queueRow).toContainText(dinasSubject);
  await expect(queueRow).toContainText("Pesan baru");
  await expect(
    page.getByRole("navigation", { name: "Tampilan antrean" }).getByRole("link", { name: "Perlu tindakan" }),
  ).toHaveAttribute("aria-current", "page");
});
