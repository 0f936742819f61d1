"use client";

import { useActionState, useRef } from "react";
import { SubmitButton } from "@/components/ui/submit-button";
import type { ActionResult } from "@/lib/actions/safe-action";
import { FormAlert } from "@/components/forms/form-alert";
import { ConfirmCheckbox } from "./confirm-checkbox";
import { useFocusAfterSubmit } from "./use-focus-after-submit";
import { useResilientAction } from "@/components/forms/use-resilient-action";

type Action = (previous: ActionResult | null, formData: FormData) => Promise<ActionResult<unknown>>;

/** Deactivate (with a "Saya yakin" step) or reactivate; the page re-renders with the new status. */
export function AccountStatusForm({ action, userId, isActive }: { action: Action; userId: string; isActive: boolean }) {
  const [state, formAction] = useActionState(useResilientAction(action), null);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusAfterSubmit(formRef, state);
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  return (
    <form ref={formRef} action={formAction} noValidate className="space-y-4">
      <FormAlert state={state} />
      <input type="hidden" name="userId" value={userId} />
      <input type="hidden" name="active" value={isActive ? "false" : "true"} />
      {isActive ? (
        <>
          <p>
            Menonaktifkan akun <strong>langsung mengakhiri semua sesi</strong> pemiliknya: halaman yang sedang ia buka
            berhenti bekerja pada permintaan berikutnya, dan ia tidak dapat masuk lagi sampai akun diaktifkan kembali.
            Tiket dan riwayatnya tetap tersimpan.
          </p>
          <ConfirmCheckbox
            id="confirm-deactivate"
            label="Saya yakin ingin menonaktifkan akun ini."
            error={errors.confirm}
          />
          <SubmitButton pendingLabel="Menonaktifkan…">Nonaktifkan akun</SubmitButton>
        </>
      ) : (
        <>
          <p>
            Akun ini nonaktif: pemiliknya tidak dapat masuk. Setelah diaktifkan kembali, ia dapat masuk lagi seperti
            biasa.
          </p>
          <SubmitButton pendingLabel="Mengaktifkan…">Aktifkan kembali</SubmitButton>
        </>
      )}
    </form>
  );
}
