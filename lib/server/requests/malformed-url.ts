// Requests refused before routing (proxy.ts).
import "server-only";

/**
 * A URL no link of ours makes: a broken percent-encoding in the path (the router would fail to decode
 * it: 500) or an encoded NUL anywhere (PostgreSQL text cannot hold it). Refused here with 400 before
 * any page or route sees it.
 */
export function isMalformedUrl(pathname: string, search: string): boolean {
  if (/%00/.test(pathname) || /%00/.test(search) || pathname.includes("\0")) return true;
  try {
    decodeURIComponent(pathname);
    return false;
  } catch {
    return true;
  }
}
