// The production app server: Next.js's request handler behind a plain Node HTTP server, so that the
// app knows who is connecting. `next start` passes on an X-Forwarded-For the client wrote itself (it only
// adds the connection's address when the header is missing), so a client talking to the app directly
// could invent a new address for every sign-in guess. Here every request's X-Forwarded-For is replaced
// by the one client address (lib/server/requests/client-address.ts): the connection's own, or — only when the
// connection comes from a proxy listed in TRUSTED_PROXIES — the address that proxy appended. The other
// X-Forwarded-* headers of an untrusted connection are dropped too (Next sets them from the connection).
// Before any body is read, its declared size is judged (lib/server/requests/request-limits.ts): 1 MB for every
// form, 64 MB only where files are posted and only with a session token. A server-action request that
// Next.js cannot decode is answered 400, not 500 (lib/server/requests/action-requests.ts).
//
//   npm run build            (next build, then this file bundled into .next/serve.mjs by esbuild)
//   node .next/serve.mjs [--port 3000] [--hostname 0.0.0.0]     (npm start)
// Bundled rather than run through tsx: tsx's loader costs each app server about 115 MB of memory.
import http from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";
import next from "next";
import { decode } from "next-auth/jwt";
import { parseCookieHeader, sessionTokenOf } from "@/lib/server/auth/session-cookie";
import { clientAddressOf, normalizeAddress, parseTrustedProxies } from "@/lib/server/requests";
import { actionResponseStatus, runActionRequest } from "@/lib/server/requests";
import { getAuthSecret, isPublicUrlHttps } from "@/lib/server/config";
import { judgeRequestBody } from "@/lib/server/requests";

// .next/serve.mjs → the project folder (where .next/ and the build are).
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

function option(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return (index >= 0 ? process.argv[index + 1] : undefined) ?? fallback;
}

const port = Number(option("port", process.env.PORT ?? "3000"));
const hostname = option("hostname", "0.0.0.0");
const trusted = parseTrustedProxies(process.env.TRUSTED_PROXIES);
if (!trusted.ok) {
  console.error(
    `[mulai] TRUSTED_PROXIES hanya berisi alamat IP dipisah koma; tidak sah: ${trusted.invalid.join(", ")}`,
  );
  process.exit(1);
}
const proxies = trusted.proxies;

const app = next({ dev: false, dir: ROOT, hostname, port });
const handle = app.getRequestHandler();
await app.prepare();

/** A session token that decrypts with our secret (whether it was revoked is the app's check, later). */
async function carriesSession(req: http.IncomingMessage): Promise<boolean> {
  const token = sessionTokenOf(parseCookieHeader(req.headers.cookie), isPublicUrlHttps());
  if (!token) return false;
  try {
    return (await decode({ token, secret: getAuthSecret() })) !== null;
  } catch {
    return false;
  }
}

function refuse(req: http.IncomingMessage, res: http.ServerResponse, status: number, message: string) {
  // The body is never parsed nor kept: what arrives is thrown away as it comes (so the client, still
  // sending, reads the answer instead of a reset connection), and the connection closes afterwards.
  res.writeHead(status, {
    "Content-Type": "text/plain; charset=utf-8",
    "Cache-Control": "no-store",
    Connection: "close",
  });
  res.end(message);
  req.resume();
}

const server = http.createServer(async (req, res) => {
  const verdict = await judgeRequestBody({
    method: req.method ?? "GET",
    pathname: (req.url ?? "/").split("?")[0] ?? "/",
    contentLength: req.headers["content-length"],
    chunked: req.headers["transfer-encoding"] !== undefined,
    signedIn: () => carriesSession(req),
  });
  if (!verdict.ok) return refuse(req, res, verdict.status, verdict.message);
  const peer = req.socket.remoteAddress;
  if (!peer || !proxies.has(normalizeAddress(peer))) {
    delete req.headers["x-forwarded-host"];
    delete req.headers["x-forwarded-proto"];
    delete req.headers["x-forwarded-port"];
  }
  req.headers["x-forwarded-for"] = clientAddressOf(peer, req.headers["x-forwarded-for"], proxies);
  if (req.method !== "POST" || req.headers["next-action"] === undefined) return void handle(req, res);
  // A server action: a body Next.js cannot decode is the client's error (lib/server/requests/action-requests.ts).
  runActionRequest((action) => {
    const writeHead = res.writeHead;
    res.writeHead = function (this: http.ServerResponse, status: number, ...rest: unknown[]) {
      return (writeHead as (...args: unknown[]) => http.ServerResponse).call(
        this,
        actionResponseStatus(status, action.reached),
        ...rest,
      );
    } as typeof res.writeHead;
    void handle(req, res);
  });
});
server.listen(port, hostname, () => {
  const behind = proxies.size > 0 ? ` (proksi tepercaya: ${[...proxies].join(", ")})` : "";
  console.log(`Helpdesk siap di http://${hostname}:${port}${behind}`);
});

// Stop taking connections, let requests in flight finish, then leave (systemd, the test scripts).
for (const signal of ["SIGTERM", "SIGINT"] as const) {
  process.on(signal, () => {
    server.close(() => process.exit(0));
    server.closeIdleConnections();
    setTimeout(() => process.exit(0), 10_000).unref();
  });
}
