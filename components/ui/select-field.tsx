import type { ComponentPropsWithoutRef } from "react";

type SelectFieldProps = ComponentPropsWithoutRef<"select"> & {
  label: string;
  name: string;
  hint?: string;
  error?: string;
};

/** A labelled native select (the phone's own picker), hint and error tied to it for screen readers. */
export function SelectField({ label, name, hint, error, id, className = "", children, ...select }: SelectFieldProps) {
  const selectId = id ?? name;
  const describedBy = [hint ? `${selectId}-hint` : null, error ? `${selectId}-error` : null].filter(Boolean).join(" ");
  return (
    <div className="space-y-1">
      <label htmlFor={selectId} className="block font-semibold">
        {label}
      </label>
      <select
        id={selectId}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy || undefined}
        className={`block min-h-11 w-full rounded-lg border bg-white px-3 text-base ${error ? "border-red-600" : "border-slate-400"} ${className}`}
        {...select}
      >
        {children}
      </select>
      {hint && (
        <p id={`${selectId}-hint`} className="text-sm text-muted">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${selectId}-error`} className="text-sm font-semibold text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}
