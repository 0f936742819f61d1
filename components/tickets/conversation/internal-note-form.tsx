"use client";

import { useActionState, useRef } from "react";
import { SubmitButton } from "@/components/ui/submit-button";
import { internalNoteAction } from "@/lib/actions/ticket-actions";
import { FormAlert, fieldError } from "./form-alert";
import { TextAreaField } from "@/components/ui/text-area-field";
import { useDraft, useFocusAfterSubmit } from "./use-form-feedback";
import { useResilientAction } from "@/components/forms/use-resilient-action";

/** A note for the helpdesk team; askers and districts never see it. */
export function InternalNoteForm({ ticketId }: { ticketId: string }) {
  const [state, formAction] = useActionState(useResilientAction(internalNoteAction), null);
  const formRef = useRef<HTMLFormElement>(null);
  const { defaultValue, rememberDraft } = useDraft("body", state);
  useFocusAfterSubmit(formRef, state);
  return (
    <form
      ref={formRef}
      action={formAction}
      onSubmit={rememberDraft}
      noValidate
      aria-labelledby="catatan-judul"
      className="space-y-3 rounded-xl border border-dashed border-accent-700/60 bg-accent-100/50 p-4"
    >
      <h2 id="catatan-judul" className="text-lg font-bold text-brand-800">
        Catatan internal
      </h2>
      <FormAlert state={state} />
      <input type="hidden" name="ticketId" value={ticketId} />
      <TextAreaField
        id="catatan-internal"
        name="body"
        label="Isi catatan internal"
        hint="Hanya untuk Tim Helpdesk dan supervisor — tidak terlihat oleh penanya."
        defaultValue={defaultValue}
        rows={3}
        error={fieldError(state, "body")}
      />
      <SubmitButton pendingLabel="Menyimpan…">Simpan catatan</SubmitButton>
    </form>
  );
}
