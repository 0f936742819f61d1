import crypto from "node:crypto";
import { expect, test } from "@playwright/test";
import { DASHBOARDS, signInAs, type DemoRole } from "./support/auth";
import { expectAccessibleAndNarrow } from "./support/page-checks";
import { callAction, openTicketAs, serverActions, signedInRequest, type ServerAction } from "./support/server-actions";

// Work first: on a 360 × 740 phone, each role's home shows the first ticket of the list the user works
// from on the first screen — the clock notices are one folded line above it, the paging and the column
// sorting below it or in "Filter dan urutan". With the demo data, whose district and schools have
// notices waiting. And a long ticket opens on its latest message and the action it asks for.
const LISTS: Record<Exclude<DemoRole, "ADMIN">, string> = {
  SEKOLAH: "Daftar tiket sekolah Anda",
  DINAS: "Kotak masuk: Perlu tindakan",
  HELPDESK: "Antrean: Perlu tindakan",
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
    // Its link starts inside the first screen, without scrolling, with room for its number and the
    // first line of its subject (a school's card link holds both; its subject may run on below).
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    expect((box?.y ?? Infinity) + 48).toBeLessThanOrEqual(screen?.height ?? 0);
    await expectAccessibleAndNarrow(page);
  });
}

test("a 7-message ticket: its latest message and the action it asks for are on the first screen", async ({
  page,
}, testInfo) => {
  test.skip(testInfo.project.name !== "ponsel-360", "the phone's first screen");
  test.setTimeout(120_000);
  const baseURL = testInfo.project.use.baseURL as string;
  const actions = serverActions();
  const school = await signedInRequest(baseURL, "sekolah.semarang");
  const dinas = await signedInRequest(baseURL, "dinas.semarang1");
  const id = await openTicketAs(
    baseURL,
    "sekolah.semarang",
    "/sekolah/tiket/baru",
    `Tujuh pesan ${Date.now()}`,
    "Sinkron gagal sejak kemarin, muncul pesan galat 500 di aplikasi Dapodik.",
  );
  // Six more messages, the two sides in turn (the school adds a second one once); the district's answer
  // is the last.
  const sides = ["dinas", "sekolah", "dinas", "sekolah", "sekolah", "dinas"] as const;
  for (let i = 1; i <= 6; i++) {
    const [request, home] = sides[i - 1] === "dinas" ? [dinas, "/dinas"] : [school, "/sekolah"];
    const body =
      i === 6
        ? "Silakan sinkron ulang sekarang: server pusat sudah normal kembali."
        : `Pesan ke-${i + 1}: ${"keterangan tambahan tentang kendala sinkron. ".repeat(2)}`;
    const reply = await callAction(request, baseURL, actions.replyAction as ServerAction, `${home}/tiket/${id}`, {
      form: [
        ["ticketId", id],
        ["body", body],
        ["clientKey", crypto.randomUUID()],
      ],
    });
    expect(reply.kind, JSON.stringify(reply).slice(0, 200)).toBe("done");
  }
  await school.dispose();
  await dinas.dispose();

  await signInAs(page, "SEKOLAH");
  await page.goto(`/sekolah/tiket/${id}`);
  const screen = page.viewportSize()?.height ?? 0;
  const conversation = page.getByRole("region", { name: /Percakapan/ });
  const latest = conversation.getByRole("listitem").filter({ hasText: "server pusat sudah normal kembali" });
  await expect(latest).toBeVisible();
  expect((await latest.boundingBox())?.y ?? Infinity).toBeLessThan(screen);
  // The action: was the problem solved? Its question is on the first screen too.
  const prompt = page.getByRole("heading", { name: "Apakah jawaban ini sudah menyelesaikan masalah Anda?" });
  const promptBox = await prompt.boundingBox();
  expect((promptBox?.y ?? Infinity) + (promptBox?.height ?? 0)).toBeLessThanOrEqual(screen);
  // The six before it are folded, and open in place.
  await expect(conversation.getByRole("listitem")).toHaveCount(1);
  await conversation.getByText("Tampilkan 6 pesan sebelumnya").click();
  await expect(conversation.getByRole("listitem")).toHaveCount(7);
  // The facts fold below.
  await expect(page.getByText("Rincian tiket")).toBeVisible();
  await expectAccessibleAndNarrow(page);
});
