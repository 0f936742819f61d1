// The admin sub-navigation, shared by every admin page. Plain links: no client JavaScript.
export type AdminSection = "beranda" | "akun" | "sekolah" | "wilayah" | "kategori" | "pengaturan" | "audit";

const LINKS: { section: AdminSection; href: string; label: string }[] = [
  { section: "beranda", href: "/admin", label: "Beranda admin" },
  { section: "akun", href: "/admin/akun", label: "Akun" },
  { section: "sekolah", href: "/admin/sekolah", label: "Sekolah" },
  { section: "wilayah", href: "/admin/wilayah", label: "Kab/kota" },
  { section: "kategori", href: "/admin/kategori", label: "Kategori" },
  { section: "pengaturan", href: "/admin/pengaturan", label: "Pengaturan" },
  { section: "audit", href: "/admin/audit", label: "Log audit" },
];

/**
 * `current` is the section the page belongs to. Its link gets aria-current="page" on the section's own
 * page, and aria-current="true" ("in this section") on a page below it, such as an account's detail.
 */
export function AdminNav({ current, isSectionPage = true }: { current: AdminSection; isSectionPage?: boolean }) {
  return (
    <nav aria-label="Menu admin" className="border-b border-line bg-white">
      <ul className="mx-auto flex w-full max-w-5xl gap-1 overflow-x-auto px-4 sm:px-6">
        {LINKS.map((link) => {
          const isCurrent = link.section === current;
          return (
            <li key={link.section} className="shrink-0">
              <a
                href={link.href}
                aria-current={isCurrent ? (isSectionPage ? "page" : "true") : undefined}
                className={`inline-flex min-h-11 items-center border-b-4 px-3 font-semibold no-underline ${
                  isCurrent ? "border-brand-700 text-brand-800" : "border-transparent text-muted hover:text-brand-700"
                }`}
              >
                {link.label}
              </a>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
