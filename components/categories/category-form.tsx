"use client";

import { useActionState, useRef } from "react";
import { FormAlert } from "@/components/forms/form-alert";
import { useFocusAfterSubmit } from "@/components/admin/use-focus-after-submit";
import { useRememberedValues } from "@/components/admin/use-remembered-values";
import { FormField } from "@/components/ui/form-field";
import { SubmitButton } from "@/components/ui/submit-button";
import type { ActionResult } from "@/lib/actions/safe-action";
import { useResilientAction } from "@/components/forms/use-resilient-action";

type Action = (previous: ActionResult | null, formData: FormData) => Promise<ActionResult<unknown>>;

const FIELDS = ["code", "name", "description", "sortOrder"] as const;

export interface EditableCategory {
  id: string;
  code: string;
  name: string;
  description: string | null;
  sortOrder: number;
}

/**
 * Adds a category (no `category`) or edits one: its name, description and order. The code is fixed
 * once chosen (reports and exports name categories by it).
 */
export function CategoryForm({ action, category }: { action: Action; category?: EditableCategory }) {
  const [state, formAction] = useActionState(useResilientAction(action), null);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusAfterSubmit(formRef, state);
  const stored = category
    ? { name: category.name, description: category.description ?? "", sortOrder: String(category.sortOrder) }
    : {};
  const { values, remember } = useRememberedValues(FIELDS, stored, state?.ok === true);
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  const idPrefix = category ? "ubah" : "baru";
  return (
    // Keyed by the stored values: after a save the form remounts with them as its defaults.
    <form
      key={JSON.stringify(stored)}
      ref={formRef}
      action={formAction}
      onSubmit={remember}
      noValidate
      className="space-y-4"
    >
      <FormAlert state={state} />
      {category ? (
        <input type="hidden" name="categoryId" value={category.id} />
      ) : (
        <FormField
          id={`${idPrefix}-code`}
          label="Kode"
          name="code"
          defaultValue={values.code}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          maxLength={16}
          hint="2–16 huruf besar, angka atau garis bawah, mis. SINK. Tidak dapat diubah setelah disimpan."
          error={errors.code}
        />
      )}
      <FormField
        id={`${idPrefix}-name`}
        label="Nama"
        name="name"
        defaultValue={values.name}
        autoComplete="off"
        maxLength={80}
        error={errors.name}
      />
      <FormField
        id={`${idPrefix}-description`}
        label="Deskripsi (opsional)"
        name="description"
        defaultValue={values.description}
        autoComplete="off"
        maxLength={200}
        hint="Contoh masalah yang termasuk kategori ini; ditampilkan di formulir tiket baru."
        error={errors.description}
      />
      <FormField
        id={`${idPrefix}-sortOrder`}
        label={category ? "Urutan" : "Urutan (opsional)"}
        name="sortOrder"
        inputMode="numeric"
        defaultValue={values.sortOrder}
        autoComplete="off"
        maxLength={3}
        hint={
          category
            ? "Angka kecil tampil lebih dulu di formulir (0–999)."
            : "Angka kecil tampil lebih dulu (0–999). Kosongkan untuk menaruhnya paling akhir."
        }
        error={errors.sortOrder}
        className="max-w-32"
      />
      <SubmitButton pendingLabel="Menyimpan…">{category ? "Simpan perubahan" : "Tambah kategori"}</SubmitButton>
    </form>
  );
}
