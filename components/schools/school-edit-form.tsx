"use client";

import { useActionState, useRef } from "react";
import { FormAlert } from "@/components/forms/form-alert";
import { SelectField } from "@/components/ui/select-field";
import { useFocusAfterSubmit } from "@/components/admin/use-focus-after-submit";
import { FormField } from "@/components/ui/form-field";
import { SubmitButton } from "@/components/ui/submit-button";
import type { ActionResult } from "@/lib/actions/safe-action";
import type { ProvinceOption } from "@/lib/server/admin";
import { FORM_LABEL, SCHOOL_FORMS, STATUS_LABEL, SCHOOL_STATUSES } from "@/lib/shared/schools";
import type { SchoolDetail } from "@/lib/server/schools";
import { useResilientAction } from "@/components/forms/use-resilient-action";

type Action = (previous: ActionResult | null, formData: FormData) => Promise<ActionResult<unknown>>;

type EditableSchool = Pick<SchoolDetail, "id" | "name" | "form" | "status" | "regencyCode" | "address" | "isActive"> & {
  updatedAt: string;
};

/**
 * The school's editable data. After a save the page re-renders with the stored values (and a new
 * updatedAt), so a second save from this form is checked against what was just written.
 */
export function SchoolEditForm({
  action,
  school,
  provinces,
}: {
  action: Action;
  school: EditableSchool;
  provinces: ProvinceOption[];
}) {
  const [state, formAction] = useActionState(useResilientAction(action), null);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusAfterSubmit(formRef, state);
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  return (
    // Keyed by updatedAt: a saved change remounts the form with the new values as its defaults.
    <form key={school.updatedAt} ref={formRef} action={formAction} noValidate className="space-y-4">
      <FormAlert state={state} />
      <input type="hidden" name="schoolId" value={school.id} />
      <input type="hidden" name="expectedUpdatedAt" value={school.updatedAt} />
      <FormField
        label="Nama satuan pendidikan"
        name="name"
        defaultValue={school.name}
        maxLength={200}
        error={errors.name}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField label="Bentuk pendidikan" name="form" defaultValue={school.form} error={errors.form}>
          {SCHOOL_FORMS.map((form) => (
            <option key={form} value={form}>
              {form} — {FORM_LABEL[form]}
            </option>
          ))}
        </SelectField>
        <SelectField label="Status" name="status" defaultValue={school.status} error={errors.status}>
          {SCHOOL_STATUSES.map((status) => (
            <option key={status} value={status}>
              {STATUS_LABEL[status]}
            </option>
          ))}
        </SelectField>
      </div>
      <SelectField
        label="Kabupaten/kota"
        name="regencyCode"
        defaultValue={school.regencyCode}
        hint="Bila diganti, tiket sekolah ini yang masih berjalan ikut pindah ke kotak masuk Dinas Pendidikan yang baru."
        error={errors.regencyCode}
      >
        {provinces.map((province) => (
          <optgroup key={province.code} label={province.name}>
            {province.regencies.map((regency) => (
              <option key={regency.code} value={regency.code}>
                {regency.name} ({regency.code})
              </option>
            ))}
          </optgroup>
        ))}
      </SelectField>
      <FormField
        label="Alamat (opsional)"
        name="address"
        defaultValue={school.address ?? ""}
        maxLength={500}
        error={errors.address}
      />
      <label htmlFor="isActive" className="flex cursor-pointer items-start gap-3">
        <input
          id="isActive"
          type="checkbox"
          name="isActive"
          defaultChecked={school.isActive}
          className="mt-0.5 size-5 shrink-0"
        />
        <span>
          <span className="block font-semibold">Aktif</span>
          <span className="block text-sm text-muted">
            Operator sekolah nonaktif tidak dapat membuat tiket baru; tiket lamanya tetap dapat dibaca.
          </span>
        </span>
      </label>
      <SubmitButton pendingLabel="Menyimpan…">Simpan perubahan</SubmitButton>
    </form>
  );
}
