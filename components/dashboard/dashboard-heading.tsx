import { ROLE_LABEL } from "@/lib/domain/roles";
import type { CurrentUser } from "@/lib/server/auth";

/** Who is signed in and for which school or kab/kota they act. */
export function DashboardHeading({ user, title }: { user: CurrentUser; title: string }) {
  const scope = user.schoolName
    ? `${user.schoolName} · NPSN ${user.npsn} · ${user.regencyName}`
    : user.regencyName
      ? `Dinas Pendidikan ${user.regencyName}`
      : ROLE_LABEL[user.actor.role];
  return (
    <div className="mb-6">
      <h1 className="text-2xl font-bold text-brand-800">{title}</h1>
      <p className="text-muted">{scope}</p>
    </div>
  );
}
