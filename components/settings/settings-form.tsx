"use client";

import { useActionState, useRef } from "react";
import { FormAlert } from "@/components/forms/form-alert";
import { useFocusAfterSubmit } from "@/components/admin/use-focus-after-submit";
import { useRememberedValues } from "@/components/admin/use-remembered-values";
import { FormField } from "@/components/ui/form-field";
import { SubmitButton } from "@/components/ui/submit-button";
import type { ActionResult } from "@/lib/actions/safe-action";
import { SETTING_KEYS, type SettingKey } from "@/lib/domain/settings";
import type { SettingOverviewItem } from "@/lib/server/settings";
import { SETTING_TEXT } from "./setting-text";
import { useResilientAction } from "@/components/forms/use-resilient-action";

type Action = (previous: ActionResult | null, formData: FormData) => Promise<ActionResult<unknown>>;

function fallbackHint(item: SettingOverviewItem): string {
  const fallback = item.envText ? `${item.envText} dari variabel ${item.envName}` : `nilai bawaan ${item.defaultText}`;
  return `Kosongkan untuk memakai ${fallback}.`;
}

/** The admin's values; an empty field hands the setting back to the environment variable or the default. */
export function SettingsForm({ action, items }: { action: Action; items: Record<SettingKey, SettingOverviewItem> }) {
  const [state, formAction] = useActionState(useResilientAction(action), null);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusAfterSubmit(formRef, state);
  const stored = Object.fromEntries(SETTING_KEYS.map((key) => [key, items[key].adminInput])) as Record<
    SettingKey,
    string
  >;
  const { values, remember } = useRememberedValues(SETTING_KEYS, stored, state?.ok === true);
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  const field = (key: SettingKey) => (
    <FormField
      key={key}
      label={SETTING_TEXT[key].label}
      name={key}
      defaultValue={values[key]}
      autoComplete="off"
      autoCapitalize="none"
      spellCheck={false}
      inputMode={key === "attachmentMaxFiles" ? "numeric" : key === "attachmentMaxMb" ? "decimal" : "text"}
      maxLength={20}
      hint={`${SETTING_TEXT[key].inputHint} ${fallbackHint(items[key])}`}
      error={errors[key]}
      className="max-w-48"
    />
  );
  return (
    <form
      key={JSON.stringify(stored)}
      ref={formRef}
      action={formAction}
      onSubmit={remember}
      noValidate
      className="space-y-6"
    >
      <FormAlert state={state} />
      <fieldset className="space-y-4">
        <legend className="mb-2 text-lg font-bold text-brand-800">Jam layanan (SLA)</legend>
        {field("escalationMs")}
        {field("helpdeskAnswerMs")}
        {field("expiryMs")}
      </fieldset>
      <fieldset className="space-y-4">
        <legend className="mb-2 text-lg font-bold text-brand-800">Lampiran</legend>
        {field("attachmentMaxFiles")}
        {field("attachmentMaxMb")}
      </fieldset>
      <SubmitButton pendingLabel="Menyimpan…">Simpan pengaturan</SubmitButton>
    </form>
  );
}
