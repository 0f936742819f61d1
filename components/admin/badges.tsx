const BADGE = "inline-flex items-center rounded-full border px-2.5 py-0.5 text-sm font-semibold";

export function ActiveBadge({ isActive }: { isActive: boolean }) {
  return isActive ? (
    <span className={`${BADGE} border-green-700/40 bg-green-50 text-green-800`}>Aktif</span>
  ) : (
    <span className={`${BADGE} border-slate-500/40 bg-slate-100 text-slate-800`}>Nonaktif</span>
  );
}

export function MustChangePasswordBadge() {
  return <span className={`${BADGE} border-accent-700/30 bg-accent-100 text-accent-700`}>Wajib ganti kata sandi</span>;
}
