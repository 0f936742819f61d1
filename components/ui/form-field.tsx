import type { ComponentPropsWithoutRef } from "react";

type FormFieldProps = ComponentPropsWithoutRef<"input"> & {
  label: string;
  name: string;
  hint?: string;
  error?: string;
};

/** A labelled input with its hint and error tied to it for screen readers. */
export function FormField({ label, name, hint, error, id, className = "", ...input }: FormFieldProps) {
  const inputId = id ?? name;
  const describedBy = [hint ? `${inputId}-hint` : null, error ? `${inputId}-error` : null].filter(Boolean).join(" ");
  return (
    <div className="space-y-1">
      <label htmlFor={inputId} className="block font-semibold">
        {label}
      </label>
      <input
        id={inputId}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy || undefined}
        className={`block min-h-11 w-full rounded-lg border bg-white px-3 text-base ${error ? "border-red-600" : "border-slate-400"} ${className}`}
        {...input}
      />
      {hint && (
        <p id={`${inputId}-hint`} className="text-sm text-muted">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${inputId}-error`} className="text-sm font-semibold text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}
