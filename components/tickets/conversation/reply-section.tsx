"use client";

import { useActionState, useEffect, useRef, useState } from "react";
import {
  AttachmentPicker,
  REDUCING_HOLD_LABEL,
  type AttachmentLimitsProp,
} from "@/components/tickets/attachments/attachment-picker";
import { SubmitButton } from "@/components/ui/submit-button";
import { replyAction } from "@/lib/actions/ticket-actions";
import { FormAlert, fieldError } from "@/components/forms/form-alert";
import { SolvedPrompt } from "./solved-prompt";
import { TextAreaField } from "@/components/ui/text-area-field";
import { useClientKey, useDraft, useFocusAfterSubmit } from "./use-form-feedback";
import { useResilientAction } from "@/components/forms/use-resilient-action";
import { DraftNotice, useDeviceDraft } from "@/components/forms/use-device-draft";

const STILL_STUCK = "Tuliskan apa yang masih menjadi kendala";

interface ReplySectionProps {
  ticketId: string;
  /** Whose reply to which ticket, for the copy kept on the device until the server has it. */
  draftKey: string;
  initialClientKey: string;
  /** The asker, after a handler's answer: "Ya, masalah selesai" / "Belum". */
  asksIfSolved: boolean;
  label: string;
  attachmentLimits: AttachmentLimitsProp;
}

const DRAFT_FIELDS = ["body"] as const;
const RESILIENCE = { queuesWhenDisconnected: true };

export function ReplySection({
  ticketId,
  draftKey,
  initialClientKey,
  asksIfSolved,
  label,
  attachmentLimits,
}: ReplySectionProps) {
  const [state, formAction] = useActionState(useResilientAction(replyAction, undefined, RESILIENCE), null);
  const formRef = useRef<HTMLFormElement>(null);
  const textAreaRef = useRef<HTMLTextAreaElement>(null);
  const [isStillStuck, setStillStuck] = useState(false);
  const [isReducing, setReducing] = useState(false);
  const [clientKey, setClientKey] = useClientKey(initialClientKey, state);
  const { defaultValue, rememberDraft } = useDraft("body", state);
  const deviceDraft = useDeviceDraft(formRef, { draftKey, fields: DRAFT_FIELDS, clientKey, setClientKey, state });
  useFocusAfterSubmit(formRef, state);
  // Once the reply explaining what is still wrong is sent, the request to write it is done.
  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the server's answer is an outside event
    if (state?.ok) setStillStuck(false);
  }, [state]);

  function showStillStuck() {
    setStillStuck(true);
    textAreaRef.current?.focus();
  }

  return (
    <div className="space-y-4">
      {asksIfSolved && <SolvedPrompt ticketId={ticketId} onNotYet={showStillStuck} />}
      <form
        ref={formRef}
        action={formAction}
        onSubmit={(event) => {
          rememberDraft(event);
          deviceDraft.onSubmit(event);
        }}
        noValidate
        aria-labelledby="balas-judul"
        className="space-y-3"
      >
        <h2 id="balas-judul" className="text-lg font-bold text-brand-800">
          {label}
        </h2>
        <FormAlert state={state} />
        <input type="hidden" name="ticketId" value={ticketId} />
        <input type="hidden" name="clientKey" value={clientKey} />
        <TextAreaField
          id="balasan"
          name="body"
          label="Isi balasan"
          textAreaRef={textAreaRef}
          defaultValue={defaultValue}
          hint={isStillStuck ? STILL_STUCK : undefined}
          isHintProminent
          error={fieldError(state, "body")}
        />
        <AttachmentPicker
          limits={attachmentLimits}
          state={state}
          error={fieldError(state, "lampiran")}
          onBusyChange={setReducing}
        />
        <DraftNotice notice={deviceDraft.notice} />
        <SubmitButton pendingLabel="Mengirim…" holdLabel={isReducing ? REDUCING_HOLD_LABEL : null}>
          Kirim balasan
        </SubmitButton>
      </form>
    </div>
  );
}
