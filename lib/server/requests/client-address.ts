// Whose request is this: the address the sign-in throttle counts per client. The app server (scripts/
// serve.ts) decides it from the connection itself, and trusts a proxy's X-Forwarded-For only when the
// connection comes from a proxy the operator declared (TRUSTED_PROXIES): anyone else could write any
// address into that header and spread guesses over invented addresses.
import "server-only";
import net from "node:net";

/** "::ffff:203.0.113.5" (an IPv4 client on an IPv6 socket) → "203.0.113.5"; anything else as it is. */
export function normalizeAddress(address: string): string {
  const trimmed = address.trim();
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(trimmed);
  return mapped?.[1] ?? trimmed.toLowerCase();
}

/** TRUSTED_PROXIES: comma-separated IP addresses; returns the bad entries when there are. */
export function parseTrustedProxies(
  value: string | undefined,
): { ok: true; proxies: Set<string> } | { ok: false; invalid: string[] } {
  const entries = (value ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  const invalid = entries.filter((entry) => net.isIP(normalizeAddress(entry)) === 0);
  return invalid.length > 0 ? { ok: false, invalid } : { ok: true, proxies: new Set(entries.map(normalizeAddress)) };
}

/**
 * The client's address. A connection from a trusted proxy: the rightmost X-Forwarded-For entry, the one
 * that proxy appended (nginx's $proxy_add_x_forwarded_for; one proxy in front). Any other connection:
 * its own address, whatever the request says.
 */
export function clientAddressOf(
  peer: string | undefined,
  forwardedFor: string | string[] | undefined,
  trusted: ReadonlySet<string>,
): string {
  const own = peer ? normalizeAddress(peer) : "tidak-diketahui";
  if (!trusted.has(own)) return own;
  const header = Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? "");
  const appended = header
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean)
    .at(-1);
  return appended && net.isIP(normalizeAddress(appended)) !== 0 ? normalizeAddress(appended) : own;
}
