"use client";

import { useEffect, useRef, type ReactNode } from "react";

interface OneTimePasswordProps {
  heading: string;
  username: string;
  password: string;
  children: ReactNode;
}

/**
 * Shows a one-time password right after it was generated. It lives only in the action's returned state
 * (this component's props): leaving or reloading the page loses it for good, which is the point.
 * Focus moves to the heading so screen-reader users hear it at once.
 */
export function OneTimePassword({ heading, username, password, children }: OneTimePasswordProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), [password]);
  return (
    <section
      aria-labelledby="sandi-awal-judul"
      className="space-y-3 rounded-lg border-2 border-brand-700 bg-brand-50 p-4"
    >
      <h2 id="sandi-awal-judul" ref={headingRef} tabIndex={-1} className="text-xl font-bold text-brand-800">
        {heading}
      </h2>
      <dl className="space-y-2">
        <div>
          <dt className="text-sm text-muted">Nama pengguna</dt>
          <dd className="font-mono text-lg font-semibold break-all">{username}</dd>
        </div>
        <div>
          <dt className="text-sm text-muted">Kata sandi awal</dt>
          <dd className="font-mono text-2xl font-bold tracking-wider break-all select-all">{password}</dd>
        </div>
      </dl>
      <p className="font-semibold">{children}</p>
    </section>
  );
}
