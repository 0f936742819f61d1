// Security headers for every page: a per-request CSP nonce (Next applies it to its own scripts), no
// framing, no MIME sniffing, a strict referrer policy, HSTS when the public URL is https. Every page is
// rendered per request anyway (they depend on the session), so the nonce costs no static rendering. Every answer also names the app
// server that gave it (X-Helpdesk-Server): behind a load balancer, a report "it failed" can be traced.
import { NextResponse, type NextRequest } from "next/server";
import { getEnv, getServerName, isPublicUrlHttps } from "@/lib/server/config";
import { isMalformedUrl } from "@/lib/server/requests";

/** Where a route sets its own, stricter CSP (a sandbox for user files): the page CSP must not replace it. */
const OWN_CSP_PREFIX = "/api/lampiran/";

const MALFORMED_PAGE = `<!doctype html><html lang="id"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Alamat tidak valid · Helpdesk Dapodik PAUD &amp; Dikmas</title></head><body style="font-family:system-ui,sans-serif;max-width:36rem;margin:2rem auto;padding:0 1rem;line-height:1.5"><h1>Alamat tidak valid</h1><p>Alamat halaman ini rusak atau tidak lengkap, mungkin karena terpotong saat disalin. Buka halaman dari menu, atau kembali ke <a href="/">beranda</a>.</p></body></html>`;

export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (isMalformedUrl(pathname, search)) {
    return new NextResponse(MALFORMED_PAGE, {
      status: 400,
      headers: {
        "Content-Type": "text/html; charset=utf-8",
        "Cache-Control": "no-store",
        "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'",
        "X-Content-Type-Options": "nosniff",
        "X-Helpdesk-Server": getServerName(),
      },
    });
  }
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const isDev = getEnv().NODE_ENV === "development";
  const csp = [
    "default-src 'self'",
    // 'strict-dynamic' lets Next's nonce'd bootstrap load its chunks; dev mode needs eval for HMR.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${isDev ? " 'unsafe-eval'" : ""}`,
    // Inline style attributes are harmless here and React emits a few; stylesheets come from 'self'.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    // The service worker (/serwist/sw.js): 'strict-dynamic' above would refuse it otherwise.
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");

  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  if (!pathname.startsWith(OWN_CSP_PREFIX)) response.headers.set("Content-Security-Policy", csp);
  response.headers.set("X-Frame-Options", "DENY");
  response.headers.set("X-Content-Type-Options", "nosniff");
  response.headers.set("Referrer-Policy", "strict-origin-when-cross-origin");
  response.headers.set("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
  response.headers.set("X-Helpdesk-Server", getServerName());
  // Served over https (the public URL says so): browsers must never try plain http for a year. Not for
  // subdomains: the rest of the domain is not ours to decide.
  if (isPublicUrlHttps()) response.headers.set("Strict-Transport-Security", "max-age=31536000");
  return response;
}

export const config = {
  // Pages only: not static files, images or the favicon.
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico).*)" }],
};
