"use client";

import type { ReactNode } from "react";
import { useFormStatus } from "react-dom";

interface SubmitButtonProps {
  children: ReactNode;
  pendingLabel: string;
  /** Why the form cannot be sent yet (e.g. "Menunggu foto diperkecil…"): the button says it and waits. */
  holdLabel?: string | null;
  className?: string;
}

/** Disabled while its form is submitting, so a double tap on a slow connection sends once. */
export function SubmitButton({ children, pendingLabel, holdLabel = null, className = "" }: SubmitButtonProps) {
  const { pending } = useFormStatus();
  return (
    <button
      type="submit"
      disabled={pending || holdLabel !== null}
      className={`inline-flex min-h-11 items-center justify-center rounded-lg bg-brand-700 px-5 font-semibold text-white hover:bg-brand-800 disabled:opacity-70 ${className}`}
    >
      {pending ? pendingLabel : (holdLabel ?? children)}
    </button>
  );
}
