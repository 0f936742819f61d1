import { ActiveBadge } from "@/components/admin/badges";
import { formatCount } from "@/components/admin/format";
import type { CategoryAdminRow } from "@/lib/server/admin";

// A list rather than a table, like the accounts and schools: readable on a 360 px phone.
export function CategoryList({ rows }: { rows: CategoryAdminRow[] }) {
  return (
    <ul className="divide-y divide-line rounded-lg border border-line bg-white">
      {rows.map((category) => (
        <li key={category.id} className="grid gap-x-6 gap-y-1 p-4 md:grid-cols-[minmax(0,1.6fr)_minmax(0,1fr)_auto]">
          <div className="min-w-0">
            <a
              href={`/admin/kategori/${category.id}`}
              className="font-semibold break-words text-brand-700 underline underline-offset-2"
            >
              {category.name}
            </a>
            <p className="text-sm text-muted">
              Kode {category.code} · urutan {formatCount(category.sortOrder)}
            </p>
            {category.description && <p className="text-sm break-words">{category.description}</p>}
          </div>
          <p className="text-sm">{formatCount(category.ticketCount)} tiket</p>
          <p>
            <ActiveBadge isActive={category.isActive} />
          </p>
        </li>
      ))}
    </ul>
  );
}
