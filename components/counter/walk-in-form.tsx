"use client";

// The visit itself. Two submit buttons decide how it ends: "Selesai di tempat" closes it at once,
// "Lanjutkan sebagai tiket" keeps it open at the helpdesk for the visitor to follow online. On
// success the action redirects to the counter with the new number; on a refusal everything typed stays.
import { RefusalAlert, useKeptForm } from "@/components/forms/kept-form";
import { useFormStatus } from "react-dom";
import { SelectField } from "@/components/ui/select-field";
import { TextAreaField } from "@/components/ui/text-area-field";
import { FormField } from "@/components/ui/form-field";
import type { ActionResult } from "@/lib/actions/safe-action";

type Action = (previous: ActionResult | null, formData: FormData) => Promise<ActionResult>;

export interface WalkInFormProps {
  action: Action;
  /** Exactly one of them: the visitor's school or their district office's kab/kota. */
  visitor: { npsn: string } | { regencyCode: string };
  categories: { id: string; name: string }[];
  limits: { subjectMin: number; subjectMax: number; questionMin: number; textMax: number };
}

const SHOWN_FIELDS = ["visitorName", "visitorPhone", "categoryId", "subject", "question", "answer"] as const;

const BUTTON =
  "inline-flex min-h-12 items-center justify-center rounded-lg px-5 text-lg font-semibold disabled:opacity-70";

function OutcomeButtons() {
  const { pending, data } = useFormStatus();
  const chosen = data?.get("outcome");
  return (
    <div className="flex flex-col gap-3 sm:flex-row">
      <button
        type="submit"
        name="outcome"
        value="RESOLVED"
        disabled={pending}
        className={`${BUTTON} bg-brand-700 text-white hover:bg-brand-800`}
      >
        {pending && chosen === "RESOLVED" ? "Menyimpan…" : "Selesai di tempat"}
      </button>
      <button
        type="submit"
        name="outcome"
        value="CONTINUE"
        disabled={pending}
        className={`${BUTTON} border-2 border-brand-700 bg-white text-brand-700 hover:bg-brand-50`}
      >
        {pending && chosen === "CONTINUE" ? "Menyimpan…" : "Lanjutkan sebagai tiket"}
      </button>
    </div>
  );
}

export function WalkInForm({ action, visitor, categories, limits }: WalkInFormProps) {
  // Problems with what the form does not show as a field (the chosen visitor, the outcome, the key) go in the alert.
  const { state, formAction, values, clientKey, formRef, errors, otherErrors, remember } = useKeptForm(
    action,
    SHOWN_FIELDS,
  );

  return (
    <form ref={formRef} action={formAction} onSubmit={remember} noValidate className="space-y-5">
      <RefusalAlert state={state} otherErrors={otherErrors} />
      {"npsn" in visitor ? (
        <input type="hidden" name="npsn" value={visitor.npsn} />
      ) : (
        <input type="hidden" name="regencyCode" value={visitor.regencyCode} />
      )}
      <input type="hidden" name="clientKey" value={clientKey} />

      <div className="grid gap-4 sm:grid-cols-2">
        <FormField
          label="Nama pengunjung"
          name="visitorName"
          defaultValue={values.visitorName ?? ""}
          autoFocus
          autoComplete="off"
          maxLength={100}
          error={errors.visitorName}
        />
        <FormField
          label="Nomor telepon/WhatsApp (opsional)"
          name="visitorPhone"
          type="tel"
          defaultValue={values.visitorPhone ?? ""}
          autoComplete="off"
          hint="Contoh: 0812 3456 7890"
          error={errors.visitorPhone}
        />
      </div>
      <SelectField
        key={values.categoryId ?? ""}
        label="Kategori"
        name="categoryId"
        defaultValue={values.categoryId ?? ""}
        error={errors.categoryId}
      >
        <option value="">Pilih kategori…</option>
        {categories.map((category) => (
          <option key={category.id} value={category.id}>
            {category.name}
          </option>
        ))}
      </SelectField>
      <TextAreaField
        label="Pertanyaan"
        name="question"
        defaultValue={values.question ?? ""}
        rows={5}
        minLength={limits.questionMin}
        maxLength={limits.textMax}
        hint="Masalah yang disampaikan pengunjung, dengan pesan kesalahan yang muncul bila ada."
        error={errors.question}
      />
      <TextAreaField
        label="Jawaban yang diberikan di loket"
        name="answer"
        defaultValue={values.answer ?? ""}
        rows={5}
        maxLength={limits.textMax}
        hint="Wajib bila selesai di tempat. Bila tiket dilanjutkan, jawaban ini menjadi balasan pertama yang dapat ditanggapi penanya secara daring."
        error={errors.answer}
      />
      <FormField
        label="Judul (opsional)"
        name="subject"
        defaultValue={values.subject ?? ""}
        maxLength={limits.subjectMax}
        hint={`Bila kosong, diambil dari baris pertama pertanyaan. ${limits.subjectMin}–${limits.subjectMax} karakter.`}
        error={errors.subject}
      />
      <OutcomeButtons />
      <p className="text-sm text-muted">
        “Lanjutkan sebagai tiket” membuka tiket di tingkat Helpdesk yang ditugaskan kepada Anda; operator{" "}
        {"npsn" in visitor ? "satuan pendidikan ini" : "Dinas Pendidikan ini"} dapat mengikutinya dari akun mereka.
      </p>
    </form>
  );
}
