import type { ReactNode } from "react";

/** The page column: full width on phones, centred and capped on desktops. */
export function Container({ children, className = "" }: { children: ReactNode; className?: string }) {
  return <div className={`mx-auto w-full max-w-5xl px-4 sm:px-6 ${className}`}>{children}</div>;
}
