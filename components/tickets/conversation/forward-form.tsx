"use client";

import { useActionState, useRef } from "react";
import { SubmitButton } from "@/components/ui/submit-button";
import { forwardAction } from "@/lib/actions/ticket-actions";
import { FormAlert, fieldError } from "./form-alert";
import { TextAreaField } from "@/components/ui/text-area-field";
import { useDraft, useFocusAfterSubmit } from "./use-form-feedback";
import { useResilientAction } from "@/components/forms/use-resilient-action";
import { useConfirm } from "./confirmation";

/** The district hands the ticket to the central helpdesk, with a note the school does not see. */
export function ForwardForm({ ticketId }: { ticketId: string }) {
  const [state, formAction] = useActionState(useResilientAction(forwardAction, useConfirm()), null);
  const formRef = useRef<HTMLFormElement>(null);
  const { defaultValue, rememberDraft } = useDraft("note", state);
  useFocusAfterSubmit(formRef, state);
  return (
    <form
      ref={formRef}
      action={formAction}
      onSubmit={rememberDraft}
      noValidate
      aria-labelledby="teruskan-judul"
      className="space-y-3 rounded-xl border border-line bg-white p-4"
    >
      <h2 id="teruskan-judul" className="text-lg font-bold text-brand-800">
        Teruskan ke Tim Helpdesk
      </h2>
      <p className="text-muted">
        Jika pertanyaan ini perlu ditangani Tim Helpdesk pusat. Setelah diteruskan, Dinas hanya dapat membaca tiket ini.
      </p>
      <FormAlert state={state} />
      <input type="hidden" name="ticketId" value={ticketId} />
      <TextAreaField
        id="catatan-teruskan"
        name="note"
        label="Catatan untuk Helpdesk (wajib)"
        hint="Apa yang sudah diperiksa dan mengapa diteruskan. Catatan ini tidak terlihat oleh sekolah."
        defaultValue={defaultValue}
        rows={3}
        error={fieldError(state, "note")}
      />
      <SubmitButton pendingLabel="Meneruskan…">Teruskan ke Helpdesk</SubmitButton>
    </form>
  );
}
