"use client";

import { forwardAction } from "@/lib/actions/ticket-actions";
import { NoteForm } from "./note-form";

/** The district hands the ticket to the central helpdesk, with a note the school does not see. */
export function ForwardForm({ ticketId }: { ticketId: string }) {
  return (
    <NoteForm
      ticketId={ticketId}
      action={forwardAction}
      field="note"
      id="catatan-teruskan"
      title="Teruskan ke Tim Helpdesk"
      intro="Jika pertanyaan ini perlu ditangani Tim Helpdesk pusat. Setelah diteruskan, Dinas hanya dapat membaca tiket ini."
      label="Catatan untuk Helpdesk (wajib)"
      hint="Apa yang sudah diperiksa dan mengapa diteruskan. Catatan ini tidak terlihat oleh sekolah."
      pendingLabel="Meneruskan…"
      submitLabel="Teruskan ke Helpdesk"
      confirmsAbove
    />
  );
}
