import { expect, test, type Page } from "@playwright/test";
import { main, expectNoSeriousViolations, expectNoSidewaysScroll } from "./support/page-checks";
import { DASHBOARDS, DEMO_ACCOUNTS, signIn, type DemoRole } from "./support/auth";

// The ticket lists of every role and the new-ticket form, through the real UI. The demo data is
// seeded relative to now: Kota Semarang's inbox has two pages of 25; the first demo school of
// Kabupaten Kendal (operator `sekolah.kendal`) has asked its own district several questions.

/** A ticket page, not the new-ticket form (whose path also matches /tiket/<something>). */
const TICKET_PAGE = /\/sekolah\/tiket\/(?!baru$)[^/?]+$/;

/** The ticket numbers on the page, in order (table or cards, whichever this screen shows). */
async function ticketNumbers(page: Page): Promise<string[]> {
  // The list's own numbers: the clock notices above it (#pemberitahuan) name tickets too.
  const text = await main(page).evaluate((element) => {
    const notices = element.querySelector<HTMLElement>("#pemberitahuan");
    if (notices) notices.style.display = "none";
    const shown = (element as HTMLElement).innerText;
    if (notices) notices.style.display = "";
    return shown;
  });
  return text.match(/HD-\d{4}-\d{6,}/g) ?? [];
}

/** Like support/auth's signInAs, with room for a slow first sign-in on a busy two-core CI machine. */
async function signInAs(page: Page, role: DemoRole) {
  await signIn(page, DEMO_ACCOUNTS[role]);
  await expect(page).toHaveURL(new RegExp(`${DASHBOARDS[role]}$`), { timeout: 20_000 });
}

async function switchUser(page: Page, role: DemoRole) {
  await page.context().clearCookies();
  await signInAs(page, role);
}

/** Opens the folded "Filter dan urutan" part of the list's search form, if it is closed. */
async function openFilters(page: Page) {
  const details = page.locator("details").filter({ has: page.getByText("Filter dan urutan") });
  if (!(await details.evaluate((element) => (element as HTMLDetailsElement).open))) {
    await details.getByText("Filter dan urutan").click();
  }
}

test.describe("daftar tiket", () => {
  test("the district inbox shows only its own kab/kota's school tickets", async ({ page }) => {
    test.setTimeout(120_000);
    // A school of another kab/kota that has tickets: Kendal's first demo school, as its operator sees it.
    await signIn(page, "sekolah.kendal");
    await expect(page).toHaveURL(/\/sekolah$/, { timeout: 20_000 });
    const scopeLine = await main(page)
      .getByText(/ · NPSN \w+ · Kabupaten Kendal$/)
      .innerText();
    const [, kendalSchool, kendalNpsn] = scopeLine.match(
      /^(.+) · NPSN (\w+) · Kabupaten Kendal$/,
    ) as RegExpMatchArray as [string, string, string];
    expect(await ticketNumbers(page)).not.toEqual([]);

    await switchUser(page, "DINAS");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Kotak masuk");
    // All of the inbox, not only what waits for the district (the view it opens on).
    await page.getByRole("navigation", { name: "Tampilan kotak masuk" }).getByRole("link", { name: "Semua" }).click();
    await expect(
      page.getByRole("navigation", { name: "Menu utama" }).getByRole("link", { name: /^Kotak masuk/ }),
    ).toHaveAttribute("aria-current", "page");
    // Every NPSN on both pages of the Kota Semarang inbox; never the Kendal school…
    const inboxNpsns = new Set<string>();
    for (const pageNumber of [1, 2]) {
      if (pageNumber > 1)
        await page
          .getByRole("navigation", { name: "Halaman (bawah)" })
          .getByRole("link", { name: /Berikutnya/ })
          .click();
      await expect(page).toHaveURL(pageNumber > 1 ? /after=/ : /\/dinas\?view=inbox$/);
      const text = await main(page).innerText();
      expect(text).not.toContain(kendalSchool);
      expect(text).not.toContain(kendalNpsn);
      for (const match of text.matchAll(/NPSN (\w+)/g)) inboxNpsns.add(match[1] as string);
    }
    expect(inboxNpsns.size).toBeGreaterThan(3);
    // …not even when searched for by its NPSN…
    await page.goto(`/dinas?npsn=${kendalNpsn}`);
    await expect(main(page).getByRole("status")).toHaveText("Tidak ada tiket yang cocok dengan filter ini.");

    // …and each of them is a Kota Semarang school, as the supervisor (who sees every kab/kota) reads it.
    await switchUser(page, "SUPERVISOR");
    const regencyOf = new Map<string, string>();
    await page.goto("/supervisor?pageSize=100");
    for (;;) {
      const text = await main(page).innerText();
      for (const match of text.matchAll(/NPSN (\w+) · ([^\n]+)/g))
        regencyOf.set(match[1] as string, (match[2] as string).trim());
      const next = page.getByRole("navigation", { name: "Halaman (bawah)" }).getByRole("link", { name: /Berikutnya/ });
      if ((await next.count()) === 0) break;
      await next.click();
      await expect(page).toHaveURL(/after=/);
    }
    expect(regencyOf.get(kendalNpsn)).toBe("Kabupaten Kendal");
    for (const npsn of inboxNpsns) expect(`${npsn}: ${regencyOf.get(npsn)}`).toBe(`${npsn}: Kota Semarang`);
  });

  test("filtering by state and sorting change the URL and the rows", async ({ page }, testInfo) => {
    await signInAs(page, "DINAS");
    await page.goto("/dinas?view=inbox");
    const before = await ticketNumbers(page);
    expect(before.length).toBe(25);

    await openFilters(page);
    await page.getByLabel("Status").selectOption({ label: "Sudah dijawab" });
    await page.getByRole("button", { name: "Terapkan filter" }).click();
    await expect(page).toHaveURL(/[?&]state=ANSWERED(&|$)/);
    await expect(page).toHaveURL(/[?&]view=inbox(&|$)/);
    const answered = await ticketNumbers(page);
    expect(answered.length).toBeGreaterThan(0);
    expect(answered).not.toEqual(before);
    const states = await main(page)
      .locator('[data-column="state"]')
      .evaluateAll((cells) =>
        cells.filter((c) => (c as HTMLElement).offsetParent !== null).map((c) => (c as HTMLElement).innerText),
      );
    expect(states.length).toBe(answered.length);
    for (const state of states) expect(state).toContain("Sudah dijawab");
    await expect(page.getByLabel("Status")).toHaveValue("ANSWERED");

    // Newest first: on a desktop by the column header (the first click sorts oldest first, the second
    // flips it), on a phone (cards, no headers) by the form.
    if (testInfo.project.name.startsWith("desktop")) {
      await page.getByRole("link", { name: /^Dibuka/ }).click();
      await expect(page).toHaveURL(/sort=age&dir=asc/);
      await expect(page.getByRole("columnheader", { name: /Dibuka/ })).toHaveAttribute("aria-sort", "ascending");
      await page.getByRole("link", { name: /^Dibuka/ }).click();
      await expect(page).toHaveURL(/sort=age&dir=desc/);
      await expect(page.getByRole("columnheader", { name: /Dibuka/ })).toHaveAttribute("aria-sort", "descending");
    } else {
      await openFilters(page);
      await page.getByLabel("Urutkan menurut").selectOption("age");
      await page.getByLabel("Arah urutan").selectOption("desc");
      await page.getByRole("button", { name: "Terapkan filter" }).click();
      await expect(page).toHaveURL(/sort=age&dir=desc/);
    }
    await expect(page).toHaveURL(/state=ANSWERED/);
    const newestFirst = await ticketNumbers(page);
    expect([...newestFirst].sort()).toEqual([...answered].sort());
    expect(newestFirst).not.toEqual(answered);
    // The "Dibuka" times shown (table or cards, whichever is visible) run from the newest.
    const openedTimes = await main(page)
      .locator('[data-column="opened"] time')
      .evaluateAll((times) =>
        times.filter((t) => (t as HTMLElement).offsetParent !== null).map((t) => t.getAttribute("datetime") ?? ""),
      );
    expect(openedTimes.length).toBe(newestFirst.length);
    expect(openedTimes).toEqual([...openedTimes].sort().reverse());
  });

  test("paging keeps the order and shows the next tickets", async ({ page }) => {
    await signInAs(page, "DINAS");
    await page.goto("/dinas?view=inbox&sort=age&dir=desc");
    const first = await ticketNumbers(page);
    await expect(main(page)).toContainText(/25 tiket di halaman ini · \d+ tiket seluruhnya · halaman pertama/);
    await page
      .getByRole("navigation", { name: "Halaman (bawah)" })
      .getByRole("link", { name: /Berikutnya/ })
      .click();
    await expect(page).toHaveURL(/after=/);
    await expect(page).toHaveURL(/sort=age/);
    // The pager below the list (on a phone the only one: the first card comes first).
    await expect(main(page).getByRole("navigation", { name: "Halaman (bawah)" })).not.toContainText("halaman pertama");
    const second = await ticketNumbers(page);
    expect(second.length).toBeGreaterThan(0);
    expect(second.filter((number) => first.includes(number))).toEqual([]);
    await page
      .getByRole("navigation", { name: "Halaman (bawah)" })
      .getByRole("link", { name: /Sebelumnya/ })
      .click();
    await expect(page).toHaveURL(/before=/);
    expect(await ticketNumbers(page)).toEqual(first);
    await expect(main(page)).toContainText(/halaman pertama/);
  });

  test("the helpdesk switches between its queues with tabs", async ({ page }) => {
    await signInAs(page, "HELPDESK");
    const tabs = page.getByRole("navigation", { name: "Tampilan antrean" });
    await expect(tabs.getByRole("link", { name: "Perlu tindakan" })).toHaveAttribute("aria-current", "page");
    // What waits for the helpdesk: asked or replied to by the asker, none answered and waiting for them.
    await expect(main(page).locator('[data-column="state"]').filter({ hasText: "Sudah dijawab" })).toHaveCount(0);
    await expect(
      main(page).locator('[data-column="state"]').filter({ hasText: "Menunggu jawaban" }).first(),
    ).toBeAttached();
    await tabs.getByRole("link", { name: "Belum ditugaskan" }).click();
    await expect(page).toHaveURL(/view=unassigned/);
    await tabs.getByRole("link", { name: "Selesai" }).click();
    await expect(page).toHaveURL(/view=ended/);
    await expect(tabs.getByRole("link", { name: "Selesai" })).toHaveAttribute("aria-current", "page");
    await tabs.getByRole("link", { name: "Tugas saya" }).click();
    await expect(page).toHaveURL(/view=mine/);
    await expect(tabs.getByRole("link", { name: "Tugas saya" })).toHaveAttribute("aria-current", "page");
    await tabs.getByRole("link", { name: "Semua" }).click();
    await expect(page).toHaveURL(/view=all/);
    await expect(main(page)).toContainText(/\d+ tiket seluruhnya/);
    // The helpdesk never sees a ticket still at a district office.
    await expect(main(page).getByText("Di Dinas", { exact: true })).toHaveCount(0);
  });

  const LIST_PAGES: [DemoRole, string][] = [
    ["DINAS", "/dinas"],
    ["DINAS", "/dinas?view=inbox"],
    ["DINAS", "/dinas/pertanyaan"],
    ["DINAS", "/dinas/pertanyaan/baru"],
    ["HELPDESK", "/helpdesk"],
    ["HELPDESK", "/helpdesk?view=all"],
    ["SUPERVISOR", "/supervisor"],
    ["SEKOLAH", "/sekolah"],
    ["SEKOLAH", "/sekolah/tiket/baru"],
  ];
  for (const [role, path] of LIST_PAGES) {
    test(`${role} ${path}: fits the screen, no serious accessibility violations`, async ({ page }) => {
      // axe needs 10–30 s on a page of 25 tickets on a busy two-core machine.
      test.setTimeout(120_000);
      await signInAs(page, role);
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expectNoSidewaysScroll(page);
      await expectNoSeriousViolations(page);
    });
  }
});

test.describe("tiket baru", () => {
  test("the school sees where its question goes, opens a ticket and lands on its page", async ({ page }) => {
    await signInAs(page, "SEKOLAH");
    await page.getByRole("link", { name: "Buat tiket baru" }).click();
    await expect(page).toHaveURL(/\/sekolah\/tiket\/baru$/);
    await expect(main(page)).toContainText("Pertanyaan Anda akan diterima Dinas Pendidikan Kota Semarang");
    await expect(main(page)).toContainText("jika dalam 3 hari belum selesai, diteruskan otomatis ke Tim Helpdesk");

    const subject = `Kode registrasi tidak diterima ${Date.now()}`;
    await page.getByLabel("Kategori").selectOption({ index: 2 });
    await page.getByLabel("Judul").fill(subject);
    await page
      .getByLabel("Pertanyaan")
      .fill("Kode registrasi dari dinas ditolak aplikasi dengan pesan 'kode tidak valid'.");
    await page.getByRole("button", { name: "Kirim pertanyaan" }).click();
    await expect(page).toHaveURL(TICKET_PAGE);
    const ticketId = new URL(page.url()).pathname.split("/").pop() as string;

    // The school's list shows it at the top: where it is now and what happens next, by when.
    await page.goto("/sekolah");
    const card = main(page).getByRole("listitem").filter({ hasText: subject });
    await expect(card).toContainText("Menunggu jawaban");
    await expect(card).toContainText("Di Dinas Pendidikan Kota Semarang");
    await expect(card).toContainText(/Dinas menjawab paling lambat .+ WIB, setelah itu diteruskan ke Helpdesk\./);
    await expect(card.getByRole("link")).toHaveAttribute("href", `/sekolah/tiket/${ticketId}`);
  });

  test("a question left empty is refused next to its field and the subject stays typed", async ({ page }) => {
    await signInAs(page, "SEKOLAH");
    await page.goto("/sekolah/tiket/baru");
    await page.getByLabel("Kategori").selectOption({ index: 1 });
    const category = await page.getByLabel("Kategori").inputValue();
    await page.getByLabel("Judul").fill("Sinkronisasi berhenti di 80 persen");
    await page.getByRole("button", { name: "Kirim pertanyaan" }).click();

    await expect(main(page).getByRole("alert")).toContainText("Periksa kembali isian");
    const question = page.getByLabel("Pertanyaan");
    await expect(question).toHaveAttribute("aria-invalid", "true");
    await expect(question).toHaveAccessibleDescription(/Pertanyaan minimal 10 karakter\./);
    await expect(question).toBeFocused();
    await expect(page.getByLabel("Judul")).toHaveValue("Sinkronisasi berhenti di 80 persen");
    await expect(page.getByLabel("Kategori")).toHaveValue(category);
    await expect(page).toHaveURL(/\/sekolah\/tiket\/baru$/);
  });

  test("a follow-up of an ended ticket says which ticket it continues", async ({ page }) => {
    await signInAs(page, "SEKOLAH");
    await page.getByRole("link", { name: "Ditutup", exact: true }).click();
    await expect(page).toHaveURL(/state=CLOSED/);
    const card = main(page)
      .getByRole("listitem")
      .filter({ has: page.getByRole("link", { name: "Buat tiket lanjutan" }) })
      .first();
    const number = (await card.innerText()).match(/HD-\d{4}-\d{6,}/)?.[0] as string;
    await card.getByRole("link", { name: "Buat tiket lanjutan" }).click();
    await expect(page).toHaveURL(/\/sekolah\/tiket\/baru\?lanjutan=/);
    await expect(main(page)).toContainText(`Melanjutkan tiket ${number}`);
  });

  test("the district asks the helpdesk from its own list", async ({ page }) => {
    await signInAs(page, "DINAS");
    await page.getByRole("navigation", { name: "Menu utama" }).getByRole("link", { name: "Pertanyaan saya" }).click();
    await expect(page).toHaveURL(/\/dinas\/pertanyaan$/);
    await page.getByRole("link", { name: "Buat pertanyaan ke Helpdesk" }).click();
    await expect(page).toHaveURL(/\/dinas\/pertanyaan\/baru$/);
    await expect(main(page)).toContainText("Pertanyaan Anda akan diterima Tim Helpdesk");
    await expect(main(page)).toContainText("paling lambat 3 hari");
    await expect(
      page.getByRole("navigation", { name: "Menu utama" }).getByRole("link", { name: "Pertanyaan saya" }),
    ).toHaveAttribute("aria-current", "true");
  });
});
