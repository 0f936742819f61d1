"use client";

import { useActionState, useRef } from "react";
import { SubmitButton } from "@/components/ui/submit-button";
import { closeAction } from "@/lib/actions/ticket-actions";
import { FormAlert } from "@/components/forms/form-alert";
import { useFocusAfterSubmit } from "./use-form-feedback";
import { useResilientAction } from "@/components/forms/use-resilient-action";
import { useConfirm } from "./confirmation";

/** After a handler's answer: one tap closes the ticket as solved; "Belum" leads to the reply box. */
export function SolvedPrompt({ ticketId, onNotYet }: { ticketId: string; onNotYet: () => void }) {
  const [state, formAction] = useActionState(useResilientAction(closeAction, useConfirm()), null);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusAfterSubmit(formRef, state);
  return (
    <form
      ref={formRef}
      action={formAction}
      aria-labelledby="selesai-judul"
      className="space-y-3 rounded-xl border-2 border-green-700/40 bg-green-50 p-4"
    >
      <h2 id="selesai-judul" className="text-lg font-bold text-green-900">
        Apakah jawaban ini sudah menyelesaikan masalah Anda?
      </h2>
      <FormAlert state={state} />
      <input type="hidden" name="ticketId" value={ticketId} />
      <input type="hidden" name="solved" value="true" />
      <div className="flex flex-wrap gap-3">
        <SubmitButton pendingLabel="Menutup tiket…">Ya, masalah selesai</SubmitButton>
        <button
          type="button"
          onClick={onNotYet}
          className="inline-flex min-h-11 items-center justify-center rounded-lg border border-brand-700 bg-white px-5 font-semibold text-brand-700 hover:bg-brand-50"
        >
          Belum
        </button>
      </div>
    </form>
  );
}
