"use client";

// What a user sees when a page fails unexpectedly (a bug, or the database out of reach): in their
// language, with a way to try again that keeps them where they were. The root layout (header, menu)
// stays; app/global-error.tsx covers a failure of the layout itself.
import { useEffect } from "react";
import { ErrorNotice } from "@/components/site/error-notice";

export default function PageError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  return <ErrorNotice digest={error.digest} onRetry={reset} />;
}
