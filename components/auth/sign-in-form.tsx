"use client";

// The sign-in form: two small requests (CSRF token, then next-auth's credentials callback) and no
// next-auth client bundle. What the user typed stays in the form when sign-in fails.
import { useState, type FormEvent } from "react";
import { useHydrated } from "@/components/forms/use-hydrated";

const GENERIC_ERROR = "Tidak dapat masuk saat ini. Periksa koneksi internet Anda lalu coba lagi.";

export function SignInForm({ callbackUrl }: { callbackUrl: string }) {
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  // Until the script has loaded, the button stays disabled: a tap would otherwise submit the form
  // natively, and the password must never travel in a URL.
  const ready = useHydrated();

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    setError(null);
    const form = new FormData(event.currentTarget);
    try {
      const { csrfToken } = (await (await fetch("/api/auth/csrf")).json()) as { csrfToken: string };
      const body = new URLSearchParams({
        username: String(form.get("username") ?? ""),
        password: String(form.get("password") ?? ""),
        csrfToken,
        callbackUrl,
        json: "true",
      });
      const response = await fetch("/api/auth/callback/credentials", {
        method: "POST",
        headers: { "Content-Type": "application/x-www-form-urlencoded" },
        body,
      });
      const { url } = (await response.json()) as { url?: string };
      const failure = url ? new URL(url, window.location.href).searchParams.get("error") : GENERIC_ERROR;
      if (failure) {
        setError(failure === "CredentialsSignin" ? "Nama pengguna atau kata sandi salah." : failure);
        setPending(false);
        return;
      }
      window.location.assign(callbackUrl);
    } catch {
      setError(GENERIC_ERROR);
      setPending(false);
    }
  }

  return (
    <form method="post" onSubmit={submit} className="space-y-4" noValidate>
      {error && (
        <p role="alert" className="rounded-lg border border-red-300 bg-red-50 p-3 text-red-800">
          {error}
        </p>
      )}
      <div className="space-y-1">
        <label htmlFor="username" className="block font-semibold">
          Nama pengguna
        </label>
        <input
          id="username"
          name="username"
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          required
          className="block min-h-11 w-full rounded-lg border border-slate-400 bg-white px-3 text-base"
        />
        <p className="text-sm text-muted">Operator sekolah: nama pengguna akun Dapodik (biasanya alamat e-mail).</p>
      </div>
      <div className="space-y-1">
        <label htmlFor="password" className="block font-semibold">
          Kata sandi
        </label>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          className="block min-h-11 w-full rounded-lg border border-slate-400 bg-white px-3 text-base"
        />
      </div>
      <button
        type="submit"
        disabled={pending || !ready}
        className="inline-flex min-h-11 w-full items-center justify-center rounded-lg bg-brand-700 px-5 font-semibold text-white hover:bg-brand-800 disabled:opacity-70"
      >
        {pending ? "Memeriksa…" : ready ? "Masuk" : "Memuat…"}
      </button>
    </form>
  );
}
