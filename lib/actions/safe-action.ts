// The one wrapper every server action goes through (docs/conventions.md, rule 1): a server action is a public POST
// endpoint, so it authenticates, validates its input with zod and authorizes — inside the action.
import { z } from "zod";
import { authorize, type RolePermission } from "@/lib/domain/permissions";
import { markActionReached } from "@/lib/server/requests";
import { getCurrentUser, type CurrentUser } from "@/lib/server/auth";
import { formFields } from "./form-fields";

export type ActionResult<T = unknown> =
  | { ok: true; message?: string; data?: T }
  | { ok: false; code: string; message: string; fieldErrors?: Record<string, string> };

export const INITIAL_ACTION_STATE: ActionResult | null = null;

const GENERIC_FAILURE = "Terjadi kesalahan di server. Data Anda tidak hilang; coba kirim lagi sebentar lagi.";

interface ActionOptions {
  /** A role-level permission from the one permission table; ticket permissions are checked by lib/server. */
  permission?: RolePermission;
  /** The change-password form itself must work while a password change is pending. */
  allowPendingPasswordChange?: boolean;
}

export function fieldErrorsOf(error: z.ZodError): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? "_");
    errors[key] ??= issue.message;
  }
  return errors;
}

/** Builds a `useActionState`-compatible action: (previous state, form data) → result. */
export function createAction<S extends z.ZodType, T>(
  schema: S,
  /** `formData` too, for what a schema does not hold (the attachment files). */
  handler: (input: z.infer<S>, user: CurrentUser, formData: FormData) => Promise<ActionResult<T>>,
  options: ActionOptions = {},
) {
  return async (_previous: ActionResult | null, formData: FormData): Promise<ActionResult<T>> => {
    markActionReached();
    const user = await getCurrentUser();
    if (!user)
      return { ok: false, code: "UNAUTHENTICATED", message: "Sesi Anda sudah berakhir. Silakan masuk kembali." };
    if (user.mustChangePassword && !options.allowPendingPasswordChange) {
      return { ok: false, code: "PASSWORD_CHANGE_REQUIRED", message: "Ganti kata sandi Anda terlebih dahulu." };
    }
    if (options.permission) {
      const allowed = authorize(user.actor, options.permission);
      if (!allowed.ok) return { ok: false, code: allowed.code, message: allowed.message };
    }
    // The browser always sends the form; any other argument is a hand-made request.
    if (!(formData instanceof FormData)) {
      return {
        ok: false,
        code: "INVALID_INPUT",
        message: "Formulir tidak dikenali. Muat ulang halaman, lalu kirim lagi.",
      };
    }
    const parsed = schema.safeParse(formFields(formData));
    if (!parsed.success) {
      return {
        ok: false,
        code: "INVALID_INPUT",
        message: "Periksa kembali isian yang ditandai.",
        fieldErrors: fieldErrorsOf(parsed.error),
      };
    }
    try {
      return await handler(parsed.data, user, formData);
    } catch (error) {
      // next/navigation's redirect() works by throwing: let it through.
      if (isNavigationSignal(error)) throw error;
      console.error("[action] kegagalan tak terduga", error);
      return { ok: false, code: "SERVER_ERROR", message: GENERIC_FAILURE };
    }
  };
}

function isNavigationSignal(error: unknown): boolean {
  const digest = (error as { digest?: unknown } | null)?.digest;
  return (
    typeof digest === "string" && (digest.startsWith("NEXT_REDIRECT") || digest.startsWith("NEXT_HTTP_ERROR_FALLBACK"))
  );
}
