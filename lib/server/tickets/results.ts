// What the ticket service returns. Expected failures are values in Bahasa Indonesia (docs/conventions.md, rule 4):
// the domain's Refusal codes, plus the two only the server can know — NOT_FOUND (also for tickets
// outside the actor's scope, so other districts' ids never leak) and CONFLICT (retries ran out).
import "server-only";
import type { z } from "zod";
import { refuse, type Refusal, type RefusalCode, type Tier, type TicketState } from "@/lib/domain";

export type ServiceFailureCode = RefusalCode | "NOT_FOUND" | "CONFLICT";

export interface ServiceFailure {
  ok: false;
  code: ServiceFailureCode;
  message: string;
  /** Per form field, the messages to show next to it (INVALID_INPUT only). */
  fieldErrors?: Record<string, string[]>;
}

export type ServiceResult<T extends object> = ({ ok: true } & T) | ServiceFailure;

/** The ticket as it is after a successful change, for the caller to redirect or revalidate. */
export interface TicketChange {
  ticket: { id: string; number: string; state: TicketState; tier: Tier; version: number };
  /** True when the request was a retried submit that had already been applied (nothing new written). */
  replayed: boolean;
}

export type TicketChangeResult = ServiceResult<TicketChange>;

export const NOT_FOUND_MESSAGE = "Tiket tidak ditemukan.";
export const CONFLICT_MESSAGE =
  "Tiket ini sedang diubah oleh pengguna lain. Muat ulang halaman, periksa perubahannya, lalu coba lagi.";
export const INVALID_INPUT_MESSAGE = "Periksa kembali isian formulir.";

export function notFound(): ServiceFailure {
  return { ok: false, code: "NOT_FOUND", message: NOT_FOUND_MESSAGE };
}

export function conflict(): ServiceFailure {
  return { ok: false, code: "CONFLICT", message: CONFLICT_MESSAGE };
}

export function fromRefusal(refusal: Refusal): ServiceFailure {
  return { ok: false, code: refusal.code, message: refusal.message };
}

export function refusal(code: RefusalCode, message: string): ServiceFailure {
  return fromRefusal(refuse(code, message));
}

/** One field's problem, in the same shape as a zod failure. */
export function invalidField(field: string, message: string): ServiceFailure {
  return { ok: false, code: "INVALID_INPUT", message, fieldErrors: { [field]: [message] } };
}

export function invalidInput(error: z.ZodError): ServiceFailure {
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const field = issue.path.length > 0 ? String(issue.path[0]) : "form";
    (fieldErrors[field] ??= []).push(issue.message);
  }
  return { ok: false, code: "INVALID_INPUT", message: INVALID_INPUT_MESSAGE, fieldErrors };
}
