import { describe, expect, it } from "vitest";
import { judgeRequestBody, LARGE_BODY_BYTES, SMALL_BODY_BYTES } from "@/lib/server/requests";

const signedIn = () => Promise.resolve(true);
const signedOut = () => Promise.resolve(false);
const judge = (method: string, pathname: string, bytes: number | undefined, session = signedIn, chunked = false) =>
  judgeRequestBody({
    method,
    pathname,
    contentLength: bytes === undefined ? undefined : String(bytes),
    chunked,
    signedIn: session,
  });

describe("request bodies judged before they are read", () => {
  it("lets every form send up to 1 MB, signed in or not", async () => {
    expect(await judge("POST", "/api/auth/callback/credentials", SMALL_BODY_BYTES, signedOut)).toEqual({ ok: true });
    expect(await judge("POST", "/admin/kategori", 5_000, signedOut)).toEqual({ ok: true });
  });

  it("refuses more than 1 MB where no files are posted", async () => {
    expect(await judge("POST", "/api/auth/callback/credentials", SMALL_BODY_BYTES + 1)).toEqual({
      ok: false,
      status: 413,
      message: "Kiriman terlalu besar (paling besar 1 MB). Kurangi atau perkecil lampirannya.",
    });
    expect(await judge("POST", "/admin/akun", 10 * 1024 * 1024)).toMatchObject({ ok: false, status: 413 });
  });

  it("lets files through up to 64 MB on the pages that take them, only with a session", async () => {
    for (const path of [
      "/sekolah/tiket/baru",
      "/dinas/pertanyaan/baru",
      "/dinas/tiket/cm123abc",
      "/helpdesk/tiket/x",
      "/api/admin/impor-sekolah/unggah",
    ]) {
      expect(await judge("POST", path, LARGE_BODY_BYTES)).toEqual({ ok: true });
      expect(await judge("POST", path, 2 * 1024 * 1024, signedOut)).toEqual({
        ok: false,
        status: 401,
        message: "Sesi Anda sudah berakhir. Masuk kembali, lalu kirim lagi.",
      });
      expect(await judge("POST", path, LARGE_BODY_BYTES + 1)).toMatchObject({
        ok: false,
        status: 413,
        message: expect.stringContaining("64 MB"),
      });
    }
    // Not a ticket page: a path below one, or another list.
    expect(await judge("POST", "/dinas/tiket/x/lain", 2 * 1024 * 1024)).toMatchObject({ ok: false, status: 413 });
  });

  it("asks for a declared length instead of reading an endless chunked body", async () => {
    expect(await judge("POST", "/sekolah/tiket/baru", undefined, signedIn, true)).toMatchObject({
      ok: false,
      status: 411,
    });
    expect(await judge("POST", "/masuk", undefined)).toEqual({ ok: true }); // no body at all
    expect(await judge("POST", "/masuk", Number.NaN)).toMatchObject({ ok: false, status: 411 });
  });

  it("does not look at reads", async () => {
    expect(await judge("GET", "/sekolah", 10 * LARGE_BODY_BYTES, signedOut)).toEqual({ ok: true });
  });
});
