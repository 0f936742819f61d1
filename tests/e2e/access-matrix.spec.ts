import fs from "node:fs";
import path from "node:path";
import { expect, test, type APIRequestContext, type Browser, type Page } from "@playwright/test";
import { signIn, TENANT_ROLES, TENANT_USERNAMES, type TenantActor } from "./support/auth";
import { main } from "./support/page-checks";

// Every page and route handler of the app, opened by every role and by a second school and a second
// district: each one gets its own pages, another role's page sends it to "not allowed", another
// tenant's ticket is "not found" — and no answer carries a foreign ticket's subject. The page list is
// read from app/, so a new page without a rule here fails this test.
// HTTP only, on the desktop project (once is enough).

type Actor = TenantActor;
const USERNAMES = TENANT_USERNAMES;
const ROLE_OF = TENANT_ROLES;
const ACTORS = Object.keys(USERNAMES) as Actor[];

/** What an actor gets: the page itself, "not allowed" (another role's page), or "not found". */
type Outcome = "ok" | "forbidden" | "notfound";

/** The tickets of the matrix: school A's (Kota Semarang), school B's (Kendal), district A's own question. */
interface Ticket {
  id: string;
  subject: string;
  attachment: string;
  /** Who may open it, by role: the ticket scope (lib/domain/ticket-scope.ts). */
  visibleTo: Actor[];
}

const roleOnly =
  (role: (typeof ROLE_OF)[Actor]) =>
  (actor: Actor): Outcome =>
    ROLE_OF[actor] === role ? "ok" : "forbidden";
const adminDetail = (actor: Actor): Outcome => (actor === "admin" ? "notfound" : "forbidden");
const anyone = (): Outcome => "ok";

/** Pages without a ticket in the address: the outcome per actor (an unknown id for the admin's detail pages). */
const PAGES: Record<string, { path: string; outcome: (actor: Actor) => Outcome }> = {
  "/": { path: "/", outcome: anyone },
  "/masuk": { path: "/masuk", outcome: anyone }, // sends a signed-in user home
  "/beranda": { path: "/beranda", outcome: anyone },
  // The "not allowed" page itself: what every signed-in user may see.
  "/tidak-berwenang": { path: "/tidak-berwenang", outcome: () => "forbidden" },
  "/akun": { path: "/akun", outcome: anyone },
  "/ganti-password": { path: "/ganti-password", outcome: anyone },
  "/admin": { path: "/admin", outcome: roleOnly("ADMIN") },
  "/admin/akun": { path: "/admin/akun", outcome: roleOnly("ADMIN") },
  "/admin/akun/baru": { path: "/admin/akun/baru", outcome: roleOnly("ADMIN") },
  "/admin/akun/[id]": { path: "/admin/akun/tidak-ada", outcome: adminDetail },
  "/admin/audit": { path: "/admin/audit", outcome: roleOnly("ADMIN") },
  "/admin/kategori": { path: "/admin/kategori", outcome: roleOnly("ADMIN") },
  "/admin/kategori/[id]": { path: "/admin/kategori/tidak-ada", outcome: adminDetail },
  "/admin/pengaturan": { path: "/admin/pengaturan", outcome: roleOnly("ADMIN") },
  "/admin/sekolah": { path: "/admin/sekolah", outcome: roleOnly("ADMIN") },
  "/admin/sekolah/[id]": { path: "/admin/sekolah/tidak-ada", outcome: adminDetail },
  "/admin/sekolah/impor": { path: "/admin/sekolah/impor", outcome: roleOnly("ADMIN") },
  "/admin/wilayah": { path: "/admin/wilayah", outcome: roleOnly("ADMIN") },
  "/admin/wilayah/[kode]": { path: "/admin/wilayah/99.99", outcome: adminDetail },
  "/dinas": { path: "/dinas", outcome: roleOnly("DINAS") },
  "/dinas/pertanyaan": { path: "/dinas/pertanyaan", outcome: roleOnly("DINAS") },
  "/dinas/pertanyaan/baru": { path: "/dinas/pertanyaan/baru", outcome: roleOnly("DINAS") },
  "/helpdesk": { path: "/helpdesk", outcome: roleOnly("HELPDESK") },
  "/helpdesk/loket": { path: "/helpdesk/loket", outcome: roleOnly("HELPDESK") },
  "/sekolah": { path: "/sekolah", outcome: roleOnly("SEKOLAH") },
  "/sekolah/tiket/baru": { path: "/sekolah/tiket/baru", outcome: roleOnly("SEKOLAH") },
  "/supervisor": { path: "/supervisor", outcome: roleOnly("SUPERVISOR") },
  "/supervisor/laporan": { path: "/supervisor/laporan", outcome: roleOnly("SUPERVISOR") },
  "/supervisor/laporan/tiket": { path: "/supervisor/laporan/tiket", outcome: roleOnly("SUPERVISOR") },
};

/** Pages of one ticket: the role whose page it is; within that role the ticket scope decides. */
const TICKET_PAGES: Record<string, { role: (typeof ROLE_OF)[Actor]; path: (id: string) => string }> = {
  "/sekolah/tiket/[id]": { role: "SEKOLAH", path: (id) => `/sekolah/tiket/${id}` },
  "/dinas/tiket/[id]": { role: "DINAS", path: (id) => `/dinas/tiket/${id}` },
  "/helpdesk/tiket/[id]": { role: "HELPDESK", path: (id) => `/helpdesk/tiket/${id}` },
  "/supervisor/tiket/[id]": { role: "SUPERVISOR", path: (id) => `/supervisor/tiket/${id}` },
  "/supervisor/laporan/tiket/[id]": { role: "SUPERVISOR", path: (id) => `/supervisor/laporan/tiket/${id}` },
};

/** Route handlers: who gets an answer (others 401/403), asked with GET or POST as they serve. */
const ROUTES: Record<string, { method: "GET" | "POST"; allowed: (actor: Actor) => boolean; path: string }> = {
  "/api/laporan/[tabel]": { method: "GET", path: "/api/laporan/ringkasan", allowed: (a) => a === "supervisor" },
  "/api/admin/impor-sekolah/proses": {
    method: "POST",
    path: "/api/admin/impor-sekolah/proses",
    allowed: (a) => a === "admin",
  },
  "/api/admin/impor-sekolah/unggah": {
    method: "POST",
    path: "/api/admin/impor-sekolah/unggah?id=x&offset=0",
    allowed: (a) => a === "admin",
  },
};
/**
 * Route handlers that are public by design (sign-in, health, Inngest's signed calls, the service worker
 * script — the same file for everyone, tests/e2e/offline.spec.ts) or tested per ticket below.
 */
const ROUTES_ELSEWHERE = [
  "/api/auth/[...nextauth]",
  "/api/health",
  "/api/sehat",
  "/api/inngest",
  "/api/lampiran/[id]",
  "/serwist/[path]",
];

function appRoutes(kind: "page.tsx" | "route.ts"): string[] {
  const found: string[] = [];
  const walk = (dir: string, prefix: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(path.join(dir, entry.name), `${prefix}/${entry.name}`);
      else if (entry.name === kind) found.push(prefix === "" ? "/" : prefix);
    }
  };
  walk(path.join(process.cwd(), "app"), "");
  return found.sort();
}

async function signedInAs(browser: Browser, baseURL: string | undefined, actor: Actor): Promise<Page> {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await signIn(page, USERNAMES[actor]);
  await expect(page).not.toHaveURL(/\/masuk/, { timeout: 30_000 });
  return page;
}

async function openTicket(page: Page, newPath: string, subject: string): Promise<Pick<Ticket, "id" | "attachment">> {
  await page.goto(newPath);
  await page.getByLabel("Kategori").selectOption({ index: 1 });
  await page.getByLabel("Judul").fill(subject);
  await page.getByLabel("Pertanyaan").fill("Pertanyaan untuk uji hak akses: hanya yang berhak boleh membacanya.");
  await page
    .getByLabel("Lampiran (opsional)")
    .setInputFiles({ name: "bukti.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4\n%%EOF\n") });
  await page.getByRole("button", { name: "Kirim pertanyaan" }).click();
  await expect(page).toHaveURL(/\/tiket\/(?!baru$)[^/?]+$/, { timeout: 20_000 });
  const id = new URL(page.url()).pathname.split("/").pop() as string;
  const attachment = (await main(page)
    .getByRole("link", { name: /bukti\.pdf/ })
    .getAttribute("href")) as string;
  return { id, attachment };
}

/** What a GET gave, following redirects: the page itself, "not allowed", "not found" — or something else. */
async function outcomeOf(
  request: APIRequestContext,
  url: string,
): Promise<{ outcome: Outcome | string; body: string }> {
  const response = await request.get(url);
  const body = await response.text();
  const final = new URL(response.url()).pathname;
  if (response.status() === 404) return { outcome: "notfound", body };
  if (final === "/tidak-berwenang") return { outcome: "forbidden", body };
  if (response.status() === 200) return { outcome: "ok", body };
  return { outcome: `${response.status()} ${final}`, body };
}

test("every page and route handler, by every role and by another school and district", async ({
  browser,
}, testInfo) => {
  test.skip(testInfo.project.name !== "desktop-1280", "HTTP only: once is enough");
  test.setTimeout(300_000);
  const baseURL = testInfo.project.use.baseURL;

  // The rules above name every page and route handler there is.
  const covered = [...Object.keys(PAGES), ...Object.keys(TICKET_PAGES)].sort();
  expect(appRoutes("page.tsx")).toEqual(covered);
  expect(appRoutes("route.ts")).toEqual([...Object.keys(ROUTES), ...ROUTES_ELSEWHERE].sort());

  const pages = Object.fromEntries(
    await Promise.all(ACTORS.map(async (actor) => [actor, await signedInAs(browser, baseURL, actor)] as const)),
  ) as Record<Actor, Page>;
  const stamp = Date.now();
  const tickets: Ticket[] = [
    {
      subject: `Matriks sekolah A ${stamp}`,
      ...(await openTicket(pages.sekolahA, "/sekolah/tiket/baru", `Matriks sekolah A ${stamp}`)),
      visibleTo: ["sekolahA", "dinasA", "supervisor"],
    },
    {
      subject: `Matriks sekolah B ${stamp}`,
      ...(await openTicket(pages.sekolahB, "/sekolah/tiket/baru", `Matriks sekolah B ${stamp}`)),
      visibleTo: ["sekolahB", "dinasB", "supervisor"],
    },
    // A district's own question goes to the helpdesk at once.
    {
      subject: `Matriks dinas A ${stamp}`,
      ...(await openTicket(pages.dinasA, "/dinas/pertanyaan/baru", `Matriks dinas A ${stamp}`)),
      visibleTo: ["dinasA", "helpdesk", "supervisor"],
    },
  ];

  const problems: string[] = [];
  const expectOutcome = (
    actor: Actor,
    url: string,
    got: { outcome: string; body: string },
    expected: Outcome,
    readable: Ticket[],
  ) => {
    if (got.outcome !== expected) problems.push(`${actor} ${url}: ${got.outcome}, expected ${expected}`);
    for (const ticket of tickets) {
      if (!readable.includes(ticket) && got.body.includes(ticket.subject))
        problems.push(`${actor} ${url}: shows "${ticket.subject}"`);
    }
  };

  for (const actor of ACTORS) {
    const request = pages[actor].request;
    const readable = tickets.filter((ticket) => ticket.visibleTo.includes(actor));
    for (const { path: url, outcome } of Object.values(PAGES)) {
      expectOutcome(actor, url, await outcomeOf(request, url), outcome(actor), readable);
    }
    for (const ticket of tickets) {
      for (const page of Object.values(TICKET_PAGES)) {
        const expected: Outcome =
          ROLE_OF[actor] !== page.role ? "forbidden" : ticket.visibleTo.includes(actor) ? "ok" : "notfound";
        const url = page.path(ticket.id);
        const got = await outcomeOf(request, url);
        expectOutcome(actor, url, got, expected, expected === "ok" ? readable : readable.filter((t) => t !== ticket));
        if (expected === "ok" && !got.body.includes(ticket.subject))
          problems.push(`${actor} ${url}: the subject is missing`);
      }
      // Its attachment: whoever may open the ticket, nobody else (not found, like a file that does not exist).
      const file = await request.get(ticket.attachment);
      const fileExpected = ticket.visibleTo.includes(actor) ? 200 : 404;
      if (file.status() !== fileExpected)
        problems.push(`${actor} ${ticket.attachment}: ${file.status()}, expected ${fileExpected}`);
    }
    for (const [name, route] of Object.entries(ROUTES)) {
      const response =
        route.method === "GET"
          ? await request.get(route.path, { maxRedirects: 0 })
          : await request.post(route.path, {
              headers: { Origin: new URL(baseURL as string).origin, "Content-Type": "application/json" },
              data: "{}",
              maxRedirects: 0,
            });
      // Refused for the role (an allowed caller may still get 400/404 for this made-up input).
      const refused = [401, 403].includes(response.status());
      if (route.allowed(actor) === refused) problems.push(`${actor} ${route.method} ${name}: ${response.status()}`);
      const body = await response.text();
      for (const ticket of tickets) {
        if (!ticket.visibleTo.includes(actor) && body.includes(ticket.subject))
          problems.push(`${actor} ${name}: shows "${ticket.subject}"`);
      }
    }
  }
  // Signed out: every page but the public ones sends to the sign-in page; no route handler answers.
  const anonymous = await browser.newContext({ baseURL });
  for (const url of [
    ...Object.values(PAGES).map((p) => p.path),
    ...tickets.flatMap((t) => Object.values(TICKET_PAGES).map((p) => p.path(t.id))),
  ]) {
    const response = await anonymous.request.get(url);
    const final = new URL(response.url()).pathname;
    const isPublic = ["/", "/masuk", "/tidak-berwenang"].includes(url);
    if (!isPublic && final !== "/masuk") problems.push(`anonim ${url}: ${response.status()} ${final}`);
    const body = await response.text();
    for (const ticket of tickets)
      if (body.includes(ticket.subject)) problems.push(`anonim ${url}: shows "${ticket.subject}"`);
  }
  for (const ticket of tickets) expect((await anonymous.request.get(ticket.attachment)).status()).toBe(401);
  await anonymous.close();

  expect(problems).toEqual([]);
});
