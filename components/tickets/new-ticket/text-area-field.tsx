import type { ComponentPropsWithoutRef } from "react";

type TextAreaFieldProps = ComponentPropsWithoutRef<"textarea"> & {
  label: string;
  name: string;
  hint?: string;
  error?: string;
};

/** A labelled textarea with its hint and error tied to it for screen readers (like FormField). */
export function TextAreaField({ label, name, hint, error, id, className = "", ...textarea }: TextAreaFieldProps) {
  const fieldId = id ?? name;
  const describedBy = [hint ? `${fieldId}-hint` : null, error ? `${fieldId}-error` : null].filter(Boolean).join(" ");
  return (
    <div className="space-y-1">
      <label htmlFor={fieldId} className="block font-semibold">
        {label}
      </label>
      {hint && (
        <p id={`${fieldId}-hint`} className="text-sm text-muted">
          {hint}
        </p>
      )}
      <textarea
        id={fieldId}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy || undefined}
        className={`block min-h-40 w-full rounded-lg border bg-white p-3 text-base ${error ? "border-red-600" : "border-slate-400"} ${className}`}
        {...textarea}
      />
      {error && (
        <p id={`${fieldId}-error`} className="text-sm font-semibold text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}
