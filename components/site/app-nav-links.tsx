"use client";

// The only client part of the menu: which link is the current page. The header is rendered once per
// full page load, but a form that redirects (a new ticket → its page) navigates without reloading it,
// so the current link follows the router's pathname rather than a value fixed on the server.
import { usePathname } from "next/navigation";

export interface AppNavLink {
  href: string;
  label: string;
  badge?: { text: string; label: string };
}

/** The link whose path is the longest prefix of the current one: "page" when exact, "true" below it. */
function currentOf(links: AppNavLink[], pathname: string): { href: string; isExact: boolean } | null {
  const matches = links.filter((link) => pathname === link.href || pathname.startsWith(`${link.href}/`));
  const best = matches.sort((a, b) => b.href.length - a.href.length)[0];
  return best ? { href: best.href, isExact: best.href === pathname } : null;
}

export function AppNavLinks({ links }: { links: AppNavLink[] }) {
  const current = currentOf(links, usePathname() ?? "");
  return (
    <nav aria-label="Menu utama" className="border-t border-line">
      <ul className="mx-auto flex w-full max-w-5xl flex-wrap gap-x-2 px-2 sm:px-4">
        {links.map((link) => {
          const isCurrent = current?.href === link.href;
          return (
            <li key={link.href}>
              <a
                href={link.href}
                aria-current={isCurrent ? (current?.isExact ? "page" : "true") : undefined}
                className={`inline-flex min-h-11 items-center gap-1.5 border-b-4 px-2 text-[0.9375rem] font-semibold sm:text-base no-underline ${
                  isCurrent ? "border-brand-700 text-brand-800" : "border-transparent text-muted hover:text-brand-700"
                }`}
              >
                {link.label}
                {link.badge && (
                  <span className="inline-flex min-w-6 items-center justify-center rounded-full bg-red-700 px-1.5 text-sm leading-6 font-bold text-white">
                    <span aria-hidden="true">{link.badge.text}</span>
                    <span className="sr-only">, {link.badge.label}</span>
                  </span>
                )}
              </a>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
