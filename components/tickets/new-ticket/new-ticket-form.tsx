"use client";

// A new question. On success the action redirects to the new ticket; on a refusal everything typed
// stays and each message sits next to its field. The submit button is disabled while sending.
import { RefusalAlert, useKeptForm } from "@/components/forms/kept-form";
import { SelectField } from "@/components/ui/select-field";
import { FormField } from "@/components/ui/form-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { useState } from "react";
import { DraftNotice, removeDraft, useDeviceDraft } from "@/components/forms/use-device-draft";
import {
  AttachmentPicker,
  REDUCING_HOLD_LABEL,
  type AttachmentLimitsProp,
} from "@/components/tickets/attachments/attachment-picker";
import type { ActionResult } from "@/lib/actions/safe-action";
import { TextAreaField } from "@/components/ui/text-area-field";

type Action = (previous: ActionResult | null, formData: FormData) => Promise<ActionResult>;

export interface NewTicketFormProps {
  action: Action;
  /** Whose question on which form, for the copy kept on the device until the server has it. */
  draftKey: string;
  categories: { id: string; name: string; description: string | null }[];
  /** The ended ticket this one continues (`?lanjutan=`), already checked by the page. */
  followUp: { id: string; number: string; href: string } | null;
  limits: { subjectMin: number; subjectMax: number; bodyMin: number; bodyMax: number };
  /** Where the question goes and how long the handler has, with the installation's durations. */
  routingNote: string;
  attachmentLimits: AttachmentLimitsProp;
}

const SHOWN_FIELDS = ["categoryId", "subject", "body"] as const;
/** Fields that show their own message (the attachments keep no typed value to remember). */
const FIELDS_WITH_MESSAGE: readonly string[] = [...SHOWN_FIELDS, "lampiran"];

export function NewTicketForm({
  action,
  draftKey,
  categories,
  followUp,
  limits,
  routingNote,
  attachmentLimits,
}: NewTicketFormProps) {
  const { state, formAction, values, clientKey, setClientKey, formRef, errors, otherErrors, remember } = useKeptForm(
    action,
    SHOWN_FIELDS,
    FIELDS_WITH_MESSAGE,
    // Accepted, the action goes to the new ticket's page: the copy on the device has done its work.
    { queuesWhenDisconnected: true, onRedirect: () => void removeDraft(draftKey) },
  );
  const [isReducing, setReducing] = useState(false);
  const deviceDraft = useDeviceDraft(formRef, { draftKey, fields: SHOWN_FIELDS, clientKey, setClientKey, state });

  return (
    <form
      ref={formRef}
      action={formAction}
      onSubmit={(event) => {
        remember(event);
        deviceDraft.onSubmit(event);
      }}
      noValidate
      className="space-y-5"
    >
      <RefusalAlert state={state} otherErrors={otherErrors} />
      {followUp && (
        <p className="rounded-lg border border-brand-200 bg-brand-50 p-3">
          Melanjutkan tiket{" "}
          <a href={followUp.href} className="font-semibold text-brand-700">
            {followUp.number}
          </a>
          . Petugas akan melihat tiket sebelumnya.
        </p>
      )}
      <input type="hidden" name="followUpOfId" value={followUp?.id ?? ""} />
      <input type="hidden" name="clientKey" value={clientKey} />

      <SelectField
        // A select ignores a changed defaultValue after mounting: a new key mounts it with the kept choice.
        key={values.categoryId ?? ""}
        label="Kategori"
        name="categoryId"
        defaultValue={values.categoryId ?? ""}
        required
        error={errors.categoryId}
      >
        <option value="">Pilih kategori…</option>
        {categories.map((category) => (
          <option key={category.id} value={category.id}>
            {category.description ? `${category.name} (${category.description})` : category.name}
          </option>
        ))}
      </SelectField>
      <FormField
        label="Judul"
        name="subject"
        defaultValue={values.subject ?? ""}
        required
        minLength={limits.subjectMin}
        maxLength={limits.subjectMax}
        hint={`Ringkas, ${limits.subjectMin}–${limits.subjectMax} karakter. Contoh: Sinkronisasi gagal setelah pembaruan aplikasi.`}
        error={errors.subject}
      />
      <TextAreaField
        label="Pertanyaan"
        name="body"
        defaultValue={values.body ?? ""}
        required
        minLength={limits.bodyMin}
        maxLength={limits.bodyMax}
        rows={8}
        hint="Ceritakan apa yang terjadi, langkah yang sudah dicoba, dan pesan kesalahan yang muncul (salin persis)."
        error={errors.body}
      />
      <AttachmentPicker limits={attachmentLimits} state={state} error={errors.lampiran} onBusyChange={setReducing} />

      <p className="rounded-lg border border-accent-700/30 bg-accent-100 p-3 text-ink">{routingNote}</p>
      <DraftNotice notice={deviceDraft.notice} />
      <SubmitButton
        pendingLabel="Mengirim…"
        holdLabel={isReducing ? REDUCING_HOLD_LABEL : null}
        className="w-full sm:w-auto"
      >
        Kirim pertanyaan
      </SubmitButton>
    </form>
  );
}
