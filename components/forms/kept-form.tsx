"use client";

// The state of a form that opens something (a new ticket, a walk-in visit): on success the action
// redirects; on a refusal everything typed stays, each message sits next to its field, and the ones
// without a field are listed in the alert, which (or the first field to fix) takes the focus.
import { useActionState, useEffect, useRef, useState, type FormEvent } from "react";
import type { ActionResult } from "@/lib/actions/safe-action";
import { newClientKey } from "@/components/tickets/new-ticket/client-key";
import { useResilientAction, type ResilienceOptions } from "@/components/forms/use-resilient-action";

type Action = (previous: ActionResult | null, formData: FormData) => Promise<ActionResult>;

/**
 * `shownFields`: the typed fields to keep; `fieldsWithMessage`: the fields that show their own message
 * (default: the shown ones); `resilience`: how the form lives with a lost connection.
 */
export function useKeptForm<F extends string>(
  action: Action,
  shownFields: readonly F[],
  fieldsWithMessage: readonly string[] = shownFields,
  resilience: ResilienceOptions = {},
) {
  const [state, formAction] = useActionState(useResilientAction(action, undefined, resilience), null);
  // React resets a form after its action; what was typed comes back as the fields' defaults.
  const [values, setValues] = useState<Partial<Record<F, string>>>({});
  // Made after hydration (not on the server) so each form on screen has its own key.
  const [clientKey, setClientKey] = useState("");
  // eslint-disable-next-line react-hooks/set-state-in-effect -- a random key must not be in the server's HTML
  useEffect(() => setClientKey(newClientKey()), []);
  const formRef = useRef<HTMLFormElement>(null);
  // After a refusal, keyboard and screen-reader users land on the first field to fix, else the alert.
  useEffect(() => {
    if (!state || state.ok) return;
    const form = formRef.current;
    (
      form?.querySelector<HTMLElement>("[aria-invalid=true]") ?? form?.querySelector<HTMLElement>("[data-refusal]")
    )?.focus();
  }, [state]);

  const errors: Record<string, string> = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  // Problems with what the form does not show as a field (hidden inputs, the form key) go in the alert.
  const otherErrors = Object.entries(errors)
    .filter(([field]) => !fieldsWithMessage.includes(field))
    .map(([, message]) => message);

  function remember(event: FormEvent<HTMLFormElement>) {
    const data = new FormData(event.currentTarget);
    setValues(
      Object.fromEntries(shownFields.map((field) => [field, String(data.get(field) ?? "")])) as Partial<
        Record<F, string>
      >,
    );
  }

  return { state, formAction, values, clientKey, setClientKey, formRef, errors, otherErrors, remember };
}

/** The refusal: the action's message and the messages that have no field of their own. */
export function RefusalAlert({ state, otherErrors }: { state: ActionResult | null; otherErrors: string[] }) {
  if (!state || state.ok) return null;
  return (
    <div
      role="alert"
      tabIndex={-1}
      data-refusal
      className="rounded-lg border border-red-300 bg-red-50 p-3 text-red-800"
    >
      <p>{state.message}</p>
      {otherErrors.map((message) => (
        <p key={message}>{message}</p>
      ))}
    </div>
  );
}
