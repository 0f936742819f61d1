// Which cookie holds next-auth's session token: `__Secure-next-auth.session-token` when the app is served
// over https (next-auth's own rule), else `next-auth.session-token`; a long token is split into `.0`, `.1` …
// Shared by the session check (session.ts) and the app server's upload gate (scripts/serve.ts).
import "server-only";

export interface CookiePair {
  name: string;
  value: string;
}

export function sessionTokenOf(cookies: readonly CookiePair[], secure: boolean): string | undefined {
  const name = `${secure ? "__Secure-" : ""}next-auth.session-token`;
  const whole = cookies.find((cookie) => cookie.name === name)?.value;
  if (whole) return whole;
  const chunks = cookies
    .filter((cookie) => cookie.name.startsWith(`${name}.`))
    .sort((a, b) => Number(a.name.slice(name.length + 1)) - Number(b.name.slice(name.length + 1)));
  return chunks.length > 0 ? chunks.map((cookie) => cookie.value).join("") : undefined;
}

/** A Cookie request header as name/value pairs (values are not decoded: tokens are base64url). */
export function parseCookieHeader(header: string | undefined): CookiePair[] {
  if (!header) return [];
  return header.split(";").flatMap((part) => {
    const index = part.indexOf("=");
    if (index <= 0) return [];
    return [{ name: part.slice(0, index).trim(), value: part.slice(index + 1).trim() }];
  });
}
