"use client";

import { useActionState, useRef } from "react";
import { FormAlert, fieldError } from "@/components/forms/form-alert";
import { useResilientAction } from "@/components/forms/use-resilient-action";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextAreaField } from "@/components/ui/text-area-field";
import type { ActionResult } from "@/lib/actions/safe-action";
import { useConfirm } from "./confirmation";
import { useDraft, useFocusAfterSubmit } from "./use-form-feedback";

export interface NoteFormProps {
  ticketId: string;
  action: (previous: ActionResult | null, formData: FormData) => Promise<ActionResult>;
  /** The text field's name in the action's form. */
  field: string;
  /** The id prefix of the heading and the field. */
  id: string;
  title: string;
  intro?: string;
  label: string;
  hint: string;
  pendingLabel: string;
  submitLabel: string;
  /** A note only staff read is set apart (dashed, tinted). */
  isInternal?: boolean;
  /** The form goes away on success (the ticket moved): its confirmation is shown above the forms. */
  confirmsAbove?: boolean;
}

/** A ticket form that is one text field and a button: forwarding with a note, an internal note. */
export function NoteForm(props: NoteFormProps) {
  const { ticketId, action, field, id, title, intro, label, hint, pendingLabel, submitLabel } = props;
  const confirm = useConfirm();
  const [state, formAction] = useActionState(
    useResilientAction(action, props.confirmsAbove ? confirm : undefined),
    null,
  );
  const formRef = useRef<HTMLFormElement>(null);
  const { defaultValue, rememberDraft } = useDraft(field, state);
  useFocusAfterSubmit(formRef, state);
  return (
    <form
      ref={formRef}
      action={formAction}
      onSubmit={rememberDraft}
      noValidate
      aria-labelledby={`${id}-judul`}
      className={
        props.isInternal
          ? "space-y-3 rounded-xl border border-dashed border-accent-700/60 bg-accent-100/50 p-4"
          : "space-y-3 rounded-xl border border-line bg-white p-4"
      }
    >
      <h2 id={`${id}-judul`} className="text-lg font-bold text-brand-800">
        {title}
      </h2>
      {intro && <p className="text-muted">{intro}</p>}
      <FormAlert state={state} />
      <input type="hidden" name="ticketId" value={ticketId} />
      <TextAreaField
        id={id}
        name={field}
        label={label}
        hint={hint}
        defaultValue={defaultValue}
        rows={3}
        error={fieldError(state, field)}
      />
      <SubmitButton pendingLabel={pendingLabel}>{submitLabel}</SubmitButton>
    </form>
  );
}
