import type { ComponentPropsWithoutRef, Ref } from "react";

type TextAreaFieldProps = ComponentPropsWithoutRef<"textarea"> & {
  label: string;
  name: string;
  /** Defaults to `name`. */
  id?: string;
  hint?: string;
  error?: string;
  /** A hint that asks for something now (e.g. after "Belum"), not a quiet explanation. */
  isHintProminent?: boolean;
  textAreaRef?: Ref<HTMLTextAreaElement>;
};

/** A labelled textarea with its hint and error tied to it for screen readers. */
export function TextAreaField({
  label,
  name,
  id: givenId,
  hint,
  error,
  isHintProminent = false,
  textAreaRef,
  className = "",
  ...textarea
}: TextAreaFieldProps) {
  const id = givenId ?? name;
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ");
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block font-semibold">
        {label}
      </label>
      {hint && (
        <p
          id={`${id}-hint`}
          className={
            isHintProminent
              ? "rounded-lg border-l-4 border-brand-700 bg-brand-50 px-3 py-2 font-semibold text-brand-800"
              : "text-sm text-muted"
          }
        >
          {hint}
        </p>
      )}
      <textarea
        ref={textAreaRef}
        id={id}
        name={name}
        rows={4}
        maxLength={5000}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy || undefined}
        className={`block w-full rounded-lg border bg-white px-3 py-2 text-base ${error ? "border-red-600" : "border-slate-400"} ${className}`}
        {...textarea}
      />
      {error && (
        <p id={`${id}-error`} className="text-sm font-semibold text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}
