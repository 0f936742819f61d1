"use client";

// What a ticket form confirms when the form itself goes away on success: after "Teruskan ke Helpdesk",
// "Ambil tiket ini" or closing the ticket, the page re-renders without that form, so a status inside it
// would vanish with it and the focus would fall to the page's start. The region stays on the page across
// the re-render, shows the confirmation above the ticket's forms and takes the focus, as the reply form
// does with "Balasan terkirim.".
import { createContext, useCallback, useContext, useEffect, useRef, useState, type ReactNode } from "react";
import type { ActionResult } from "@/lib/actions/safe-action";

const ConfirmContext = createContext<(message: string) => void>(() => undefined);

export function ConfirmationRegion({ children }: { children: ReactNode }) {
  const [confirmation, setConfirmation] = useState<{ message: string; seq: number } | null>(null);
  const statusRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (confirmation) statusRef.current?.focus();
  }, [confirmation]);
  const confirm = useCallback(
    (message: string) => setConfirmation((previous) => ({ message, seq: (previous?.seq ?? 0) + 1 })),
    [],
  );
  return (
    <ConfirmContext.Provider value={confirm}>
      {/* The next submit, of any form here, makes the confirmation old news. */}
      <div className="space-y-6" onSubmitCapture={() => setConfirmation(null)}>
        {confirmation && (
          <p
            ref={statusRef}
            role="status"
            tabIndex={-1}
            className="rounded-lg border border-green-700/40 bg-green-50 p-3 text-green-900"
          >
            {confirmation.message}
          </p>
        )}
        {children}
      </div>
    </ConfirmContext.Provider>
  );
}

/** Tells the page's confirmation region about a successful result (for useResilientAction's onSuccess). */
export function useConfirm(): (result: ActionResult) => void {
  const confirm = useContext(ConfirmContext);
  return useCallback(
    (result: ActionResult) => {
      if (result.ok && result.message) confirm(result.message);
    },
    [confirm],
  );
}
