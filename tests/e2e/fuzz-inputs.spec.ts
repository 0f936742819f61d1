import fc from "fast-check";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { signInAs, type DemoRole } from "./support/auth";
import { propertyRuns, REPEAT_WITH } from "./support/property";

// Random query parameters and path segments (fast-check) on the pages and route handlers that read them,
// each with the session that may use it: whatever arrives, the answer is a page or a 4xx — never a 5xx.
// Bounded (a few dozen requests per address) so the suite stays fast; HTTP only, on the desktop project.

/** Text a user, a tampered link or a scanner might put in a parameter: plain words, dates, numbers, junk. */
const value = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 20 }),
  fc.constantFrom(
    "",
    "0",
    "-1",
    "1e309",
    "NaN",
    "null",
    "undefined",
    "[]",
    "{}",
    "../../etc/passwd",
    "' OR 1=1 --",
    "<script>x</script>",
  ),
  fc
    .date({ min: new Date("0001-01-01T00:00:00Z"), max: new Date("9999-12-31T00:00:00Z"), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10)),
  fc.integer().map(String),
  fc.constantFrom(
    "HD-2026-000001",
    "hd-2026-1",
    "2026-02-30",
    "2026-13-01",
    "9999-99-99",
    "OPEN",
    "HELPDESK",
    "deadline",
    "asc",
  ),
);

function queryOf(names: readonly string[]) {
  return fc.dictionary(fc.constantFrom(...names), value, { maxKeys: names.length }).map((params) => {
    const search = new URLSearchParams(params).toString();
    return search ? `?${search}` : "";
  });
}

const LIST_PARAMS = [
  "view",
  "state",
  "tier",
  "categoryId",
  "npsn",
  "q",
  "sort",
  "dir",
  "after",
  "before",
  "pageSize",
  "page",
] as const;
const REPORT_PARAMS = [
  "from",
  "to",
  "province",
  "regency",
  "category",
  "tier",
  "figure",
  "group",
  "sort",
  "dir",
  "page",
] as const;

const TARGETS: Array<{ role: DemoRole; urls: fc.Arbitrary<string> }> = [
  { role: "SEKOLAH", urls: queryOf(LIST_PARAMS).map((q) => `/sekolah${q}`) },
  { role: "DINAS", urls: queryOf(LIST_PARAMS).map((q) => `/dinas${q}`) },
  { role: "HELPDESK", urls: queryOf(LIST_PARAMS).map((q) => `/helpdesk${q}`) },
  { role: "SUPERVISOR", urls: queryOf(LIST_PARAMS).map((q) => `/supervisor${q}`) },
  { role: "SUPERVISOR", urls: queryOf(REPORT_PARAMS).map((q) => `/supervisor/laporan${q}`) },
  { role: "SUPERVISOR", urls: queryOf(REPORT_PARAMS).map((q) => `/supervisor/laporan/tiket${q}`) },
  {
    role: "SUPERVISOR",
    urls: fc
      .tuple(
        fc.constantFrom("ringkasan", "tren", "tiket", "wilayah", "kategori", "tidak-ada", "%00", ".."),
        queryOf(REPORT_PARAMS),
      )
      .map(([table, q]) => `/api/laporan/${table}${q}`),
  },
  {
    role: "SUPERVISOR",
    urls: fc.string({ maxLength: 30 }).map((id) => `/supervisor/tiket/${encodeURIComponent(id) || "x"}`),
  },
  { role: "DINAS", urls: fc.string({ maxLength: 30 }).map((id) => `/api/lampiran/${encodeURIComponent(id) || "x"}`) },
  {
    role: "ADMIN",
    urls: queryOf(["q", "role", "aktif", "page", "action", "from", "to", "user"]).map((q) => `/admin/akun${q}`),
  },
  {
    role: "ADMIN",
    urls: queryOf(["q", "role", "aktif", "page", "action", "from", "to", "user"]).map((q) => `/admin/audit${q}`),
  },
  { role: "ADMIN", urls: queryOf(["q", "regency", "form", "status", "page"]).map((q) => `/admin/sekolah${q}`) },
  {
    role: "ADMIN",
    urls: fc.string({ maxLength: 12 }).map((code) => `/admin/wilayah/${encodeURIComponent(code) || "x"}`),
  },
  { role: "HELPDESK", urls: queryOf(["q", "npsn", "nama"]).map((q) => `/helpdesk/loket${q}`) },
];

/** The answer's status, or what went wrong instead of an answer (a dropped connection is a failure too). */
async function statusOf(request: APIRequestContext, url: string): Promise<number | string> {
  try {
    const response = await request.get(url, { maxRedirects: 0 });
    await response.body();
    return response.status();
  } catch (error) {
    return error instanceof Error ? (error.message.split("\n")[0] ?? "error") : String(error);
  }
}

test("random parameters on every page and route handler that reads them: never a server error", async ({
  browser,
}, testInfo) => {
  test.skip(testInfo.project.name !== "desktop-1280", "HTTP only: once is enough");
  test.setTimeout(300_000);
  const baseURL = testInfo.project.use.baseURL;
  const sessions = new Map<DemoRole, APIRequestContext>();
  for (const role of new Set(TARGETS.map((t) => t.role))) {
    const context = await browser.newContext({ baseURL });
    const page = await context.newPage();
    await signInAs(page, role);
    sessions.set(role, page.request);
  }
  const failures: string[] = [];
  for (const target of TARGETS) {
    const request = sessions.get(target.role) as APIRequestContext;
    await fc
      .assert(
        fc.asyncProperty(target.urls, async (url) => {
          const status = await statusOf(request, url);
          const answered = typeof status === "number" && status < 500;
          if (!answered) failures.push(`${target.role} ${url}: ${status}`);
          return answered;
        }),
        propertyRuns(30),
      )
      .catch(() => undefined); // every failure is listed below, with its address
  }
  expect(failures, REPEAT_WITH).toEqual([]);
});
