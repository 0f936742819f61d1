"use client";

import { useActionState, useRef, useState, type FormEvent } from "react";
import { FormField } from "@/components/ui/form-field";
import { SubmitButton } from "@/components/ui/submit-button";
import type { CreatedAccount } from "@/lib/actions/account-actions";
import type { ActionResult } from "@/lib/actions/safe-action";
import { ROLE_LABEL } from "@/lib/domain/roles";
import type { ProvinceOption } from "@/lib/server/admin";
import { OneTimePassword } from "./one-time-password";
import { FormAlert } from "@/components/forms/form-alert";
import { SelectField } from "@/components/ui/select-field";
import { useFocusAfterSubmit } from "./use-focus-after-submit";
import { useResilientAction } from "@/components/forms/use-resilient-action";

type Action = (previous: ActionResult | null, formData: FormData) => Promise<ActionResult<CreatedAccount>>;

const ROLE_CHOICES = [
  { role: "DINAS", hint: "Menjawab pertanyaan sekolah di satu kabupaten/kota." },
  { role: "HELPDESK", hint: "Tim pusat: menjawab tiket yang diteruskan dan mencatat kunjungan ULT." },
  { role: "SUPERVISOR", hint: "Membaca semua tiket dan laporan layanan; menugaskan ulang." },
  { role: "ADMIN", hint: "Mengelola akun dan data master." },
] as const;

const FIELDS = ["role", "username", "displayName", "regencyCode", "email", "phone"] as const;
type Values = Partial<Record<(typeof FIELDS)[number], string>>;

/** `presetRegencyCode`: a district operator account for that kab/kota, chosen in advance (still changeable). */
export function NewAccountForm({
  action,
  provinces,
  presetRegencyCode,
}: {
  action: Action;
  provinces: ProvinceOption[];
  presetRegencyCode?: string;
}) {
  const [state, formAction] = useActionState(useResilientAction(action), null);
  // React resets a form after its action; what was typed comes back as the fields' defaults, so a
  // refused submit (e.g. the username is taken) keeps everything but the field to fix.
  const [values, setValues] = useState<Values>({
    role: "DINAS",
    ...(presetRegencyCode ? { regencyCode: presetRegencyCode } : {}),
  });
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  const formRef = useRef<HTMLFormElement>(null);
  useFocusAfterSubmit(formRef, state);

  if (state?.ok && state.data) {
    return (
      <div className="space-y-4">
        <OneTimePassword heading="Akun dibuat" username={state.data.username} password={state.data.initialPassword}>
          Catat dan berikan kata sandi awal ini kepada pemilik akun. Kata sandi ini tidak akan ditampilkan lagi; pemilik
          wajib menggantinya saat pertama masuk.
        </OneTimePassword>
        <p className="flex flex-wrap gap-x-6 gap-y-2">
          <a
            href={`/admin/akun/${state.data.id}`}
            className="inline-flex min-h-11 items-center font-semibold text-brand-700 underline underline-offset-2"
          >
            Lihat akun ini
          </a>
          <a
            href="/admin/akun/baru"
            className="inline-flex min-h-11 items-center font-semibold text-brand-700 underline underline-offset-2"
          >
            Buat akun lain
          </a>
          <a
            href="/admin/akun"
            className="inline-flex min-h-11 items-center font-semibold text-brand-700 underline underline-offset-2"
          >
            Kembali ke daftar akun
          </a>
        </p>
      </div>
    );
  }

  function remember(event: FormEvent<HTMLFormElement>) {
    const data = new FormData(event.currentTarget);
    setValues(Object.fromEntries(FIELDS.map((field) => [field, String(data.get(field) ?? "")])));
  }

  return (
    <form ref={formRef} action={formAction} onSubmit={remember} noValidate className="group space-y-5">
      <FormAlert state={state && !state.ok ? state : null} />
      <fieldset aria-describedby={errors.role ? "role-error" : undefined} className="space-y-2">
        <legend className="mb-1 font-semibold">Peran</legend>
        {ROLE_CHOICES.map(({ role, hint }) => (
          <label
            key={role}
            className="flex cursor-pointer gap-3 rounded-lg border border-line bg-white p-3 has-checked:border-brand-700 has-checked:bg-brand-50"
          >
            <input
              type="radio"
              id={`role-${role}`}
              name="role"
              value={role}
              defaultChecked={values.role === role}
              className="mt-1 size-5 shrink-0"
            />
            <span>
              <span className="block font-semibold">{ROLE_LABEL[role]}</span>
              <span className="block text-sm text-muted">{hint}</span>
            </span>
          </label>
        ))}
        {errors.role && (
          <p id="role-error" className="text-sm font-semibold text-red-700">
            {errors.role}
          </p>
        )}
      </fieldset>
      {/* Shown only while "Operator Dinas" is chosen — by CSS, so it works before JavaScript loads too. */}
      <div className="hidden group-has-[#role-DINAS:checked]:block">
        <SelectField
          // A select ignores a changed defaultValue after mounting: a new key mounts it with the kept choice.
          key={values.regencyCode ?? ""}
          label="Kabupaten/kota"
          name="regencyCode"
          defaultValue={values.regencyCode ?? ""}
          hint="Dinas Pendidikan kabupaten/kota tempat operator ini bertugas."
          error={errors.regencyCode}
        >
          <option value="">Pilih kabupaten/kota…</option>
          {provinces.map((province) => (
            <optgroup key={province.code} label={province.name}>
              {province.regencies.map((regency) => (
                <option key={regency.code} value={regency.code}>
                  {regency.name}
                </option>
              ))}
            </optgroup>
          ))}
        </SelectField>
      </div>
      <FormField
        label="Nama pengguna"
        name="username"
        defaultValue={values.username}
        autoComplete="off"
        autoCapitalize="none"
        spellCheck={false}
        maxLength={50}
        hint="3–50 karakter: huruf kecil, angka, titik, tanda hubung atau garis bawah. Contoh: dinas.kendal2"
        error={errors.username}
      />
      <FormField
        label="Nama lengkap"
        name="displayName"
        defaultValue={values.displayName}
        autoComplete="off"
        maxLength={100}
        error={errors.displayName}
      />
      <FormField
        label="Email (opsional)"
        name="email"
        type="email"
        inputMode="email"
        defaultValue={values.email}
        autoComplete="off"
        autoCapitalize="none"
        error={errors.email}
      />
      <FormField
        label="Nomor telepon/WhatsApp (opsional)"
        name="phone"
        type="tel"
        defaultValue={values.phone}
        autoComplete="off"
        hint="Contoh: 0812 3456 7890"
        error={errors.phone}
      />
      <p className="text-sm text-muted">
        Kata sandi awal dibuat otomatis dan ditampilkan satu kali setelah akun dibuat.
      </p>
      <SubmitButton pendingLabel="Membuat akun…">Buat akun</SubmitButton>
    </form>
  );
}
