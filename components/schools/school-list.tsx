import { ActiveBadge } from "@/components/admin/badges";
import { FORM_LABEL, STATUS_LABEL } from "@/lib/shared/schools";
import type { SchoolRowDto } from "@/lib/server/schools";

// A list rather than a table, like the accounts: readable on a 360 px phone without sideways scrolling.
export function SchoolList({ rows }: { rows: SchoolRowDto[] }) {
  return (
    <ul className="divide-y divide-line rounded-lg border border-line bg-white">
      {rows.map((school) => (
        <li key={school.id} className="grid gap-x-6 gap-y-1 p-4 md:grid-cols-[minmax(0,1.6fr)_minmax(0,1fr)_auto]">
          <div className="min-w-0">
            <a
              href={`/admin/sekolah/${school.id}`}
              className="font-semibold break-words text-brand-700 underline underline-offset-2"
            >
              {school.name}
            </a>
            <p className="text-sm text-muted">NPSN {school.npsn}</p>
          </div>
          <div className="min-w-0 text-sm">
            <p>
              {FORM_LABEL[school.form]} · {STATUS_LABEL[school.status]}
            </p>
            <p className="text-muted">
              {school.regencyName} ({school.regencyCode})
            </p>
          </div>
          <p>
            <ActiveBadge isActive={school.isActive} />
          </p>
        </li>
      ))}
    </ul>
  );
}
