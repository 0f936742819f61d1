import type { ReactNode } from "react";

/** Like Container, but wide enough for a ticket table on a desktop (the table turns into cards below 1280 px). */
export function WideContainer({ children, className = "" }: { children: ReactNode; className?: string }) {
  return <div className={`mx-auto w-full max-w-7xl px-4 sm:px-6 ${className}`}>{children}</div>;
}
