"use client";

import { useEffect, useState, type FormEvent, type RefObject } from "react";
import type { ActionResult } from "@/lib/actions/safe-action";
import { newClientKey } from "../new-ticket/client-key";

const FOCUSABLE = "input, select, textarea, button";

/**
 * After a submit, focus lands where the answer is: the first field to fix, else the form's alert; on
 * success, the status message. Otherwise the button (disabled while sending) drops focus to the
 * page's start, and keyboard and screen-reader users lose their place.
 */
export function useFocusAfterSubmit(formRef: RefObject<HTMLFormElement | null>, state: ActionResult | null) {
  useEffect(() => {
    const form = formRef.current;
    if (!state || !form) return;
    const invalid = form.querySelector<HTMLElement>("[aria-invalid=true]");
    // A radio group is marked as a whole; its first option takes the focus.
    const field = invalid?.matches(FOCUSABLE) ? invalid : invalid?.querySelector<HTMLElement>(FOCUSABLE);
    const outcome = form.querySelector<HTMLElement>("[data-outcome]");
    (state.ok ? outcome : (field ?? outcome))?.focus();
  }, [formRef, state]);
}

/**
 * Keeps what was typed when a submit is refused, and clears it after a success. React resets a form
 * after its action to the fields' default values, so the draft becomes the default value until the
 * next success (the reset then restores the text instead of wiping it).
 */
export function useDraft(field: string, state: ActionResult | null) {
  const [draft, setDraft] = useState("");
  function rememberDraft(event: FormEvent<HTMLFormElement>) {
    const value = new FormData(event.currentTarget).get(field);
    setDraft(typeof value === "string" ? value : "");
  }
  return { defaultValue: state?.ok ? "" : draft, rememberDraft };
}

/**
 * A UUID for the reply form's clientKey, so a retried submit is recognised by the service. The first
 * one comes from the server (same markup before and after hydration); a new one after each success.
 */
export function useClientKey(initialKey: string, state: ActionResult | null): [string, (key: string) => void] {
  const [clientKey, setClientKey] = useState(initialKey);
  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the server's answer is an outside event
    if (state?.ok) setClientKey(newClientKey());
  }, [state]);
  return [clientKey, setClientKey];
}
