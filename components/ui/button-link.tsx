import type { ComponentPropsWithoutRef } from "react";

type Variant = "primary" | "secondary";

const BASE =
  "inline-flex min-h-11 items-center justify-center gap-2 rounded-lg px-5 py-2.5 text-base font-semibold " +
  "no-underline transition-colors";

const VARIANTS: Record<Variant, string> = {
  primary: "bg-brand-700 text-white hover:bg-brand-800 active:bg-brand-900",
  secondary: "border border-brand-700 bg-white text-brand-700 hover:bg-brand-50",
};

type ButtonLinkProps = ComponentPropsWithoutRef<"a"> & { variant?: Variant };

// A plain <a>, not next/link: no client JavaScript and no prefetching on slow school connections.
export function ButtonLink({ variant = "primary", className = "", ...props }: ButtonLinkProps) {
  return <a className={`${BASE} ${VARIANTS[variant]} ${className}`} {...props} />;
}
