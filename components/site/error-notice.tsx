// The body of the error pages (app/error.tsx, app/global-error.tsx): what happened, in the user's
// language, and what to do. No server code: it renders in the browser after a failure.
import { ButtonLink } from "@/components/ui/button-link";

export function ErrorNotice({ digest, onRetry }: { digest?: string; onRetry: () => void }) {
  return (
    <div className="mx-auto w-full max-w-5xl px-4 py-16 sm:px-6" role="alert">
      <p className="text-sm font-semibold tracking-wide text-brand-700 uppercase">Galat</p>
      <h1 className="mt-2 text-3xl font-bold text-brand-900">Halaman ini gagal dimuat</h1>
      <p className="mt-4 max-w-xl text-ink">
        Terjadi kesalahan di server. Data yang sudah Anda kirim tidak hilang. Coba muat lagi sebentar lagi; jika terus
        terjadi, sampaikan kode di bawah ini kepada Tim Helpdesk.
      </p>
      {digest && <p className="mt-2 text-sm text-muted">Kode galat: {digest}</p>}
      <div className="mt-6 flex flex-wrap gap-3">
        <button
          type="button"
          onClick={onRetry}
          className="inline-flex min-h-11 items-center justify-center rounded-lg bg-brand-700 px-5 py-2.5 font-semibold text-white hover:bg-brand-800"
        >
          Coba lagi
        </button>
        <ButtonLink href="/" variant="secondary">
          Kembali ke beranda
        </ButtonLink>
      </div>
    </div>
  );
}
