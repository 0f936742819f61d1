import { Container } from "@/components/ui/container";
import { AppNav } from "./app-nav";
import { signOutAction } from "@/lib/actions/session-actions";
import { ROLE_LABEL } from "@/lib/domain/roles";
import type { SiteHeaderData } from "@/lib/server/pages";

/** The bar on every page (its data: lib/server/pages/site-header.ts, read by the root layout). */
export function SiteHeader({ header }: { header: SiteHeaderData }) {
  const { user } = header;
  return (
    <header className="border-b border-line bg-white">
      <Container className="flex min-h-16 flex-wrap items-center justify-between gap-3 py-2">
        <a
          href={user ? user.home : "/"}
          className="flex min-w-0 items-center gap-2 rounded text-brand-800 no-underline"
        >
          <LogoMark />
          <span className="text-sm leading-tight font-bold sm:text-lg">
            Helpdesk Dapodik <span className="whitespace-nowrap">PAUD &amp; Dikmas</span>
          </span>
        </a>
        {user ? (
          <div className="flex items-center gap-3">
            <a
              href="/akun"
              className="rounded text-right text-sm leading-tight text-ink no-underline hover:underline"
              aria-label={`Akun saya: ${user.displayName}, ${ROLE_LABEL[user.role]}`}
            >
              <span className="block font-semibold">{user.displayName}</span>
              {/* The role on a wider screen; on a phone the name is enough (the account page says the rest). */}
              <span className="hidden text-muted sm:block">{ROLE_LABEL[user.role]}</span>
            </a>
            {/* A server action form: signing out works even before any JavaScript has loaded. */}
            <form action={signOutAction}>
              <button
                type="submit"
                className="inline-flex min-h-11 shrink-0 items-center rounded-lg border border-brand-700 bg-white px-4 font-semibold text-brand-700 hover:bg-brand-50"
              >
                Keluar
              </button>
            </form>
          </div>
        ) : (
          <a
            href="/masuk"
            className="inline-flex min-h-11 shrink-0 items-center rounded-lg bg-brand-700 px-4 font-semibold text-white no-underline hover:bg-brand-800"
          >
            Masuk
          </a>
        )}
      </Container>
      {user?.showsMenu && <AppNav role={user.role} unread={user.unread} />}
    </header>
  );
}

/** A speech bubble with a check: "a question, answered". Decorative. */
function LogoMark() {
  return (
    <svg aria-hidden="true" viewBox="0 0 24 24" className="size-8 shrink-0" focusable="false">
      <path d="M4 4h16a2 2 0 0 1 2 2v9a2 2 0 0 1-2 2h-8l-5 4v-4H4a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2z" fill="currentColor" />
      <path
        d="m7.5 10.5 3 3 6-6"
        fill="none"
        stroke="#fff"
        strokeWidth="2"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}
