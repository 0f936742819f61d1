"use client";

// Uploads an export in pieces, starts the import and shows its progress line by line as the server
// streams it. A 250,000-row file takes about a minute; the page says what is happening all along.
import { useEffect, useRef, useState, type FormEvent } from "react";
import { newClientKey } from "@/components/tickets/new-ticket/client-key";
import type { ImportResult } from "@/lib/server/schools";
import { rejectionsCsv } from "@/lib/shared/school-import";
import { ImportReportView } from "./import-report";

const PIECE_BYTES = 4 * 1024 * 1024;
const API = "/api/admin/impor-sekolah";

type Phase =
  | { kind: "idle" }
  | { kind: "upload"; sent: number; total: number }
  | { kind: "check"; rows: number }
  | { kind: "write"; done: number; total: number }
  | { kind: "result"; result: ImportResult }
  | { kind: "failed"; message: string };

const count = (n: number) => n.toLocaleString("id-ID");
const megabytes = (bytes: number) => (bytes / 1024 / 1024).toLocaleString("id-ID", { maximumFractionDigits: 1 });

async function failureText(response: Response): Promise<string> {
  const text = await response.text().catch(() => "");
  return text && text.length < 400 ? text : "Server menolak permintaan. Coba lagi sebentar lagi.";
}

async function upload(file: File, id: string, onSent: (sent: number) => void): Promise<void> {
  for (let offset = 0; offset < file.size; offset += PIECE_BYTES) {
    const piece = file.slice(offset, offset + PIECE_BYTES);
    const response = await fetch(`${API}/unggah?${new URLSearchParams({ id, offset: String(offset) })}`, {
      method: "POST",
      headers: { "Content-Type": "application/octet-stream" },
      body: piece,
    });
    if (!response.ok) throw new Error(await failureText(response));
    onSent(offset + piece.size);
  }
}

export function ImportForm() {
  const [phase, setPhase] = useState<Phase>({ kind: "idle" });
  const [downloadHref, setDownloadHref] = useState<string | null>(null);
  const statusRef = useRef<HTMLDivElement>(null);
  const isBusy = phase.kind === "upload" || phase.kind === "check" || phase.kind === "write";

  useEffect(() => () => void (downloadHref && URL.revokeObjectURL(downloadHref)), [downloadHref]);
  useEffect(() => {
    if (phase.kind === "result" || phase.kind === "failed") statusRef.current?.focus();
  }, [phase.kind]);

  async function run(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const file = form.get("berkas");
    if (!(file instanceof File) || file.size === 0) {
      setPhase({ kind: "failed", message: "Pilih berkas CSV ekspor Dapodik terlebih dahulu." });
      return;
    }
    setDownloadHref(null);
    const id = newClientKey();
    try {
      setPhase({ kind: "upload", sent: 0, total: file.size });
      await upload(file, id, (sent) => setPhase({ kind: "upload", sent, total: file.size }));
      setPhase({ kind: "check", rows: 0 });
      const response = await fetch(`${API}/proses`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ id, size: file.size, dryRun: form.get("periksaSaja") === "on" }),
      });
      if (!response.ok || !response.body) throw new Error(await failureText(response));
      await readLines(response.body);
    } catch (error) {
      setPhase({ kind: "failed", message: error instanceof Error ? error.message : String(error) });
    }
  }

  async function readLines(body: ReadableStream<Uint8Array>) {
    const reader = body.getReader();
    const decoder = new TextDecoder();
    let buffer = "";
    let finished = false;
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      buffer += decoder.decode(value, { stream: true });
      let newline: number;
      while ((newline = buffer.indexOf("\n")) !== -1) {
        const line = JSON.parse(buffer.slice(0, newline));
        buffer = buffer.slice(newline + 1);
        if (line.type === "progress" && line.phase === "check") setPhase({ kind: "check", rows: line.rows });
        if (line.type === "progress" && line.phase === "write")
          setPhase({ kind: "write", done: line.done, total: line.total });
        if (line.type === "error") throw new Error(line.message);
        if (line.type === "done") {
          finished = true;
          const result = line.result as ImportResult;
          if (result.ok && result.report.rejectedCount > 0) {
            setDownloadHref(
              URL.createObjectURL(
                new Blob([`\ufeff${rejectionsCsv(result.report.rejected)}`], { type: "text/csv;charset=utf-8" }),
              ),
            );
          }
          setPhase({ kind: "result", result });
        }
      }
    }
    if (!finished)
      throw new Error(
        "Sambungan terputus sebelum impor selesai. Periksa daftar sekolah, lalu impor lagi bila perlu (impor ulang aman).",
      );
  }

  return (
    <div className="space-y-6">
      <form onSubmit={run} className="space-y-4 rounded-lg border border-line bg-white p-4">
        <div className="space-y-1">
          <label htmlFor="berkas" className="block font-semibold">
            Berkas CSV ekspor Dapodik
          </label>
          <input
            id="berkas"
            name="berkas"
            type="file"
            accept=".csv,text/csv"
            disabled={isBusy}
            className="block min-h-11 w-full"
          />
          <p className="text-sm text-muted">UTF-8, dipisahkan titik koma atau koma, paling besar 100 MB.</p>
        </div>
        <label className="flex cursor-pointer items-start gap-3">
          <input type="checkbox" name="periksaSaja" disabled={isBusy} className="mt-0.5 size-5 shrink-0" />
          <span>
            <span className="block font-semibold">Periksa saja, jangan simpan</span>
            <span className="block text-sm text-muted">
              Menampilkan hasil yang akan terjadi, lalu membatalkan semuanya.
            </span>
          </span>
        </label>
        <button
          type="submit"
          disabled={isBusy}
          className="inline-flex min-h-11 items-center justify-center rounded-lg bg-brand-700 px-5 font-semibold text-white hover:bg-brand-800 disabled:opacity-70"
        >
          {isBusy ? "Sedang berjalan…" : "Unggah dan impor"}
        </button>
      </form>

      <div ref={statusRef} tabIndex={-1} aria-live="polite" className="space-y-3">
        {phase.kind === "upload" && (
          <Progress
            label={`Mengunggah ${megabytes(phase.sent)} dari ${megabytes(phase.total)} MB…`}
            value={phase.sent}
            max={phase.total}
          />
        )}
        {phase.kind === "check" && <Progress label={`Memeriksa berkas: ${count(phase.rows)} baris…`} />}
        {phase.kind === "write" && (
          <Progress
            label={`Menyimpan ${count(phase.done)} dari ${count(phase.total)} baris…`}
            value={phase.done}
            max={phase.total}
          />
        )}
        {phase.kind === "failed" && (
          <p role="alert" className="rounded-lg border border-red-300 bg-red-50 p-3 text-red-800">
            {phase.message}
          </p>
        )}
        {phase.kind === "result" &&
          (phase.result.ok ? (
            <ImportReportView report={phase.result.report} downloadHref={downloadHref} />
          ) : (
            <p role="alert" className="rounded-lg border border-red-300 bg-red-50 p-3 text-red-800">
              Tidak ada yang diimpor. {phase.result.message}
            </p>
          ))}
      </div>
    </div>
  );
}

function Progress({ label, value, max }: { label: string; value?: number; max?: number }) {
  return (
    <div className="space-y-2 rounded-lg border border-line bg-white p-4">
      <p className="font-semibold">{label}</p>
      <progress value={value} max={max} aria-label={label} className="h-3 w-full" />
    </div>
  );
}
