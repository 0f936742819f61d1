"use client";

import { useActionState, useRef } from "react";
import { SubmitButton } from "@/components/ui/submit-button";
import type { PasswordReset } from "@/lib/actions/account-actions";
import type { ActionResult } from "@/lib/actions/safe-action";
import { FormAlert } from "@/components/forms/form-alert";
import { ConfirmCheckbox } from "./confirm-checkbox";
import { useFocusAfterSubmit } from "./use-focus-after-submit";
import { OneTimePassword } from "./one-time-password";
import { useResilientAction } from "@/components/forms/use-resilient-action";

type Action = (previous: ActionResult | null, formData: FormData) => Promise<ActionResult<PasswordReset>>;

export function ResetPasswordForm({ action, userId, username }: { action: Action; userId: string; username: string }) {
  const [state, formAction] = useActionState(useResilientAction(action), null);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusAfterSubmit(formRef, state);
  if (state?.ok && state.data) {
    return (
      <OneTimePassword heading="Kata sandi baru" username={username} password={state.data.initialPassword}>
        Catat dan berikan kata sandi baru ini kepada pemilik akun. Kata sandi ini tidak akan ditampilkan lagi; pemilik
        wajib menggantinya saat masuk berikutnya. Semua sesi akun ini sudah diakhiri.
      </OneTimePassword>
    );
  }
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  return (
    <form ref={formRef} action={formAction} noValidate className="space-y-4">
      <FormAlert state={state} />
      <p>
        Kata sandi lama langsung tidak berlaku dan semua sesi akun ini diakhiri. Kata sandi baru ditampilkan satu kali;
        pemilik wajib menggantinya saat masuk berikutnya.
      </p>
      <input type="hidden" name="userId" value={userId} />
      <ConfirmCheckbox
        id="confirm-reset"
        label="Saya yakin ingin mengatur ulang kata sandi akun ini."
        error={errors.confirm}
      />
      <SubmitButton pendingLabel="Mengatur ulang…">Atur ulang kata sandi</SubmitButton>
    </form>
  );
}
