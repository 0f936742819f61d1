"use client";

import { internalNoteAction } from "@/lib/actions/ticket-actions";
import { NoteForm } from "./note-form";

/** A note for the helpdesk team; askers and districts never see it. */
export function InternalNoteForm({ ticketId }: { ticketId: string }) {
  return (
    <NoteForm
      ticketId={ticketId}
      action={internalNoteAction}
      field="body"
      id="catatan-internal"
      title="Catatan internal"
      label="Isi catatan internal"
      hint="Hanya untuk Tim Helpdesk dan supervisor — tidak terlihat oleh penanya."
      pendingLabel="Menyimpan…"
      submitLabel="Simpan catatan"
      isInternal
    />
  );
}
