"use client";

import type { ReactNode } from "react";
import { useFormStatus } from "react-dom";

/** Disabled while its form is submitting, so a double tap on a slow connection sends once. */
export function SubmitButton({ children, pendingLabel, className = "" }: { children: ReactNode; pendingLabel: string; className?: string }) {
  const { pending } = useFormStatus();
  return (
    <button
      type="submit"
      disabled={pending}
      className={`inline-flex min-h-11 items-center justify-center rounded-lg bg-brand-700 px-5 font-semibold text-white hover:bg-brand-800 disabled:opacity-70 ${className}`}
    >
      {pending ? pendingLabel : children}
    </button>
  );
}
