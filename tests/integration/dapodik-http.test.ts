// The Dapodik sign-in over HTTP, against a real server on 127.0.0.1 playing every answer the real
// service (or the network in between) can give. What a school operator would notice: signing in works,
// a wrong password says so, and every failure is one calm Indonesian sentence, never an error dump.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHttpDapodikAuthenticator, DAPODIK_MESSAGES, type DapodikVerification } from "@/lib/server/dapodik";
import { findClosedPort, startFakeDapodik, type FakeDapodik } from "./helpers/fake-dapodik";

const PASSWORD = "Rahasia Sekolah#2026";
// Short for the timeout cases; generous elsewhere so a busy CI machine cannot turn an answer into a TIMEOUT.
const TIMEOUT_MS = 300;
const RELAXED_TIMEOUT_MS = 5000;

// The documented sentences (README "Dapodik sign-in"), written out so a silent rewording fails here.
const REFUSED = "Nama pengguna atau kata sandi salah.";
const INVALID =
  "Layanan Dapodik memberikan jawaban yang tidak dapat dibaca. Coba lagi beberapa saat lagi; jika berulang, hubungi Dinas Pendidikan kabupaten/kota Anda.";
const UNREACHABLE =
  "Layanan Dapodik tidak dapat dihubungi saat ini. Coba lagi beberapa saat lagi; jika berulang, hubungi Dinas Pendidikan kabupaten/kota Anda.";
const TIMEOUT =
  "Layanan Dapodik tidak menjawab dalam 0,3 detik. Coba lagi beberapa saat lagi; jika berulang, hubungi Dinas Pendidikan kabupaten/kota Anda.";

let fake: FakeDapodik;

beforeAll(async () => {
  fake = await startFakeDapodik({
    "op.diterima": { kind: "json", body: { npsn: "20351671", nama: "Siti Aminah" } },
    "op.dikmas": { kind: "json", body: { npsn: " p9900001 ", name: "Budi  Santoso\n" } },
    "op.tanpanama": { kind: "json", body: { npsn: "20351672" } },
    "op.ditolak": { kind: "refuse", status: 401 },
    "op.terlarang": { kind: "refuse", status: 403 },
    "op.rusak": {
      kind: "raw",
      status: 500,
      contentType: "text/html",
      body: "<html><body>Internal Server Error at Foo.bar (x.js:1:2)</body></html>",
    },
    "op.tidakada": { kind: "raw", status: 404, contentType: "application/json", body: '{"npsn":"20351671"}' },
    "op.html": {
      kind: "raw",
      status: 200,
      contentType: "text/html",
      body: "<html><body>Sedang pemeliharaan</body></html>",
    },
    "op.tanpanpsn": { kind: "json", body: { nama: "Tanpa NPSN" } },
    "op.npsnsalah": { kind: "json", body: { npsn: "1234-ABC", nama: "NPSN Salah" } },
    "op.npsnangka": { kind: "json", body: { npsn: 20351671, nama: "NPSN Angka" } },
    "op.larik": { kind: "json", body: [{ npsn: "20351671" }] },
    "op.pindah": {
      kind: "raw",
      status: 307,
      contentType: "text/plain",
      body: "",
      headers: { Location: "/api/elsewhere" },
    },
    "op.besar": { kind: "oversized", bytes: 50 * 1024 * 1024, declareLength: false },
    "op.besardeklarasi": { kind: "oversized", bytes: 200 * 1024, declareLength: true },
    "op.lambat": { kind: "slow", delayMs: 10_000 },
    "op.macet": { kind: "stall-body", delayMs: 10_000 },
  });
});
afterAll(async () => fake?.close());

const authenticator = (timeoutMs = RELAXED_TIMEOUT_MS) => createHttpDapodikAuthenticator({ url: fake.url, timeoutMs });

/** The message is the documented sentence and nothing technical leaked into it or into the log detail. */
function expectFailure(result: DapodikVerification, reason: string, message: string) {
  expect(result).toMatchObject({ ok: false, reason, message });
  if (result.ok) return;
  for (const leak of ["Error", "ECONN", "stack", "fetch", "127.0.0.1", "<", "undefined", PASSWORD]) {
    expect(result.message).not.toContain(leak);
  }
  expect(result.message).not.toMatch(/(^|\n)\s*at\s/); // a stack frame
  expect(result.message).not.toMatch(/:\d+:\d+/); // a file position
  expect(result.detail ?? "").not.toContain(PASSWORD);
}

describe("Dapodik over HTTP: accepted sign-ins", () => {
  it("returns the school's NPSN and the operator's name", async () => {
    await expect(authenticator().verify("op.diterima", PASSWORD)).resolves.toEqual({
      ok: true,
      npsn: "20351671",
      operatorName: "Siti Aminah",
    });
  });

  it("accepts a Dikmas NPSN in any case, and 'name' for 'nama'", async () => {
    await expect(authenticator().verify("op.dikmas", PASSWORD)).resolves.toEqual({
      ok: true,
      npsn: "P9900001",
      operatorName: "Budi Santoso",
    });
  });

  it("names the operator after the NPSN when the service sends no name", async () => {
    await expect(authenticator().verify("op.tanpanama", PASSWORD)).resolves.toEqual({
      ok: true,
      npsn: "20351672",
      operatorName: "Operator 20351672",
    });
  });

  it("posts the trimmed username and the password as JSON, the password only in the body", async () => {
    const before = fake.requests.length;
    await authenticator().verify("  op.diterima \t", PASSWORD);
    const request = fake.requests[before];
    expect(fake.requests).toHaveLength(before + 1);
    expect(request?.method).toBe("POST");
    expect(request?.path).toBe("/api/login");
    expect(request?.headers["content-type"]).toMatch(/^application\/json\b/);
    expect(request?.headers.accept).toBe("application/json");
    expect(request?.json).toEqual({ username: "op.diterima", password: PASSWORD });
    expect(request?.path).not.toContain(encodeURIComponent(PASSWORD));
    expect(JSON.stringify(request?.headers)).not.toContain(PASSWORD);
  });

  it("refuses an empty username or password without asking the service", async () => {
    const before = fake.requests.length;
    for (const [username, password] of [
      ["", PASSWORD],
      ["   ", PASSWORD],
      ["op.diterima", ""],
    ] as const) {
      expectFailure(await authenticator().verify(username, password), "REFUSED", REFUSED);
    }
    expect(fake.requests).toHaveLength(before);
  });
});

describe("Dapodik over HTTP: refusals and unreadable answers", () => {
  it.each([
    ["401", "op.ditolak"],
    ["403", "op.terlarang"],
    ["401 for an unknown username", "op.siapa"],
  ])("HTTP %s → the wrong-password sentence", async (_label, username) => {
    expectFailure(await authenticator().verify(username, PASSWORD), "REFUSED", REFUSED);
  });

  it.each([
    ["HTTP 500 with an HTML error page", "op.rusak"],
    ["HTTP 404, even with a JSON body", "op.tidakada"],
    ["HTTP 200 with an HTML page", "op.html"],
    ["HTTP 200 with JSON without npsn", "op.tanpanpsn"],
    ["HTTP 200 with an invalid npsn", "op.npsnsalah"],
    ["HTTP 200 with npsn as a number", "op.npsnangka"],
    ["HTTP 200 with a JSON array", "op.larik"],
    ["a body over 64 KiB announced by Content-Length", "op.besardeklarasi"],
  ])("%s → INVALID_RESPONSE", async (_label, username) => {
    expectFailure(await authenticator().verify(username, PASSWORD), "INVALID_RESPONSE", INVALID);
  });

  it("does not follow a redirect (the password is never re-sent elsewhere)", async () => {
    const before = fake.requests.length;
    const result = await authenticator().verify("op.pindah", PASSWORD);
    expectFailure(result, "INVALID_RESPONSE", INVALID);
    expect(fake.requests).toHaveLength(before + 1);
    expect(result.ok ? "" : result.detail).toContain("307");
  });

  it("stops downloading a huge streamed body and drops the connection", async () => {
    const before = fake.requests.length;
    expectFailure(await authenticator().verify("op.besar", PASSWORD), "INVALID_RESPONSE", INVALID);
    const request = fake.requests[before];
    await expect.poll(() => request?.responseClosed, { timeout: 5000 }).toBe(true);
    expect(request?.responseFinished).toBe(false); // 50 MiB were never all sent
  });
});

describe("Dapodik over HTTP: slow and unreachable service", () => {
  it("gives up after the timeout when no answer comes", async () => {
    const started = Date.now();
    expectFailure(await authenticator(TIMEOUT_MS).verify("op.lambat", PASSWORD), "TIMEOUT", TIMEOUT);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it("gives up after the timeout when the answer stalls half-way", async () => {
    const started = Date.now();
    expectFailure(await authenticator(TIMEOUT_MS).verify("op.macet", PASSWORD), "TIMEOUT", TIMEOUT);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it("says the service cannot be reached when nothing listens on the port", async () => {
    const port = await findClosedPort();
    const closed = createHttpDapodikAuthenticator({ url: `http://127.0.0.1:${port}/api/login`, timeoutMs: 3000 });
    const result = await closed.verify("op.diterima", PASSWORD);
    expectFailure(result, "UNREACHABLE", UNREACHABLE);
    expect(result.ok ? "" : result.detail).toContain("ECONNREFUSED"); // the log keeps the cause
  });

  it("says the service cannot be reached when its name does not resolve", async () => {
    // Node's fetch reports DNS failures this way; a real lookup would depend on the machine's resolver.
    const dnsFailure: typeof fetch = async () => {
      throw new TypeError("fetch failed", {
        cause: Object.assign(new Error("getaddrinfo ENOTFOUND dapodik.invalid"), { code: "ENOTFOUND" }),
      });
    };
    const result = await createHttpDapodikAuthenticator({
      url: "https://dapodik.invalid/login",
      fetchImpl: dnsFailure,
    }).verify("op.diterima", PASSWORD);
    expectFailure(result, "UNREACHABLE", UNREACHABLE);
    expect(result.ok ? "" : result.detail).toContain("ENOTFOUND");
  });

  it("states the configured timeout in whole or tenth seconds, Indonesian style", () => {
    expect(DAPODIK_MESSAGES.timeout(5000)).toContain("tidak menjawab dalam 5 detik.");
    expect(DAPODIK_MESSAGES.timeout(1500)).toContain("tidak menjawab dalam 1,5 detik.");
  });
});

describe("Dapodik over HTTP: configuration", () => {
  it.each([
    ["not a URL", { url: "dapodik.example" }],
    ["not http(s)", { url: "ftp://dapodik.example/login" }],
    ["credentials in the URL", { url: "https://user:secret@dapodik.example/login" }],
    ["a zero timeout", { url: "https://dapodik.example/login", timeoutMs: 0 }],
  ])("refuses %s at start-up", (_label, options) => {
    expect(() => createHttpDapodikAuthenticator(options)).toThrow(/^Dapodik: /);
  });

  it("does not echo the secret of a URL with credentials", () => {
    expect(() => createHttpDapodikAuthenticator({ url: "https://user:secret@dapodik.example/login" })).toThrow(
      expect.objectContaining({ message: expect.not.stringContaining("secret") }),
    );
  });
});
