/*
 * Dapodik sign-in over HTTP — the contract with the service that knows the schools' Dapodik accounts.
 *
 *   Request:  POST <url>
 *             Content-Type: application/json
 *             Accept: application/json
 *             {"username": "<trimmed username>", "password": "<password as typed>"}
 *             The password travels only in the body (never in the URL or a header).
 *
 *   Answer    HTTP 200, JSON {"npsn": "20351671", "nama": "Nama Operator"}
 *   accepted: - "name" is accepted as an alias of "nama"; a missing name becomes "Operator <NPSN>".
 *             - npsn must be a JSON string that is a valid NPSN after trim + upper case:
 *               8 digits, or one letter and 7 digits (e.g. "P9900001").
 *             - the Content-Type of the answer is not checked; the body must parse as JSON.
 *
 *   Refused:  HTTP 401 or 403, any body → REFUSED, "Nama pengguna atau kata sandi salah."
 *             (the same sentence as a wrong password, whatever the service says).
 *
 *   Anything  any other status (2xx other than 200, 3xx — redirects are not followed, so the password
 *   else:     is never re-sent to another address — 4xx, 5xx), a body that is not JSON (e.g. an HTML error
 *             page), JSON without a valid npsn, or a body over 64 KiB → INVALID_RESPONSE.
 *             Connection refused, DNS failure, connection reset → UNREACHABLE.
 *             No complete answer (headers and body) within timeoutMs → TIMEOUT.
 *
 * `verify` never throws for any of these; the user sees only the fixed sentences of ./messages.ts and the
 * technical cause is in `detail` for the log. Nothing here logs: the caller decides, and the password is
 * never part of `detail`. An empty username or password is REFUSED without a request.
 */
import "server-only";
import { normalizeCredentials, type Credentials } from "./credentials";
import { DAPODIK_MESSAGES } from "./messages";
import { MAX_BODY_BYTES, parseDapodikAnswer, readCappedText } from "./response-body";
import type { DapodikAuthenticator, DapodikFailureReason, DapodikVerification } from "./types";

export const DEFAULT_DAPODIK_TIMEOUT_MS = 5000;

export type HttpDapodikOptions = {
  /** The full endpoint, e.g. https://dapodik.example.go.id/api/helpdesk/login. */
  url: string;
  /** Budget for the whole exchange (connect, headers and body). */
  timeoutMs?: number;
  /** For tests of transport failures that a real server cannot produce on demand (e.g. DNS). */
  fetchImpl?: typeof fetch;
};

/** Throws on a bad configuration (a bug to fix at start-up); never throws from `verify`. */
export function createHttpDapodikAuthenticator(options: HttpDapodikOptions): DapodikAuthenticator {
  const url = parseEndpoint(options.url);
  const timeoutMs = options.timeoutMs ?? DEFAULT_DAPODIK_TIMEOUT_MS;
  if (!Number.isFinite(timeoutMs) || timeoutMs <= 0) {
    throw new Error(`Dapodik: timeoutMs must be a positive number of milliseconds, got ${timeoutMs}`);
  }
  const fetchImpl = options.fetchImpl ?? fetch;

  return {
    kind: "http",
    async verify(username, password) {
      const credentials = normalizeCredentials(username, password);
      if (!credentials)
        return failure("REFUSED", DAPODIK_MESSAGES.refused, "empty or over-long username or password; no request sent");

      const timeout = AbortSignal.timeout(timeoutMs);
      // A second signal so that we can drop an oversized answer ourselves without it looking like a timeout.
      const giveUp = new AbortController();
      const signal = AbortSignal.any([timeout, giveUp.signal]);

      let outcome: Exchange;
      try {
        outcome = await exchange(fetchImpl, url, credentials, signal, () => giveUp.abort());
      } catch (error) {
        // Whatever the error looks like (fetch wraps it differently before and after the headers),
        // the timeout signal is the reliable witness that we ran out of time.
        if (timeout.aborted)
          return failure("TIMEOUT", DAPODIK_MESSAGES.timeout(timeoutMs), `no complete answer within ${timeoutMs} ms`);
        return failure("UNREACHABLE", DAPODIK_MESSAGES.unreachable, describeError(error));
      }
      if (outcome.kind === "settled") return outcome.verification;

      const answer = parseDapodikAnswer(outcome.text);
      if (!answer.ok)
        return failure("INVALID_RESPONSE", DAPODIK_MESSAGES.invalidResponse, `HTTP 200: ${answer.detail}`);
      return { ok: true, npsn: answer.npsn, operatorName: answer.operatorName };
    },
  };
}

// Either the status alone settled it (refused, error status, oversized), or there is a body to parse.
type Exchange = { kind: "settled"; verification: DapodikVerification } | { kind: "body"; text: string };

/** The network part only, so that a bug in the parsing cannot be mistaken for an unreachable service. */
async function exchange(
  fetchImpl: typeof fetch,
  url: string,
  credentials: Credentials,
  signal: AbortSignal,
  stop: () => void,
): Promise<Exchange> {
  const response = await fetchImpl(url, {
    method: "POST",
    headers: { "Content-Type": "application/json", Accept: "application/json" },
    body: JSON.stringify({ username: credentials.username, password: credentials.password }),
    signal,
    redirect: "manual",
  });

  if (response.status !== 200) {
    // Release the connection instead of leaving the unread body to the garbage collector.
    await response.body?.cancel().catch(() => undefined);
    if (response.status === 401 || response.status === 403) {
      return settled(failure("REFUSED", DAPODIK_MESSAGES.refused, `HTTP ${response.status}`));
    }
    const location = response.headers.get("location");
    const detail = `HTTP ${response.status}${location ? ` (Location: ${location})` : ""}, content-type ${response.headers.get("content-type") ?? "none"}`;
    return settled(failure("INVALID_RESPONSE", DAPODIK_MESSAGES.invalidResponse, detail));
  }

  const body = await readCappedText(response, MAX_BODY_BYTES, stop);
  if (!body.ok)
    return settled(failure("INVALID_RESPONSE", DAPODIK_MESSAGES.invalidResponse, `HTTP 200: ${body.detail}`));
  return { kind: "body", text: body.text };
}

function parseEndpoint(text: string): string {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    throw new Error("Dapodik: the sign-in URL is not a valid absolute URL");
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    throw new Error(`Dapodik: the sign-in URL must start with https:// or http://, got "${url.protocol}"`);
  }
  // fetch refuses such URLs on every request; say so once, at start-up, without echoing the secret.
  if (url.username || url.password) {
    throw new Error("Dapodik: the sign-in URL must not contain a user name or password");
  }
  return url.toString();
}

function failure(reason: DapodikFailureReason, message: string, detail: string): DapodikVerification {
  return { ok: false, reason, message, detail };
}

function settled(verification: DapodikVerification): Exchange {
  return { kind: "settled", verification };
}

// fetch reports "fetch failed" and hides the useful part (ECONNREFUSED, ENOTFOUND …) in `cause`.
function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause as { code?: unknown; message?: unknown } | undefined;
  const parts = [`${error.name}: ${error.message}`];
  if (cause && typeof cause === "object") {
    if (typeof cause.code === "string") parts.push(cause.code);
    if (typeof cause.message === "string") parts.push(cause.message);
  }
  return parts.join(" — ");
}
