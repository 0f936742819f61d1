"use client";

import { useActionState, useRef } from "react";
import { SubmitButton } from "@/components/ui/submit-button";
import { assignAction } from "@/lib/actions/ticket-actions";
import type { HelpdeskMember } from "@/lib/server/accounts";
import { FormAlert, fieldError } from "@/components/forms/form-alert";
import { useFocusAfterSubmit } from "./use-form-feedback";
import { useResilientAction } from "@/components/forms/use-resilient-action";
import { useConfirm } from "./confirmation";

interface AssignFormProps {
  ticketId: string;
  members: HelpdeskMember[];
  assignee: { id: string; displayName: string } | null;
  /** The helpdesk member viewing the page ("Ambil tiket ini"); null for supervisors. */
  selfId: string | null;
}

/** Who in the central team answers this ticket: take it yourself, or pick a colleague. */
export function AssignForm({ ticketId, members, assignee, selfId }: AssignFormProps) {
  // Taking the ticket removes its form: the page's region confirms it.
  const [takeState, takeAction] = useActionState(useResilientAction(assignAction, useConfirm()), null);
  const [pickState, pickAction] = useActionState(useResilientAction(assignAction), null);
  const takeRef = useRef<HTMLFormElement>(null);
  const pickRef = useRef<HTMLFormElement>(null);
  useFocusAfterSubmit(takeRef, takeState);
  useFocusAfterSubmit(pickRef, pickState);
  const canTake = selfId !== null && assignee?.id !== selfId;
  const error = fieldError(pickState, "assigneeId");

  return (
    <section aria-labelledby="tugaskan-judul" className="space-y-4 rounded-xl border border-line bg-white p-4">
      <h2 id="tugaskan-judul" className="text-lg font-bold text-brand-800">
        Petugas tiket
      </h2>
      <p>
        Saat ini: <strong>{assignee ? assignee.displayName : "belum ditugaskan"}</strong>
      </p>
      {canTake && (
        <form ref={takeRef} action={takeAction} className="space-y-3">
          <FormAlert state={takeState} />
          <input type="hidden" name="ticketId" value={ticketId} />
          <input type="hidden" name="assigneeId" value={selfId ?? ""} />
          <SubmitButton pendingLabel="Mengambil…">Ambil tiket ini</SubmitButton>
        </form>
      )}
      <form ref={pickRef} action={pickAction} noValidate className="space-y-3">
        <FormAlert state={pickState} />
        <input type="hidden" name="ticketId" value={ticketId} />
        <div className="space-y-1">
          <label htmlFor="petugas" className="block font-semibold">
            Tugaskan kepada
          </label>
          <select
            // A select ignores a changed defaultValue once mounted: a new assignee mounts it afresh.
            key={assignee?.id ?? ""}
            id="petugas"
            name="assigneeId"
            defaultValue={assignee?.id ?? ""}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? "petugas-galat" : undefined}
            className={`block min-h-11 w-full rounded-lg border bg-white px-3 text-base ${error ? "border-red-600" : "border-slate-400"}`}
          >
            <option value="">— Tidak ditugaskan —</option>
            {members.map((member) => (
              <option key={member.id} value={member.id}>
                {member.displayName}
                {member.id === selfId ? " (Anda)" : ""}
              </option>
            ))}
          </select>
          {error && (
            <p id="petugas-galat" className="text-sm font-semibold text-red-700">
              {error}
            </p>
          )}
        </div>
        <SubmitButton pendingLabel="Menyimpan…">Simpan penugasan</SubmitButton>
      </form>
    </section>
  );
}
