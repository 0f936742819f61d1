import type { ReactNode } from "react";
import type { AuditRow } from "@/lib/server/admin-queries";
import { auditActionLabel, describeAuditDetail } from "./audit-labels";
import { formatDateTimeWib } from "./format";

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="flex flex-wrap gap-x-1">
      <dt className="text-muted">{label}:</dt>
      <dd className="min-w-0 break-all">{children}</dd>
    </div>
  );
}

/** Who did it, to whom, from where, and why — one entry per item, newest first. */
export function AuditEntryList({ rows }: { rows: AuditRow[] }) {
  return (
    <ol className="divide-y divide-line rounded-lg border border-line bg-white">
      {rows.map((row) => {
        const target = row.targetUsername ?? row.username;
        const typed = row.username && row.username !== target ? row.username : null;
        return (
          <li key={row.id} className="grid gap-x-6 gap-y-1 p-4 md:grid-cols-[11rem_minmax(0,1fr)]">
            <p className="text-sm text-muted">
              <time dateTime={row.at.toISOString()}>{formatDateTimeWib(row.at)}</time>
            </p>
            <div className="min-w-0">
              <p className="font-semibold">{auditActionLabel(row.action)}</p>
              <dl className="text-sm">
                {row.actorUsername && <Field label="Oleh">{row.actorUsername}</Field>}
                {target && (
                  <Field label="Akun">
                    {row.targetUserId && row.targetUsername ? (
                      <a href={`/admin/akun/${row.targetUserId}`} className="text-brand-700">
                        {row.targetUsername}
                      </a>
                    ) : (
                      target
                    )}
                  </Field>
                )}
                {typed && <Field label="Nama pengguna diketik">{typed}</Field>}
                {row.ipAddress && <Field label="Alamat IP">{row.ipAddress}</Field>}
                {describeAuditDetail(row.detail).map((item) => (
                  <Field key={item.label} label={item.label}>
                    {item.value}
                  </Field>
                ))}
              </dl>
            </div>
          </li>
        );
      })}
    </ol>
  );
}
