// Reading and understanding a 200 answer from the Dapodik service. Kept apart from the request code so
// the rules "how much we read" and "what counts as a valid answer" are each in one place.
import "server-only";
import { normalizeNpsn } from "@/lib/domain/npsn";

/** A sign-in answer is a few hundred bytes; anything far larger is an error page or a misconfigured URL. */
export const MAX_BODY_BYTES = 64 * 1024;

// Operator names end up in our User table and on screen: keep them one line and bounded.
const MAX_NAME_LENGTH = 200;

export type CappedText = { ok: true; text: string } | { ok: false; detail: string };

/**
 * Reads the body as UTF-8 but stops (and tells the caller to drop the connection) as soon as it passes
 * `maxBytes`, so a hostile or broken upstream cannot make us buffer megabytes per sign-in attempt.
 * Network errors and aborts (the timeout) are thrown to the caller, which classifies them.
 */
export async function readCappedText(response: Response, maxBytes: number, stop: () => void): Promise<CappedText> {
  const declared = Number(response.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > maxBytes) {
    stop();
    await response.body?.cancel().catch(() => undefined);
    return { ok: false, detail: `body declared ${declared} bytes, over the ${maxBytes}-byte cap` };
  }
  if (!response.body) return { ok: true, text: "" };

  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      stop();
      await reader.cancel().catch(() => undefined);
      return { ok: false, detail: `body over the ${maxBytes}-byte cap (stopped reading at ${total} bytes)` };
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  // Non-fatal decoding: invalid UTF-8 simply fails JSON.parse below. The decoder also drops a leading BOM.
  return { ok: true, text: new TextDecoder("utf-8").decode(bytes) };
}

export type ParsedAnswer = { ok: true; npsn: string; operatorName: string } | { ok: false; detail: string };

/**
 * `{"npsn": "20351671", "nama": "…"}` (or `"name"`) → the school and operator. The NPSN decides which
 * school's tickets the operator may see, so an answer without a valid one is never accepted.
 */
export function parseDapodikAnswer(text: string): ParsedAnswer {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, detail: `body is not JSON (${text.length} characters)` };
  }
  if (typeof json !== "object" || json === null || Array.isArray(json)) {
    return { ok: false, detail: "JSON body is not an object" };
  }
  const record = json as Record<string, unknown>;
  // A string only: a JSON number would already have lost leading zeros.
  const npsn = typeof record.npsn === "string" ? normalizeNpsn(record.npsn) : null;
  if (!npsn) {
    return { ok: false, detail: record.npsn === undefined ? "JSON has no npsn" : "JSON npsn is not a valid NPSN" };
  }
  return { ok: true, npsn, operatorName: pickOperatorName(record, npsn) };
}

// The name is for display only, so a missing one should not lock an operator out: fall back to a label
// built from the NPSN, which the operator recognises.
function pickOperatorName(record: Record<string, unknown>, npsn: string): string {
  for (const key of ["nama", "name"] as const) {
    const value = record[key];
    if (typeof value !== "string") continue;
    const name = value
      .replace(/[\p{Cc}\s]+/gu, " ")
      .trim()
      .slice(0, MAX_NAME_LENGTH);
    if (name !== "") return name;
  }
  return `Operator ${npsn}`;
}
