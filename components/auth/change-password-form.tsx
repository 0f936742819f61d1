"use client";

import { useActionState } from "react";
import type { ActionResult } from "@/lib/actions/safe-action";
import { FormField } from "@/components/ui/form-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { useResilientAction } from "@/components/forms/use-resilient-action";

type Action = (previous: ActionResult | null, formData: FormData) => Promise<ActionResult>;

export function ChangePasswordForm({ action }: { action: Action }) {
  const [state, formAction] = useActionState(useResilientAction(action), null);
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  return (
    <form action={formAction} className="space-y-4">
      {state && !state.ok && (
        <p role="alert" className="rounded-lg border border-red-300 bg-red-50 p-3 text-red-800">
          {state.message}
        </p>
      )}
      <FormField
        label="Kata sandi lama"
        name="currentPassword"
        type="password"
        autoComplete="current-password"
        error={errors.currentPassword}
      />
      <FormField
        label="Kata sandi baru"
        name="newPassword"
        type="password"
        autoComplete="new-password"
        hint="Minimal 10 karakter, tidak memuat nama pengguna."
        error={errors.newPassword}
      />
      <FormField
        label="Ulangi kata sandi baru"
        name="confirmPassword"
        type="password"
        autoComplete="new-password"
        error={errors.confirmPassword}
      />
      <SubmitButton pendingLabel="Menyimpan…">Simpan kata sandi baru</SubmitButton>
    </form>
  );
}
