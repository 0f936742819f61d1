// Tabs between lists as plain links (each tab is its own URL, so it can be bookmarked and works
// without JavaScript); the current one is marked for screen readers with aria-current.
export interface ListTab {
  href: string;
  label: string;
  isCurrent: boolean;
}

export function ListTabs({ label, tabs }: { label: string; tabs: ListTab[] }) {
  return (
    <nav aria-label={label}>
      {/* Pills that wrap, so a phone never scrolls sideways to find the second tab; small enough on a
          phone that three fit on one line. */}
      <ul className="flex flex-wrap gap-2">
        {tabs.map((tab) => (
          <li key={tab.href}>
            <a
              href={tab.href}
              aria-current={tab.isCurrent ? "page" : undefined}
              className={`inline-flex min-h-11 items-center rounded-full border px-3 text-sm font-semibold no-underline sm:px-4 sm:text-base ${
                tab.isCurrent
                  ? "border-brand-700 bg-brand-700 text-white"
                  : "border-brand-700/40 bg-white text-brand-700 hover:bg-brand-50"
              }`}
            >
              {tab.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
