import type { ReactNode } from "react";
import type { AuditRow } from "@/lib/server/admin";
import { auditActionLabel, describeAuditDetail } from "./audit-labels";
import { formatDateTimeWib } from "./format";

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="flex flex-wrap gap-x-1">
      <dt className="text-muted">{label}:</dt>
      <dd className="min-w-0 wrap-anywhere">{children}</dd>
    </div>
  );
}

/** Who did it, to whom, from where, and why — one entry per item, newest first. */
export function AuditEntryList({ rows }: { rows: AuditRow[] }) {
  return (
    <ol className="divide-y divide-line rounded-lg border border-line bg-white">
      {rows.map((row) => {
        // A sign-in is its own actor: name the account once.
        const actor = row.actorUsername && row.actorUsername !== row.targetUsername ? row.actorUsername : null;
        // The username written with the entry, when it is not the account's: what was typed at a failed sign-in.
        const recorded = row.username && row.username !== row.targetUsername ? row.username : null;
        return (
          <li key={row.id} className="grid gap-x-6 gap-y-1 p-4 md:grid-cols-[11rem_minmax(0,1fr)]">
            <p className="text-sm text-muted">
              <time dateTime={row.at.toISOString()}>{formatDateTimeWib(row.at)}</time>
            </p>
            <div className="min-w-0">
              <p className="font-semibold">{auditActionLabel(row.action)}</p>
              <dl className="text-sm">
                {actor && <Field label="Oleh">{actor}</Field>}
                {row.targetUserId && row.targetUsername && (
                  <Field label="Akun">
                    <a href={`/admin/akun/${row.targetUserId}`} className="text-brand-700 underline underline-offset-2">
                      {row.targetUsername}
                    </a>
                  </Field>
                )}
                {recorded && <Field label="Nama pengguna yang dipakai">{recorded}</Field>}
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
