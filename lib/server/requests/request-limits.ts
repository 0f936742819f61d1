// How big a request body may be, decided from the request line and headers before any of the body is
// read (scripts/serve.ts): the large limit only where attachments or import pieces are sent, and only
// with a session; everything else (sign-in, every other form) is small. Next.js's own limit
// (next.config.mjs, serverActions.bodySizeLimit) stays the large one and applies after this.
import "server-only";

const MB = 1024 * 1024;
/** Every form without files: the longest message is 10,000 characters. */
export const SMALL_BODY_BYTES = 1 * MB;
/** Attachments (up to 10 files of up to 20 MB by the settings' limits, nginx buffers 64 MB) and import pieces. */
export const LARGE_BODY_BYTES = 64 * MB;

/** Where files are posted: the new-question forms, a ticket page's reply form, the school import's pieces. */
const UPLOAD_PATHS = [
  /^\/sekolah\/tiket\/baru\/?$/,
  /^\/dinas\/pertanyaan\/baru\/?$/,
  /^\/(?:sekolah|dinas|helpdesk|supervisor)\/tiket\/[^/]+\/?$/,
  /^\/api\/admin\/impor-sekolah\/unggah\/?$/,
];

export type BodyVerdict = { ok: true } | { ok: false; status: 401 | 411 | 413; message: string };

const READS_NO_BODY = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Whether a request may send its body. `contentLength` is the header's value (undefined when absent),
 * `chunked` whether the body comes without a declared length, `signedIn` whether it carries a session
 * token that decrypts (its revocation is checked later, by the app).
 */
export function judgeRequestBody(request: {
  method: string;
  pathname: string;
  contentLength: string | undefined;
  chunked: boolean;
  signedIn: () => Promise<boolean>;
}): Promise<BodyVerdict> | BodyVerdict {
  if (READS_NO_BODY.has(request.method.toUpperCase())) return { ok: true };
  if (request.contentLength === undefined) {
    return request.chunked
      ? { ok: false, status: 411, message: "Permintaan harus menyebutkan panjang isinya (Content-Length)." }
      : { ok: true };
  }
  const length = Number(request.contentLength);
  if (!Number.isSafeInteger(length) || length < 0)
    return { ok: false, status: 411, message: "Panjang isi permintaan (Content-Length) tidak sah." };
  if (length <= SMALL_BODY_BYTES) return { ok: true };
  const upload = UPLOAD_PATHS.some((path) => path.test(request.pathname));
  if (!upload || length > LARGE_BODY_BYTES) {
    const limitMb = (upload ? LARGE_BODY_BYTES : SMALL_BODY_BYTES) / MB;
    return {
      ok: false,
      status: 413,
      message: `Kiriman terlalu besar (paling besar ${limitMb} MB). Kurangi atau perkecil lampirannya.`,
    };
  }
  return request
    .signedIn()
    .then((signedIn) =>
      signedIn
        ? { ok: true }
        : { ok: false, status: 401, message: "Sesi Anda sudah berakhir. Masuk kembali, lalu kirim lagi." },
    );
}
