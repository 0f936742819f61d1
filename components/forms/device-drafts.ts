// What a person typed into a reply or a new question, kept on the device (IndexedDB) until the server
// confirms it: a page reload, a closed tab or a dropped connection loses nothing. Keyed by the user and
// the form, so on a shared phone one operator's draft is never offered to another, and all of them
// are removed when someone signs out (app/masuk, ?pesan=keluar). Files are not kept, only their mention.
import { clear, createStore, del, get, set, type UseStore } from "idb-keyval";

export interface DeviceDraft {
  /** The form's typed fields by name. */
  fields: Record<string, string>;
  /** The form key it was (or will be) sent with: a resend of something that did arrive counts once. */
  clientKey: string;
  /** Send was pressed and no answer has confirmed it yet: it goes out when the connection is back. */
  isPending: boolean;
  /** Files were chosen; they are not kept here, so the person must choose them again. */
  hadFiles: boolean;
  savedAt: number;
}

let store: UseStore | null = null;

/** The store, or null where the browser has none (old browsers, private modes that refuse it). */
function draftStore(): UseStore | null {
  if (typeof indexedDB === "undefined") return null;
  store ??= createStore("helpdesk-draf", "draf");
  return store;
}

// Every call swallows its failure: a device that cannot keep drafts still sends forms as before.
export async function loadDraft(key: string): Promise<DeviceDraft | null> {
  const drafts = draftStore();
  if (!drafts) return null;
  try {
    return (await get<DeviceDraft>(key, drafts)) ?? null;
  } catch {
    return null;
  }
}

export async function saveDraft(key: string, draft: DeviceDraft): Promise<void> {
  const drafts = draftStore();
  if (!drafts) return;
  await set(key, draft, drafts).catch(() => undefined);
}

export async function removeDraft(key: string): Promise<void> {
  const drafts = draftStore();
  if (!drafts) return;
  await del(key, drafts).catch(() => undefined);
}

/** Forgets every draft on this device (sign-out). */
export async function clearDrafts(): Promise<void> {
  const drafts = draftStore();
  if (!drafts) return;
  await clear(drafts).catch(() => undefined);
}
