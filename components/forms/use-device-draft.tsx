"use client";

// A form whose text survives a bad connection (a reply, a new question): what is typed is kept on the
// device as it is typed; a send that cannot reach the server stays queued there and goes out by itself
// when the connection is back (the browser's "online" event, else retries spaced out to a minute);
// after a reload or a closed tab the draft comes back, and a queued one is sent again with its own form
// key, so a send that did arrive the first time still counts once. Only the server's answer removes it.
import { useEffect, useRef, useState, type FormEvent, type RefObject } from "react";
import type { ActionResult } from "@/lib/actions/safe-action";
import { QUEUED_CODE } from "./use-resilient-action";

// The storage (IndexedDB) loads after the page is interactive: it is not needed to show the form.
const storage = () => import("./device-drafts");
const loadDraft = async (key: string) => (await storage()).loadDraft(key);
const saveDraft = async (...args: Parameters<typeof import("./device-drafts").saveDraft>) =>
  (await storage()).saveDraft(...args);
export const removeDraft = async (key: string) => (await storage()).removeDraft(key);

export const DRAFT_RESTORED = "Tulisan Anda yang belum terkirim dipulihkan dari perangkat ini.";
export const DRAFT_RESTORED_WITHOUT_FILES =
  "Tulisan Anda yang belum terkirim dipulihkan dari perangkat ini. Lampirannya tidak ikut tersimpan: pilih lagi, lalu kirim.";
export const WAITING_FOR_CONNECTION =
  "Menunggu koneksi — pesan Anda tersimpan di perangkat ini dan akan dikirim otomatis.";
export const SENDING_QUEUED = "Mengirim pesan yang tertunda…";

/** Seconds before each automatic resend while the browser says it is online but the server is not reached. */
const RETRY_SECONDS = [5, 15, 30, 60];
const SAVE_DELAY_MS = 400;

type Fields = Record<string, string>;

/**
 * The form keys the server has confirmed while this page is open. The copy on the device is removed
 * asynchronously; a form mounted again meanwhile (the page refreshed after the send) must not take it
 * for a send still to make.
 */
const confirmedKeys = new Set<string>();

function fieldOf(
  form: HTMLFormElement,
  name: string,
): HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement | null {
  const element = form.elements.namedItem(name);
  return element instanceof HTMLInputElement ||
    element instanceof HTMLTextAreaElement ||
    element instanceof HTMLSelectElement
    ? element
    : null;
}

function readFields(form: HTMLFormElement, names: readonly string[]): Fields {
  return Object.fromEntries(names.map((name) => [name, fieldOf(form, name)?.value ?? ""]));
}

function hasFiles(form: HTMLFormElement): boolean {
  return Array.from(form.querySelectorAll<HTMLInputElement>('input[type="file"]')).some(
    (input) => (input.files?.length ?? 0) > 0,
  );
}

interface DeviceDraftOptions {
  /** Whose draft of which form, e.g. "<user id>:balas:<ticket id>". */
  draftKey: string;
  /** The typed fields to keep. */
  fields: readonly string[];
  /** The form's clientKey and a way to put a queued draft's key back into the form. */
  clientKey: string;
  setClientKey: (key: string) => void;
  /** The form's last result. */
  state: ActionResult | null;
}

export function useDeviceDraft(
  formRef: RefObject<HTMLFormElement | null>,
  { draftKey, fields, clientKey, setClientKey, state }: DeviceDraftOptions,
) {
  const [notice, setNotice] = useState<string | null>(null);
  // A restored queued draft waits here until the form carries its key, then it is sent.
  const [resendKey, setResendKey] = useState<string | null>(null);
  const isPending = useRef(false);
  const retries = useRef(0);
  const fieldNames = fields.join("\n");

  async function persist() {
    const form = formRef.current;
    if (!form) return;
    const typed = readFields(form, fieldNames.split("\n"));
    const key = fieldOf(form, "clientKey")?.value ?? "";
    if (!isPending.current && Object.values(typed).every((value) => value.trim() === "")) return removeDraft(draftKey);
    await saveDraft(draftKey, {
      fields: typed,
      clientKey: key,
      isPending: isPending.current,
      hadFiles: hasFiles(form),
      savedAt: Date.now(),
    });
  }

  // Back after a reload or a closed tab: what was typed, and a queued send goes out again.
  useEffect(() => {
    let isCancelled = false;
    void loadDraft(draftKey).then((draft) => {
      const form = formRef.current;
      if (isCancelled || !draft || !form) return;
      if (confirmedKeys.has(draft.clientKey)) return void removeDraft(draftKey);
      const names = fieldNames.split("\n");
      // Whatever was typed since the page opened wins over the kept draft.
      if (names.some((name) => (fieldOf(form, name)?.value ?? "") !== "")) return;
      for (const name of names) {
        const field = fieldOf(form, name);
        if (field) field.value = draft.fields[name] ?? "";
      }
      if (draft.isPending && !draft.hadFiles && draft.clientKey) {
        isPending.current = true;
        setClientKey(draft.clientKey);
        setResendKey(draft.clientKey);
        setNotice(navigator.onLine ? SENDING_QUEUED : WAITING_FOR_CONNECTION);
      } else {
        setNotice(draft.hadFiles && draft.isPending ? DRAFT_RESTORED_WITHOUT_FILES : DRAFT_RESTORED);
      }
    });
    return () => {
      isCancelled = true;
    };
    // Once per form: the setter is stable and the refs are read when the draft arrives.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [draftKey, fieldNames]);

  // The restored queued draft: sent as soon as its key is in the form and the device is online.
  useEffect(() => {
    if (!resendKey || clientKey !== resendKey) return;
    const send = () => {
      setResendKey(null);
      formRef.current?.requestSubmit();
    };
    if (navigator.onLine) {
      send();
      return;
    }
    window.addEventListener("online", send, { once: true });
    return () => window.removeEventListener("online", send);
  }, [resendKey, clientKey, formRef]);

  // Kept while typed (shortly after the last key), forgotten when emptied.
  useEffect(() => {
    const form = formRef.current;
    if (!form) return;
    let timeout: number | undefined;
    const onInput = () => {
      window.clearTimeout(timeout);
      timeout = window.setTimeout(() => void persist(), SAVE_DELAY_MS);
    };
    form.addEventListener("input", onInput);
    form.addEventListener("change", onInput);
    return () => {
      form.removeEventListener("input", onInput);
      form.removeEventListener("change", onInput);
      window.clearTimeout(timeout);
    };
    // persist reads the refs and the form when it runs.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [formRef, draftKey, fieldNames]);

  // The server's answer: accepted — forget it; queued — send again when the connection is back;
  // refused for another reason (a field to fix) — keep the text, not the intention to send.
  useEffect(() => {
    if (!state) return;
    if (state.ok) {
      // The key this result answers: the one in the form when it was sent (a new one follows).
      confirmedKeys.add(clientKey);
      isPending.current = false;
      retries.current = 0;
      // eslint-disable-next-line react-hooks/set-state-in-effect -- the server's answer is an outside event
      setNotice(null);
      void removeDraft(draftKey);
      return;
    }
    if (state.code !== QUEUED_CODE) {
      isPending.current = false;
      setNotice(null);
      void persist();
      return;
    }
    setNotice(null);
    const resend = () => formRef.current?.requestSubmit();
    if (!navigator.onLine) {
      window.addEventListener("online", resend, { once: true });
      return () => window.removeEventListener("online", resend);
    }
    const delay = RETRY_SECONDS[Math.min(retries.current, RETRY_SECONDS.length - 1)] as number;
    retries.current += 1;
    const timeout = window.setTimeout(resend, delay * 1000);
    return () => window.clearTimeout(timeout);
    // A new result is what this answers.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [state]);

  /** The form's onSubmit: the text is kept as "to be sent" until the server answers. */
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    if (event.defaultPrevented) return;
    isPending.current = true;
    setNotice(null);
    void persist();
  }

  return { notice, onSubmit };
}

/** The draft's status line, next to the form's button. */
export function DraftNotice({ notice }: { notice: string | null }) {
  return (
    <p role="status" className="text-sm font-semibold text-brand-800 empty:hidden">
      {notice ?? ""}
    </p>
  );
}
