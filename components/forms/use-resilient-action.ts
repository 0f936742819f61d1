"use client";

// A form's server action that never throws its failure at the page. When the request does not come back
// — the connection dropped, the server behind the proxy died mid-request, a 502 — React would hand the
// error to the nearest error boundary and the page would be replaced, with everything typed and chosen.
// Wrapped, the failure becomes an ordinary refusal: the form stays as it was (text, files, the same form
// key), says what happened, and sending again is safe (the key makes a reply that did arrive count once).
// Before hydration the form posts the plain server action (it works without JavaScript); the wrapper
// takes over once the page is interactive.
import { useCallback, useEffect, useState } from "react";
import { unstable_isUnrecognizedActionError, unstable_rethrow } from "next/navigation";
import type { ActionResult } from "@/lib/actions/safe-action";

export const CONNECTION_LOST_MESSAGE =
  "Kiriman belum tentu sampai ke server: koneksi terputus atau server sedang sibuk. Isian Anda masih di sini — kirim lagi; jika ternyata sudah sampai, tidak akan tercatat dua kali.";
export const APP_UPDATED_MESSAGE =
  "Aplikasi baru saja diperbarui sehingga kiriman ini tidak dapat diproses. Salin dulu teks Anda, muat ulang halaman, lalu kirim lagi.";

type Action<S> = (previous: S | null, formData: FormData) => Promise<S>;

/** `onSuccess` hears every accepted submit (a form that disappears on success confirms elsewhere). */
export function useResilientAction<S extends ActionResult>(action: Action<S>, onSuccess?: (result: S) => void): Action<S> {
  const [isHydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  const wrapped = useCallback<Action<S>>(
    async (previous, formData) => {
      try {
        const result = await action(previous, formData);
        if (result.ok) onSuccess?.(result);
        return result;
      } catch (error) {
        // A redirect (the new ticket's page) and Next's other control flow go on as thrown.
        unstable_rethrow(error);
        const unrecognized = unstable_isUnrecognizedActionError(error);
        console.error("[formulir] kiriman gagal", error);
        return { ok: false, code: unrecognized ? "APP_UPDATED" : "CONNECTION_LOST", message: unrecognized ? APP_UPDATED_MESSAGE : CONNECTION_LOST_MESSAGE } as S;
      }
    },
    [action, onSuccess],
  );
  return isHydrated ? wrapped : action;
}
