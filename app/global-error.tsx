"use client";

// A failure of the root layout itself: this replaces the whole document, so it brings its own <html>.
import { ErrorNotice } from "@/components/site/error-notice";
import "./globals.css";

export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="id">
      <body>
        <ErrorNotice digest={error.digest} onRetry={reset} />
      </body>
    </html>
  );
}
