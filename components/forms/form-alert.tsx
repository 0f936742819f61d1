import type { ActionResult } from "@/lib/actions/safe-action";

/** The outcome of a form: an alert when refused, a status when done (focusable: useFocusAfterSubmit). */
export function FormAlert({ state }: { state: ActionResult | null }) {
  if (!state) return null;
  if (!state.ok) {
    return (
      <p
        role="alert"
        tabIndex={-1}
        data-outcome
        className="rounded-lg border border-red-300 bg-red-50 p-3 text-red-800"
      >
        {state.message}
      </p>
    );
  }
  return state.message ? (
    <p
      role="status"
      tabIndex={-1}
      data-outcome
      className="rounded-lg border border-green-700/40 bg-green-50 p-3 text-green-900"
    >
      {state.message}
    </p>
  ) : null;
}

/** A field's error from a refused submit, if the form shows that field. */
export function fieldError(state: ActionResult | null, field: string): string | undefined {
  return state && !state.ok ? state.fieldErrors?.[field] : undefined;
}
