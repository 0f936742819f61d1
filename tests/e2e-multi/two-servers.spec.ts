import { expect, test, type Browser, type Page } from "@playwright/test";
import pg from "pg";
import sharp from "sharp";
import { DASHBOARDS, DEMO_ACCOUNTS, signIn, type DemoRole } from "../e2e/support/auth";
import { main } from "../e2e/support/page-checks";
import { CLUSTER_PORT } from "./cluster-port";

// Two app servers on one PostgreSQL database, attachments in an S3-protocol server, nginx in front
// (scripts/e2e-cluster.ts). Every request goes through nginx; `X-Uji-Server` sends a user to one server,
// and each page's `X-Helpdesk-Server` header says which server answered. The cluster's control server
// kills and restarts app servers and takes the object storage away.

const CONTROL = `http://127.0.0.1:${CLUSTER_PORT + 9}`;
const BASE_URL = `http://127.0.0.1:${CLUSTER_PORT}`;
const STORAGE_DOWN = "penyimpanan berkas sedang bermasalah";
/** The reply form's words for a send that did not come back: it keeps it and sends it again by itself. */
const QUEUED = "Kiriman belum sampai ke server";

interface ClusterState {
  databaseUrl: string;
  servers: { n: number; port: number; running: boolean }[];
}

async function control<T = unknown>(pathname: string, method: "GET" | "POST" = "POST"): Promise<T> {
  const response = await fetch(`${CONTROL}${pathname}`, { method });
  if (!response.ok) throw new Error(`${method} ${pathname}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

test.describe.configure({ mode: "serial" });

let cluster: ClusterState;
let db: pg.Client;
/** The ticket the school opens in the first test; the later ones go on with it. */
let ticketId = "";

test.beforeAll(async () => {
  cluster = await control<ClusterState>("/keadaan", "GET");
  db = new pg.Client({ connectionString: cluster.databaseUrl });
  await db.connect();
});

test.afterAll(async () => {
  await db?.end();
});

/** nginx's fail_timeout (deploy/nginx-site.conf): how long it leaves out a server that failed. */
const NGINX_FAIL_TIMEOUT_MS = 5_000;

// Whatever a test broke, the next one starts with both servers and the storage up, and with nginx
// sending requests to both again (it leaves a failed server out for fail_timeout).
test.afterEach(async () => {
  await control("/s3/nyalakan");
  let restarted = false;
  for (const { n } of cluster.servers)
    restarted = (await control<{ restarted: boolean }>(`/server/${n}/nyalakan`)).restarted || restarted;
  if (restarted) await new Promise((resolve) => setTimeout(resolve, NGINX_FAIL_TIMEOUT_MS + 500));
});

function portOf(n: 1 | 2): number {
  return cluster.servers[n - 1]!.port;
}

/** Which app server answered (its port), from the header every page carries. */
function servedBy(response: { headers(): Record<string, string> } | null): number {
  const name = response?.headers()["x-helpdesk-server"] ?? "";
  return Number(/:(\d+)$/.exec(name)?.[1]);
}

/** A signed-in user in a browser of their own: on app server `server`, or wherever nginx sends them. */
async function userOn(browser: Browser, role: DemoRole, server: 1 | 2 | null): Promise<Page> {
  const context = await browser.newContext({
    baseURL: BASE_URL,
    viewport: { width: 360, height: 740 },
    isMobile: true,
    hasTouch: true,
    locale: "id-ID",
    timezoneId: "Asia/Jakarta",
    extraHTTPHeaders: server ? { "X-Uji-Server": String(server) } : {},
  });
  const page = await context.newPage();
  await signIn(page, DEMO_ACCOUNTS[role]);
  await expect(page).toHaveURL(new RegExp(`${DASHBOARDS[role]}$`), { timeout: 30_000 });
  return page;
}

async function picture(colour: string, width = 800, height = 600) {
  return sharp({ create: { width, height, channels: 3, background: colour } })
    .png()
    .toBuffer();
}

async function expectImageShown(page: Page, fileName: string) {
  const image = main(page).getByRole("img", { name: `Gambar lampiran ${fileName}` });
  await expect(image).toBeVisible();
  await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
}

async function messagesWithBody(body: string) {
  const { rows } = await db.query<{ id: string; files: number }>(
    `SELECT m.id, (SELECT count(*)::int FROM "Attachment" a WHERE a."messageId" = m.id) AS files
       FROM "Message" m WHERE m."ticketId" = $1 AND m.body = $2`,
    [ticketId, body],
  );
  return rows;
}

/**
 * Sends the reply form once and waits for the server's confirmation. A send that does not come back
 * (nginx's 502 when the server died under it) is kept by the form, which says so and sends it again by
 * itself with the same form key (components/forms/use-device-draft.tsx); a resend of one that did arrive
 * is confirmed as "sudah terkirim sebelumnya". Returns how many sends it took.
 */
async function sendReplyUntilConfirmed(page: Page): Promise<number> {
  const path = new URL(page.url()).pathname;
  let sends = 0;
  const onRequest = (request: import("@playwright/test").Request) => {
    if (request.method() === "POST" && new URL(request.url()).pathname === path) sends += 1;
  };
  page.on("request", onRequest);
  // A lost send is announced while the form waits to send it again (at least 5 s).
  let queuedSeen = false;
  void main(page)
    .getByRole("alert")
    .filter({ hasText: QUEUED })
    .waitFor({ timeout: 90_000 })
    .then(() => (queuedSeen = true))
    .catch(() => undefined);
  await page.getByRole("button", { name: "Kirim balasan" }).click();
  await expect(
    main(page)
      .getByRole("status")
      .filter({ hasText: /^Balasan (ini sudah )?terkirim/ }),
  ).toBeVisible({ timeout: 90_000 });
  page.off("request", onRequest);
  if (sends > 1) expect(queuedSeen, "a lost send was announced as kept and to be sent again").toBe(true);
  return sends;
}

test("the school asks with a photo on server 1; the district sees it and answers with a file on server 2", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const subject = `Foto galat sinkron ${Date.now()}`;
  const school = await userOn(browser, "SEKOLAH", 1);
  const opened = await school.goto("/sekolah/tiket/baru");
  expect(servedBy(opened)).toBe(portOf(1));
  const category = school.getByLabel("Kategori");
  await category.selectOption((await category.locator("option").nth(1).getAttribute("value")) ?? "");
  await school.getByLabel("Judul").fill(subject);
  await school.getByLabel("Pertanyaan").fill("Sinkronisasi berhenti di 80%, tangkapan layar terlampir.");
  const photo = await picture("#c62828");
  await school
    .getByLabel("Lampiran (opsional)")
    .setInputFiles({ name: "layar-sinkron.png", mimeType: "image/png", buffer: photo });
  await school.getByRole("button", { name: "Kirim pertanyaan" }).click();
  await expect(school).toHaveURL(/\/sekolah\/tiket\/(?!baru$)[^/?]+$/, { timeout: 30_000 });
  ticketId = new URL(school.url()).pathname.split("/").pop() as string;
  await expectImageShown(school, "layar-sinkron.png");

  // The district, on the other server, reads the same ticket and the photo stored by server 1.
  const dinas = await userOn(browser, "DINAS", 2);
  const page = await dinas.goto(`/dinas/tiket/${ticketId}`);
  expect(servedBy(page)).toBe(portOf(2));
  await expect(dinas.getByRole("heading", { level: 1 })).toHaveText(subject);
  await expectImageShown(dinas, "layar-sinkron.png");
  const href = (await main(dinas)
    .getByRole("link", { name: /layar-sinkron\.png/ })
    .getAttribute("href")) as string;
  const original = await dinas.request.get(href);
  expect(original.status()).toBe(200);
  expect(servedBy(original)).toBe(portOf(2));
  expect((await original.body()).equals(photo)).toBe(true);

  await dinas.getByLabel("Isi balasan").fill("Ikuti langkah pada gambar, lalu sinkron ulang.");
  await dinas
    .getByLabel("Lampiran (opsional)")
    .setInputFiles({ name: "langkah.png", mimeType: "image/png", buffer: await picture("#2e7d32") });
  await dinas.getByRole("button", { name: "Kirim balasan" }).click();
  await expect(main(dinas).getByRole("status")).toHaveText("Balasan terkirim.");

  // Back on server 1, the school sees the answer and the file server 2 stored.
  const again = await school.reload();
  expect(servedBy(again)).toBe(portOf(1));
  await expect(main(school)).toContainText("Ikuti langkah pada gambar");
  await expectImageShown(school, "langkah.png");
  expect(await messagesWithBody("Ikuti langkah pada gambar, lalu sinkron ulang.")).toEqual([
    expect.objectContaining({ files: 1 }),
  ]);
});

test("an admin's settings change on server 1 is honoured by both servers within 2 s", async ({ browser }) => {
  test.setTimeout(120_000);
  const admin = await userOn(browser, "ADMIN", 1);
  const onServer = { 1: await userOn(browser, "SEKOLAH", 1), 2: await userOn(browser, "SEKOLAH", 2) };
  const limitShown = async (page: Page) => {
    await page.goto("/sekolah/tiket/baru");
    return (await main(page).textContent())?.match(/paling banyak (\d+) berkas/)?.[1];
  };
  for (const page of Object.values(onServer)) expect(await limitShown(page)).toBe("3");

  await admin.goto("/admin/pengaturan");
  const form = main(admin).getByRole("region", { name: "Ubah pengaturan" });
  const change = async (value: string, expected: string) => {
    await form.getByLabel("Lampiran per pesan").fill(value);
    await form.getByRole("button", { name: "Simpan pengaturan" }).click();
    await expect(form.getByRole("status")).toContainText("Pengaturan disimpan");
    const saved = Date.now();
    for (const page of Object.values(onServer))
      await expect.poll(() => limitShown(page), { timeout: 2_000, intervals: [100] }).toBe(expected);
    return Date.now() - saved;
  };
  const took = await change("2", "2");
  test.info().annotations.push({ type: "pengaturan sampai di kedua server", description: `${took} ms` });
  expect(took).toBeLessThan(2_000);
  await change("", "3");
});

test("the sign-in limit counts the failures made on both servers together", async ({ browser }) => {
  test.setTimeout(120_000);
  const context = await browser.newContext({
    baseURL: BASE_URL,
    viewport: { width: 360, height: 740 },
    locale: "id-ID",
  });
  const page = await context.newPage();
  const username = `tebak.${Date.now()}`;
  const alert = main(page).getByRole("alert");
  // Five failures, alternating servers: neither server alone saw more than three.
  for (let attempt = 0; attempt < 6; attempt++) {
    const server = ((attempt % 2) + 1) as 1 | 2;
    await page.setExtraHTTPHeaders({ "X-Uji-Server": String(server) });
    const answered = page.waitForResponse((r) => r.url().includes("/api/auth/callback/credentials"));
    await signIn(page, username, "bukan-sandinya");
    expect(servedBy(await answered)).toBe(portOf(server));
    if (attempt < 4) await expect(alert).toHaveText("Nama pengguna atau kata sandi salah.");
    else if (attempt === 5) await expect(alert).toContainText("Terlalu banyak percobaan masuk yang gagal");
    else await expect(alert).toBeVisible();
  }
  await context.close();
});

test("with the object storage down a reply with a file is refused and kept; once it is back it is sent and served", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const dinas = await userOn(browser, "DINAS", 2);
  await dinas.goto(`/dinas/tiket/${ticketId}`);
  // The photo is on the first message, folded now under the district's answer.
  await main(dinas)
    .getByText(/^Tampilkan \d+ pesan sebelumnya$/)
    .click();
  const href = (await main(dinas)
    .getByRole("link", { name: /layar-sinkron\.png/ })
    .getAttribute("href")) as string;
  const body = `Lampiran ulang saat penyimpanan mati ${Date.now()}`;

  await control("/s3/matikan");
  const unavailable = await dinas.request.get(href);
  expect(unavailable.status()).toBe(503);
  await dinas.getByLabel("Isi balasan").fill(body);
  await dinas
    .getByLabel("Lampiran (opsional)")
    .setInputFiles({ name: "ulang.png", mimeType: "image/png", buffer: await picture("#6a1b9a") });
  await dinas.getByRole("button", { name: "Kirim balasan" }).click();
  await expect(main(dinas).getByRole("alert")).toContainText(STORAGE_DOWN);
  await expect(dinas.getByLabel("Isi balasan")).toHaveValue(body);
  await expect(dinas.getByRole("list", { name: "Berkas terpilih" })).toContainText("ulang.png");
  expect(await messagesWithBody(body)).toEqual([]);

  await control("/s3/nyalakan");
  expect((await dinas.request.get(href)).status()).toBe(200);
  await dinas.getByRole("button", { name: "Kirim balasan" }).click();
  await expect(main(dinas).getByRole("status")).toHaveText("Balasan terkirim.");
  await expectImageShown(dinas, "ulang.png");
  expect(await messagesWithBody(body)).toEqual([expect.objectContaining({ files: 1 })]);
});

test("server 1 dies in the middle of the journey and the school and the district finish it on server 2", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const school = await userOn(browser, "SEKOLAH", null);
  const dinas = await userOn(browser, "DINAS", null);
  await school.goto(`/sekolah/tiket/${ticketId}`);
  await school.getByRole("button", { name: "Belum" }).click();
  const schoolReply = `Masih gagal setelah langkah itu ${Date.now()}`;
  await school.getByLabel("Isi balasan").fill(schoolReply);

  await control("/server/1/matikan");
  await sendReplyUntilConfirmed(school);
  expect(await messagesWithBody(schoolReply)).toHaveLength(1);

  const inbox = await dinas.goto(`/dinas/tiket/${ticketId}`);
  expect(servedBy(inbox)).toBe(portOf(2));
  await expect(main(dinas)).toContainText(schoolReply);
  const answer = "Data sudah kami perbaiki dari dinas, silakan sinkron lagi.";
  await dinas.getByLabel("Isi balasan").fill(answer);
  await sendReplyUntilConfirmed(dinas);

  const last = await school.goto(`/sekolah/tiket/${ticketId}`);
  expect(servedBy(last)).toBe(portOf(2));
  await expect(main(school)).toContainText(answer);
  await school.getByRole("button", { name: "Ya, masalah selesai" }).click();
  await expect(school.getByRole("heading", { name: "Tiket sudah berakhir" })).toBeVisible();
  const { rows } = await db.query<{ state: string }>(`SELECT state FROM "Ticket" WHERE id = $1`, [ticketId]);
  expect(rows[0]?.state).toBe("CLOSED");
});

test("a server killed while districts reply with files loses nothing: every reply is there once, with its file", async ({
  browser,
}) => {
  test.setTimeout(240_000);
  // Open school tickets of the district, one per sender.
  const { rows: tickets } = await db.query<{ id: string }>(
    `SELECT t.id FROM "Ticket" t JOIN "User" u ON u."regencyCode" = t."regencyCode" AND u.username = $1
      WHERE t."endedAt" IS NULL AND t.tier = 'DINAS' AND t."askerType" = 'SEKOLAH' ORDER BY t."openedAt" DESC LIMIT 4`,
    [DEMO_ACCOUNTS.DINAS],
  );
  expect(tickets.length).toBe(4);
  const first = await userOn(browser, "DINAS", null);
  const pages = [first, ...(await Promise.all(tickets.slice(1).map(() => first.context().newPage())))];
  const stamp = Date.now();
  const bodies = tickets.map((_, i) => `Balasan serentak ${i + 1} (${stamp})`);
  for (const [i, page] of pages.entries()) {
    await page.goto(`/dinas/tiket/${tickets[i]!.id}`);
    await page.getByLabel("Isi balasan").fill(bodies[i]!);
    const photo = await sharp({
      create: {
        width: 1400,
        height: 1000,
        channels: 3,
        background: "#455a64",
        noise: { type: "gaussian", mean: 110, sigma: 20 },
      },
    })
      .png()
      .toBuffer();
    await page
      .getByLabel("Lampiran (opsional)")
      .setInputFiles({ name: `bukti-${i + 1}.png`, mimeType: "image/png", buffer: photo });
    // As a person does: send once the photo is reduced ("Memperkecil foto…" gone, the JPEG listed).
    await expect(page.getByRole("list", { name: "Berkas terpilih" })).toContainText(`bukti-${i + 1}.jpg`, {
      timeout: 30_000,
    });
  }

  // All four send at once; a moment later server 2 crashes under them.
  const sends = pages.map((page) => sendReplyUntilConfirmed(page));
  await new Promise((resolve) => setTimeout(resolve, 150));
  await control("/server/2/matikan");
  const counts = await Promise.all(sends);
  test.info().annotations.push({ type: "kiriman per balasan", description: counts.join(", ") });

  for (const [i, page] of pages.entries()) {
    ticketId = tickets[i]!.id;
    expect(await messagesWithBody(bodies[i]!)).toEqual([expect.objectContaining({ files: 1 })]);
    await page.reload();
    // The browser sent the large photo as a 1600 px JPEG (as a phone does).
    await expectImageShown(page, `bukti-${i + 1}.jpg`);
  }
});
