"use client";

// A form's server action that never throws its failure at the page. When the request does not come back
// — the connection dropped, the server behind the proxy died mid-request, a 502 — React would hand the
// error to the nearest error boundary and the page would be replaced, with everything typed and chosen.
// Wrapped, the failure becomes an ordinary refusal: the form stays as it was (text, files, the same form
// key), says what happened, and sending again is safe (the key makes a reply that did arrive count once).
// Before hydration the form posts the plain server action (it works without JavaScript); the wrapper
// takes over once the page is interactive.
import { useCallback } from "react";
import { useHydrated } from "./use-hydrated";
import { unstable_isUnrecognizedActionError, unstable_rethrow } from "next/navigation";
import type { ActionResult } from "@/lib/actions/safe-action";

export const CONNECTION_LOST_MESSAGE =
  "Kiriman belum tentu sampai ke server: koneksi terputus atau server sedang sibuk. Isian Anda masih di sini — kirim lagi; jika ternyata sudah sampai, tidak akan tercatat dua kali.";
export const APP_UPDATED_MESSAGE =
  "Aplikasi baru saja diperbarui sehingga kiriman ini tidak dapat diproses. Salin dulu teks Anda, muat ulang halaman, lalu kirim lagi.";

/** The refusal of a form that keeps its sends on the device (use-device-draft.tsx): it goes again by itself. */
export const QUEUED_CODE = "QUEUED";
export const QUEUED_OFFLINE_MESSAGE =
  "Tidak ada koneksi. Pesan Anda tersimpan di perangkat ini — menunggu koneksi, akan dikirim otomatis.";
export const QUEUED_MESSAGE =
  "Kiriman belum sampai ke server. Pesan Anda tersimpan di perangkat ini dan akan dikirim lagi otomatis; jika ternyata sudah sampai, tidak akan tercatat dua kali.";

type Action<S> = (previous: S | null, formData: FormData) => Promise<S>;

export interface ResilienceOptions {
  /** The form keeps what it sends on the device and resends it by itself: say so instead of "kirim lagi". */
  queuesWhenDisconnected?: boolean;
  /** The action answered with a navigation (a new ticket's page): the server accepted the send. */
  onRedirect?: () => void;
}

function isRedirect(error: unknown): boolean {
  const digest = (error as { digest?: unknown } | null)?.digest;
  return typeof digest === "string" && digest.startsWith("NEXT_REDIRECT");
}

/** `onSuccess` hears every accepted submit (a form that disappears on success confirms elsewhere). */
export function useResilientAction<S extends ActionResult>(
  action: Action<S>,
  onSuccess?: (result: S) => void,
  options: ResilienceOptions = {},
): Action<S> {
  const { queuesWhenDisconnected = false, onRedirect } = options;
  const isHydrated = useHydrated();
  const wrapped = useCallback<Action<S>>(
    async (previous, formData) => {
      try {
        const result = await action(previous, formData);
        if (result.ok) onSuccess?.(result);
        return result;
      } catch (error) {
        // A redirect (the new ticket's page) and Next's other control flow go on as thrown.
        if (isRedirect(error)) onRedirect?.();
        unstable_rethrow(error);
        const unrecognized = unstable_isUnrecognizedActionError(error);
        console.error("[formulir] kiriman gagal", error);
        if (!unrecognized && queuesWhenDisconnected) {
          return {
            ok: false,
            code: QUEUED_CODE,
            message: navigator.onLine ? QUEUED_MESSAGE : QUEUED_OFFLINE_MESSAGE,
          } as S;
        }
        return {
          ok: false,
          code: unrecognized ? "APP_UPDATED" : "CONNECTION_LOST",
          message: unrecognized ? APP_UPDATED_MESSAGE : CONNECTION_LOST_MESSAGE,
        } as S;
      }
    },
    [action, onSuccess, queuesWhenDisconnected, onRedirect],
  );
  return isHydrated ? wrapped : action;
}
