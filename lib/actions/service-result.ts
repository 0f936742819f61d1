// A lib/server service failure as a form's action result: the first message of each field.
import type { ServiceFailure } from "@/lib/server/tickets/results";
import type { ActionResult } from "./safe-action";

/** The service gives every message per field; a form shows the first next to its field. */
export function firstFieldMessages(fieldErrors: ServiceFailure["fieldErrors"]): Record<string, string> | undefined {
  if (!fieldErrors) return undefined;
  const first: Record<string, string> = {};
  for (const [field, messages] of Object.entries(fieldErrors)) if (messages[0]) first[field] = messages[0];
  return first;
}

/** A refusal with a generic headline when fields are marked (each field says what is wrong). */
export function failureResult(failure: ServiceFailure): ActionResult<never> {
  const fieldErrors = firstFieldMessages(failure.fieldErrors);
  return {
    ok: false,
    code: failure.code,
    message: fieldErrors ? "Periksa kembali isian yang ditandai." : failure.message,
    ...(fieldErrors ? { fieldErrors } : {}),
  };
}
