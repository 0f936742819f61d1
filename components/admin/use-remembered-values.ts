"use client";

import { useState, type FormEvent } from "react";

/**
 * React resets a form after its action. What was typed is remembered on submit and given back as the
 * fields' defaults, so a refused submit keeps everything but the field to fix. `initial` applies until
 * the first submit and again after a success (`isDone`), when the page shows the stored values.
 */
export function useRememberedValues<F extends string>(
  fields: readonly F[],
  initial: Partial<Record<F, string>>,
  isDone: boolean,
) {
  const [typed, setTyped] = useState<Partial<Record<F, string>> | null>(null);
  function remember(event: FormEvent<HTMLFormElement>) {
    const data = new FormData(event.currentTarget);
    setTyped(
      Object.fromEntries(fields.map((field) => [field, String(data.get(field) ?? "")])) as Partial<Record<F, string>>,
    );
  }
  return { values: typed && !isDone ? typed : initial, remember };
}
