// A lib/server service failure as a form's action result: the first message of each field.
import type { ServiceFailure } from "@/lib/server/tickets/results";
import type { ActionResult } from "./safe-action";

export function failureResult(failure: ServiceFailure): ActionResult<never> {
  const fieldErrors: Record<string, string> = {};
  for (const [field, messages] of Object.entries(failure.fieldErrors ?? {}))
    if (messages[0]) fieldErrors[field] = messages[0];
  return {
    ok: false,
    code: failure.code,
    message: failure.fieldErrors ? "Periksa kembali isian yang ditandai." : failure.message,
    ...(failure.fieldErrors ? { fieldErrors } : {}),
  };
}
