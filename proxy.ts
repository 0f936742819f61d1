// Security headers for every page: a per-request CSP nonce (Next applies it to its own scripts), no
// framing, no MIME sniffing, a strict referrer policy. Every page is rendered per request anyway
// (they depend on the session), so the nonce costs no static rendering. Every answer also names the app
// server that gave it (X-Helpdesk-Server): behind a load balancer, a report "it failed" can be traced.
import { NextResponse, type NextRequest } from "next/server";
import { getEnv, getServerName } from "@/lib/server/env";

export function proxy(request: NextRequest) {
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
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");

  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  response.headers.set("X-Frame-Options", "DENY");
  response.headers.set("X-Content-Type-Options", "nosniff");
  response.headers.set("Referrer-Policy", "strict-origin-when-cross-origin");
  response.headers.set("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
  response.headers.set("X-Helpdesk-Server", getServerName());
  return response;
}

export const config = {
  // Pages only: not static files, images or the favicon.
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico).*)" }],
};
