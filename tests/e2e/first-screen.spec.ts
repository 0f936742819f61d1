import { expect, test } from "@playwright/test";
import { DASHBOARDS, signInAs, type DemoRole } from "./support/auth";
import { expectAccessibleAndNarrow } from "./support/page-checks";

// Work first: on a 360 × 740 phone, each role's home shows the first ticket of the list the user works
// from on the first screen — the clock notices are one folded line above it, the paging and the column
// sorting below it or in "Filter dan urutan". With the demo data, whose district and schools have
// notices waiting.
const LISTS: Record<Exclude<DemoRole, "ADMIN">, string> = {
  SEKOLAH: "Daftar tiket sekolah Anda",
  DINAS: "Kotak masuk",
  HELPDESK: "Antrean: Belum ditugaskan",
  SUPERVISOR: "Semua tiket",
};

for (const [role, listName] of Object.entries(LISTS) as Array<[Exclude<DemoRole, "ADMIN">, string]>) {
  test(`${role}: the first ticket is on the first screen of a phone`, async ({ page }, testInfo) => {
    test.skip(testInfo.project.name !== "ponsel-360", "the phone's first screen");
    await signInAs(page, role);
    await expect(page).toHaveURL(new RegExp(`${DASHBOARDS[role]}$`));
    const list = page.getByRole("region", { name: listName });
    const first = list.locator('a[href*="/tiket/"]').first();
    await expect(first).toBeVisible();
    const box = await first.boundingBox();
    const screen = page.viewportSize();
    expect(box && screen).toBeTruthy();
    // Its number (a line of text) is inside the first screen, without scrolling.
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    expect((box?.y ?? Infinity) + (box?.height ?? 0)).toBeLessThanOrEqual(screen?.height ?? 0);
    await expectAccessibleAndNarrow(page);
  });
}
