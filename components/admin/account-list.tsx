import { ROLE_LABEL } from "@/lib/domain/roles";
import type { AccountRow } from "@/lib/server/admin";
import { ActiveBadge, MustChangePasswordBadge } from "./badges";
import { formatDateTimeWib } from "./format";

/** Where the account belongs: the district's kab/kota or the operator's school. */
export function AccountPlace({ account }: { account: Pick<AccountRow, "regency" | "school"> }) {
  if (account.school) {
    return (
      <>
        NPSN {account.school.npsn} · {account.school.name}{" "}
        <span className="text-muted">({account.school.regencyName})</span>
      </>
    );
  }
  if (account.regency) {
    return (
      <>
        {account.regency.name} <span className="text-muted">({account.regency.code})</span>
      </>
    );
  }
  return <span className="text-muted">Pusat</span>;
}

export function LastSignIn({ at }: { at: Date | null }) {
  return at ? (
    <time dateTime={at.toISOString()}>{formatDateTimeWib(at)}</time>
  ) : (
    <span className="text-muted">Belum pernah</span>
  );
}

// A list rather than a table: on a 360 px phone every account stays readable without sideways scrolling.
export function AccountList({ rows }: { rows: AccountRow[] }) {
  return (
    <ul className="divide-y divide-line rounded-lg border border-line bg-white">
      {rows.map((account) => (
        <li
          key={account.id}
          className="grid gap-x-6 gap-y-1 p-4 md:grid-cols-[minmax(0,1.2fr)_minmax(0,1.5fr)_minmax(0,1fr)]"
        >
          <div className="min-w-0">
            <a
              href={`/admin/akun/${account.id}`}
              className="font-semibold break-all text-brand-700 underline underline-offset-2"
            >
              {account.username}
            </a>
            <p>{account.displayName}</p>
          </div>
          <div className="min-w-0">
            <p className="font-semibold">{ROLE_LABEL[account.role]}</p>
            <p className="text-sm">
              <AccountPlace account={account} />
            </p>
          </div>
          <div className="min-w-0 space-y-1">
            <p className="flex flex-wrap gap-2">
              <ActiveBadge isActive={account.isActive} />
              {account.mustChangePassword && <MustChangePasswordBadge />}
            </p>
            <p className="text-sm">
              <span className="text-muted">Masuk terakhir: </span>
              <LastSignIn at={account.lastSignInAt} />
            </p>
          </div>
        </li>
      ))}
    </ul>
  );
}
