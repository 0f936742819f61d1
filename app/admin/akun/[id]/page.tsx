import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AccountPlace, LastSignIn } from "@/components/admin/account-list";
import { AccountStatusForm } from "@/components/admin/account-status-form";
import { AdminNav } from "@/components/admin/admin-nav";
import { DetailRow, Panel } from "@/components/admin/panel";
import { AuditEntryList } from "@/components/admin/audit-entry-list";
import { ActiveBadge, MustChangePasswordBadge } from "@/components/admin/badges";
import { formatDateTimeWib } from "@/components/admin/format";
import { ResetPasswordForm } from "@/components/admin/reset-password-form";
import { Container } from "@/components/ui/container";
import { resetPasswordAction, setAccountActiveAction } from "@/lib/actions/account-actions";
import { ROLE_LABEL } from "@/lib/domain/roles";
import { getAccountDetail, RECENT_AUDIT_LIMIT } from "@/lib/server/admin";
import { requireRole } from "@/lib/server/auth";
import { getPrisma } from "@/lib/server/database";

export const metadata: Metadata = { title: "Detail akun" };

export default async function AccountDetailPage({ params }: { params: Promise<{ id: string }> }) {
  const admin = await requireRole("ADMIN");
  const { id } = await params;
  const account = await getAccountDetail(getPrisma(), id);
  if (!account) notFound();
  const isSelf = account.id === admin.actor.userId;
  const auditHref = `/admin/audit?${new URLSearchParams({ username: account.username })}`;
  return (
    <>
      <AdminNav current="akun" isSectionPage={false} />
      <Container className="max-w-3xl space-y-6 py-8">
        <p className="text-sm">
          <a href="/admin/akun" className="font-semibold text-brand-700 underline underline-offset-2">
            ‹ Daftar akun
          </a>
        </p>
        <div className="space-y-2">
          <h1 className="text-2xl font-bold break-all text-brand-800">{account.username}</h1>
          <p>
            {account.displayName} · {ROLE_LABEL[account.role]}
          </p>
          <p className="flex flex-wrap gap-2">
            <ActiveBadge isActive={account.isActive} />
            {account.mustChangePassword && <MustChangePasswordBadge />}
          </p>
        </div>

        <Panel id="data-akun" title="Data akun">
          <dl className="divide-y divide-line">
            <DetailRow label={account.school ? "Satuan pendidikan" : "Kabupaten/kota"}>
              <AccountPlace account={account} />
              {account.provinceName && <span className="text-muted">, {account.provinceName}</span>}
            </DetailRow>
            <DetailRow label="Email">{account.email ?? <span className="text-muted">—</span>}</DetailRow>
            <DetailRow label="Telepon">{account.phone ?? <span className="text-muted">—</span>}</DetailRow>
            <DetailRow label="Kata sandi">
              {account.hasLocalPassword
                ? "Kata sandi lokal (diberikan tim Helpdesk)"
                : "Dikelola di Dapodik (masuk dengan akun Dapodik)"}
            </DetailRow>
            <DetailRow label="Dibuat">
              <time dateTime={account.createdAt.toISOString()}>{formatDateTimeWib(account.createdAt)}</time>
            </DetailRow>
            <DetailRow label="Masuk terakhir">
              <LastSignIn at={account.lastSignInAt} />
            </DetailRow>
          </dl>
        </Panel>

        <Panel id="atur-ulang" title="Atur ulang kata sandi">
          {account.hasLocalPassword ? (
            <ResetPasswordForm action={resetPasswordAction} userId={account.id} username={account.username} />
          ) : (
            <p>
              Akun ini masuk dengan akun Dapodik, jadi kata sandinya tidak dapat diatur ulang di sini. Pemilik mengganti
              kata sandinya di aplikasi Dapodik.
            </p>
          )}
        </Panel>

        <Panel id="status-akun" title={account.isActive ? "Nonaktifkan akun" : "Aktifkan kembali"}>
          {isSelf && account.isActive ? (
            <p>Ini akun Anda sendiri. Anda tidak dapat menonaktifkannya; minta admin lain bila perlu.</p>
          ) : (
            <AccountStatusForm action={setAccountActiveAction} userId={account.id} isActive={account.isActive} />
          )}
        </Panel>

        <section aria-labelledby="riwayat" className="space-y-3">
          <h2 id="riwayat" className="text-xl font-bold text-brand-800">
            Riwayat terbaru
          </h2>
          <p className="text-sm text-muted">
            {RECENT_AUDIT_LIMIT} entri log audit terakhir tentang akun ini.{" "}
            <a href={auditHref} className="font-semibold text-brand-700 underline underline-offset-2">
              Lihat semua entri untuk nama pengguna ini
            </a>{" "}
            (termasuk percobaan masuk yang gagal).
          </p>
          {account.recentAudit.length > 0 ? (
            <AuditEntryList rows={account.recentAudit} />
          ) : (
            <p className="rounded-lg border border-line bg-white p-4">Belum ada entri.</p>
          )}
        </section>
      </Container>
    </>
  );
}
