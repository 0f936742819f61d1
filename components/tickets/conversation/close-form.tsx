"use client";

import { useActionState, useRef } from "react";
import { SubmitButton } from "@/components/ui/submit-button";
import { closeAction } from "@/lib/actions/ticket-actions";
import { FormAlert, fieldError } from "@/components/forms/form-alert";
import { useFocusAfterSubmit } from "./use-form-feedback";
import { useResilientAction } from "@/components/forms/use-resilient-action";
import { useConfirm } from "./confirmation";

/** The asker closes the ticket at any time, saying whether the problem was solved (for the reports). */
export function CloseForm({ ticketId }: { ticketId: string }) {
  const [state, formAction] = useActionState(useResilientAction(closeAction, useConfirm()), null);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusAfterSubmit(formRef, state);
  const error = fieldError(state, "solved");
  return (
    <details className="rounded-xl border border-line bg-white p-4">
      <summary className="min-h-11 cursor-pointer content-center font-semibold text-brand-800">Tutup tiket ini</summary>
      <form ref={formRef} action={formAction} noValidate className="mt-3 space-y-4">
        <FormAlert state={state} />
        <input type="hidden" name="ticketId" value={ticketId} />
        <fieldset
          role="radiogroup"
          aria-describedby={error ? "tutup-galat" : undefined}
          aria-invalid={error ? true : undefined}
          className="space-y-2"
        >
          <legend className="font-semibold">Apakah masalah Anda sudah selesai?</legend>
          <RadioOption value="true" label="Ya, masalah sudah selesai" />
          <RadioOption value="false" label="Belum, tetapi saya tetap ingin menutup tiket ini" />
          {error && (
            <p id="tutup-galat" className="text-sm font-semibold text-red-700">
              {error}
            </p>
          )}
        </fieldset>
        <p className="text-sm text-muted">
          Tiket yang ditutup tidak dapat dibalas lagi. Jika masih ada kendala nanti, Anda dapat membuat tiket lanjutan.
        </p>
        <SubmitButton pendingLabel="Menutup tiket…">Tutup tiket</SubmitButton>
      </form>
    </details>
  );
}

function RadioOption({ value, label }: { value: string; label: string }) {
  const id = `tutup-${value}`;
  return (
    <div className="flex min-h-11 items-center gap-3">
      <input id={id} type="radio" name="solved" value={value} className="size-5 shrink-0 accent-brand-700" />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}
