"use client";

import { useEffect, type RefObject } from "react";
import type { ActionResult } from "@/lib/actions/safe-action";

/**
 * After a submit, focus lands where the answer is: the first field to fix, else the form's alert; on
 * success, the status message. Otherwise a re-rendered button drops focus to the page's start, and
 * keyboard and screen-reader users lose their place.
 */
export function useFocusAfterSubmit(formRef: RefObject<HTMLFormElement | null>, state: ActionResult | null) {
  useEffect(() => {
    const form = formRef.current;
    if (!state || !form) return;
    const target = state.ok
      ? form.querySelector<HTMLElement>("[data-outcome]")
      : (form.querySelector<HTMLElement>("[aria-invalid=true]") ?? form.querySelector<HTMLElement>("[data-outcome]"));
    target?.focus();
  }, [formRef, state]);
}
