import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./support/auth";
import { expectAccessibleAndNarrow } from "./support/page-checks";

// What the clocks did, told to the people concerned (issue #5 item 6). The demo's first school of each
// kab/kota has tickets that escalated and ended on their own. Each viewport uses its own school (the
// test dismisses the notices, which changes the shared demo database).

function noticeBox(page: Page) {
  return page.getByRole("region", { name: /^Pemberitahuan/ });
}

/** The notices are one folded line above the list; this opens them in place. */
async function openNotices(page: Page) {
  const box = noticeBox(page);
  await box.locator("summary").click();
  await expect(box.getByRole("listitem").first()).toBeVisible();
  return box;
}

test("a school is told its tickets went to the helpdesk or ended, and why; it can open one or dismiss them", async ({
  page,
}, testInfo) => {
  test.setTimeout(120_000);
  // Makassar's and Kendal's first schools have tickets of every kind, the expired ones included.
  const school = testInfo.project.name.startsWith("desktop") ? "sekolah.makassar" : "sekolah.kendal";
  await signIn(page, school);
  await expect(page).toHaveURL(/\/sekolah$/, { timeout: 30_000 });

  // Folded: one line that counts what happened, the list right below it.
  await expect(noticeBox(page)).toBeVisible();
  await expect(noticeBox(page).locator("summary")).toContainText(/\d+ diteruskan otomatis, \d+ berakhir/);
  await expect(noticeBox(page).getByRole("listitem")).toHaveCount(0);
  // The same marks on the tickets' cards.
  await expect(page.getByRole("region", { name: "Daftar tiket sekolah Anda" })).toContainText(
    "Baru diteruskan otomatis",
  );
  const box = await openNotices(page);
  await expect(box).toContainText("Tiket Anda diteruskan ke Tim Helpdesk");
  await expect(box).toContainText(
    /belum menyelesaikannya dalam 3 hari, jadi tiket diteruskan otomatis ke Tim Helpdesk pada/,
  );
  await expect(box).toContainText("Tiket Anda berakhir otomatis");
  await expect(box).toContainText(/selama 7 hari/);
  await expect(box.getByRole("link", { name: "Buat tiket lanjutan" }).first()).toHaveAttribute(
    "href",
    /\/sekolah\/tiket\/baru\?lanjutan=/,
  );
  const before = await box.getByRole("listitem").count();
  expect(before).toBeGreaterThanOrEqual(2);
  const badge = page.getByRole("navigation", { name: "Menu utama" }).getByRole("link", { name: /^Tiket saya/ });
  await expect(badge).toContainText(/\d/);

  await expectAccessibleAndNarrow(page);

  // Opening an escalated ticket explains the move there too, and takes its notice away.
  const escalated = box.getByRole("listitem").filter({ hasText: "diteruskan ke Tim Helpdesk" }).first();
  await escalated.getByRole("link").first().click();
  await expect(page).toHaveURL(/\/sekolah\/tiket\/[^/]+$/);
  await expect(page.getByRole("region", { name: /Menunggu/ })).toContainText(
    /Diteruskan otomatis ke Tim Helpdesk pada .* karena belum selesai di Dinas Pendidikan dalam 3 hari/,
  );
  await page.goto("/sekolah");
  await openNotices(page);
  await expect(noticeBox(page).getByRole("listitem")).toHaveCount(before - 1);

  await noticeBox(page).getByRole("button", { name: "Tandai semua sudah dibaca" }).click();
  await expect(noticeBox(page)).toHaveCount(0);
  await page.reload();
  await expect(noticeBox(page)).toHaveCount(0);
});
