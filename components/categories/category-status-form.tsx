"use client";

import { useActionState, useRef } from "react";
import { FormAlert } from "@/components/forms/form-alert";
import { useFocusAfterSubmit } from "@/components/admin/use-focus-after-submit";
import { SubmitButton } from "@/components/ui/submit-button";
import type { ActionResult } from "@/lib/actions/safe-action";
import { useResilientAction } from "@/components/forms/use-resilient-action";

type Action = (previous: ActionResult | null, formData: FormData) => Promise<ActionResult<unknown>>;

/** Retire or reactivate; either can be undone, so no "Saya yakin" step. The page re-renders with the new status. */
export function CategoryStatusForm({
  action,
  categoryId,
  isActive,
}: {
  action: Action;
  categoryId: string;
  isActive: boolean;
}) {
  const [state, formAction] = useActionState(useResilientAction(action), null);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusAfterSubmit(formRef, state);
  return (
    <form ref={formRef} action={formAction} className="space-y-4">
      <FormAlert state={state} />
      <input type="hidden" name="categoryId" value={categoryId} />
      <input type="hidden" name="active" value={isActive ? "false" : "true"} />
      {isActive ? (
        <>
          <p>
            Kategori yang dipensiunkan tidak ditawarkan lagi di formulir tiket baru dan di Loket ULT. Tiket lama tetap
            memakai kategori ini: halaman tiket dan laporan tetap menampilkan namanya, dan daftar tiket tetap dapat
            disaring dengannya.
          </p>
          <SubmitButton pendingLabel="Memensiunkan…">Pensiunkan kategori</SubmitButton>
        </>
      ) : (
        <>
          <p>
            Kategori ini sudah dipensiunkan. Setelah diaktifkan kembali, kategori ini ditawarkan lagi untuk tiket baru.
          </p>
          <SubmitButton pendingLabel="Mengaktifkan…">Aktifkan kembali</SubmitButton>
        </>
      )}
    </form>
  );
}
