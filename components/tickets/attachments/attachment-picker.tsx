"use client";

// The attachment field of the new-ticket and reply forms: a plain file input (it works without
// JavaScript too), which here also reduces large photos before upload, lists the chosen files with
// their sizes, checks count and size at once, and puts the files back after a refused submit (React
// resets the form after its action; the typed text comes back through the fields' defaults, files
// cannot). The server checks everything again, the type from the file's content.
import { useEffect, useId, useRef, useState, type ChangeEvent } from "react";
import { ACCEPT_ATTRIBUTE, ACCEPTED_TYPES_TEXT, formatFileSize } from "@/lib/domain/attachment-type";
import type { ActionResult } from "@/lib/actions/safe-action";
import { MAX_ATTACHMENT_TOTAL_MB } from "@/lib/domain/settings";
import { reduceImage } from "./reduce-image";

/** What one request may carry (next.config.mjs allows 64 MB; the rest is room for the text). */
const MAX_REQUEST_FILE_BYTES = MAX_ATTACHMENT_TOTAL_MB * 1024 * 1024;

export interface AttachmentLimitsProp {
  maxFiles: number;
  maxFileBytes: number;
}

interface AttachmentPickerProps {
  limits: AttachmentLimitsProp;
  /** The form's last result: files are put back after a refusal and cleared after a success. */
  state: ActionResult | null;
  /** The server's message for this field. */
  error?: string;
  name?: string;
  /**
   * Hears when photos start and finish being reduced: the form holds its send meanwhile (the input still
   * holds the original photos until the reduced ones replace them).
   */
  onBusyChange?: (isBusy: boolean) => void;
}

/** The submit button's words while the picker reduces photos. */
export const REDUCING_HOLD_LABEL = "Menunggu foto diperkecil…";

interface Chosen {
  files: File[];
  /** Bytes before reduction, when a photo was reduced. */
  originalSizes: (number | null)[];
}

const EMPTY: Chosen = { files: [], originalSizes: [] };

function putFiles(input: HTMLInputElement | null, files: File[]) {
  if (!input || typeof DataTransfer === "undefined") return;
  const transfer = new DataTransfer();
  for (const file of files) transfer.items.add(file);
  input.files = transfer.files;
}

export function AttachmentPicker({ limits, state, error, name = "lampiran", onBusyChange }: AttachmentPickerProps) {
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [chosen, setChosen] = useState<Chosen>(EMPTY);
  const [isReducing, setReducing] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    if (!state) return;
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the server's answer is an outside event
    if (state.ok) setChosen(EMPTY);
    else putFiles(inputRef.current, chosen.files);
    // Only when a new result arrives; `chosen` at that moment is what was sent.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [state]);

  if (limits.maxFiles === 0) return null;

  async function onChange(event: ChangeEvent<HTMLInputElement>) {
    const input = event.currentTarget;
    const picked = Array.from(input.files ?? []);
    setProblem(null);
    if (picked.length > limits.maxFiles) {
      setProblem(`Paling banyak ${limits.maxFiles} lampiran; Anda memilih ${picked.length}. Pilih lagi.`);
      putFiles(input, []);
      setChosen(EMPTY);
      return;
    }
    setReducing(true);
    onBusyChange?.(true);
    let reduced: File[];
    try {
      reduced = await Promise.all(picked.map(reduceImage));
    } finally {
      setReducing(false);
      onBusyChange?.(false);
    }
    const tooLarge = reduced.find((file) => file.size > limits.maxFileBytes);
    const total = reduced.reduce((sum, file) => sum + file.size, 0);
    if (total > MAX_REQUEST_FILE_BYTES) {
      setProblem(
        `Semua lampiran berjumlah ${formatFileSize(total)}; paling besar ${formatFileSize(MAX_REQUEST_FILE_BYTES)} per pesan.`,
      );
    } else if (tooLarge) {
      setProblem(
        `Berkas "${tooLarge.name}" berukuran ${formatFileSize(tooLarge.size)}; paling besar ${formatFileSize(limits.maxFileBytes)} per berkas.`,
      );
    }
    putFiles(input, reduced);
    setChosen({
      files: reduced,
      originalSizes: reduced.map((file, i) => (file === picked[i] ? null : (picked[i]?.size ?? null))),
    });
  }

  const message = problem ?? error;
  const hintId = `${id}-petunjuk`;
  const errorId = `${id}-galat`;
  return (
    <div className="space-y-2">
      <label htmlFor={id} className="block font-semibold">
        Lampiran <span className="font-normal text-muted">(opsional)</span>
      </label>
      <p id={hintId} className="text-sm text-muted">
        Tangkapan layar atau dokumen: {ACCEPTED_TYPES_TEXT}, paling banyak {limits.maxFiles} berkas, masing-masing{" "}
        {formatFileSize(limits.maxFileBytes)}. Foto besar diperkecil otomatis sebelum dikirim.
      </p>
      <input
        ref={inputRef}
        id={id}
        type="file"
        name={name}
        multiple={limits.maxFiles > 1}
        accept={ACCEPT_ATTRIBUTE}
        onChange={onChange}
        aria-describedby={message ? `${hintId} ${errorId}` : hintId}
        aria-invalid={message ? true : undefined}
        className="block w-full min-h-11 rounded-lg border border-line bg-white p-2 text-base file:mr-3 file:min-h-9 file:rounded-md file:border-0 file:bg-brand-50 file:px-3 file:font-semibold file:text-brand-800"
      />
      <p aria-live="polite" className="text-sm">
        {isReducing ? "Memperkecil foto…" : ""}
      </p>
      {chosen.files.length > 0 && !isReducing && (
        <ul className="space-y-1 text-sm" aria-label="Berkas terpilih">
          {chosen.files.map((file, index) => {
            const before = chosen.originalSizes[index];
            return (
              <li key={`${file.name}-${index}`} className="break-all">
                {file.name} · {formatFileSize(file.size)}
                {before ? <span className="text-muted"> (diperkecil dari {formatFileSize(before)})</span> : null}
              </li>
            );
          })}
        </ul>
      )}
      {message && (
        <p id={errorId} className="font-semibold text-red-800">
          {message}
        </p>
      )}
    </div>
  );
}
