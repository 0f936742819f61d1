import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { LastSignIn } from "@/components/admin/account-list";
import { AdminNav } from "@/components/admin/admin-nav";
import { ActiveBadge, MustChangePasswordBadge } from "@/components/admin/badges";
import { formatCount } from "@/components/admin/format";
import { Panel } from "@/components/admin/panel";
import { isWithoutOperator, NoOperatorBadge } from "@/components/regions/regency-list";
import { ButtonLink } from "@/components/ui/button-link";
import { Container } from "@/components/ui/container";
import { requireRole } from "@/lib/server/auth";
import { getPrisma } from "@/lib/server/database";
import { getRegencyDetail } from "@/lib/server/admin";

export const metadata: Metadata = { title: "Kabupaten/kota" };

const LINK = "inline-flex min-h-11 items-center font-semibold text-brand-700 underline underline-offset-2";

export default async function RegencyPage({ params }: { params: Promise<{ kode: string }> }) {
  await requireRole("ADMIN");
  const { kode } = await params;
  const code = decodeURIComponent(kode);
  const regency = /^\d{2}\.\d{2}$/.test(code) ? await getRegencyDetail(getPrisma(), code) : null;
  if (!regency) notFound();
  const newAccountHref = `/admin/akun/baru?${new URLSearchParams({ kab: regency.code })}`;
  return (
    <>
      <AdminNav current="wilayah" isSectionPage={false} />
      <Container className="max-w-3xl space-y-6 py-8">
        <p className="text-sm">
          <a href="/admin/wilayah" className="font-semibold text-brand-700 underline underline-offset-2">
            ‹ Daftar kabupaten/kota
          </a>
        </p>
        <div className="space-y-2">
          <h1 className="text-2xl font-bold break-words text-brand-800">{regency.name}</h1>
          <p className="text-muted">
            Kode {regency.code} · {regency.provinceName}
          </p>
          {isWithoutOperator(regency) && <NoOperatorBadge />}
        </div>

        <Panel id="ringkasan" title="Ringkasan">
          <dl className="grid gap-3 sm:grid-cols-3">
            <div>
              <dt className="text-sm text-muted">Sekolah aktif</dt>
              <dd className="text-xl font-bold">
                {formatCount(regency.activeSchools)}{" "}
                <span className="text-base font-normal text-muted">dari {formatCount(regency.allSchools)}</span>
              </dd>
            </div>
            <div>
              <dt className="text-sm text-muted">Tiket berjalan</dt>
              <dd className="text-xl font-bold">{formatCount(regency.runningTickets)}</dd>
            </div>
            <div>
              <dt className="text-sm text-muted">Tiket sekolah menunggu dinas</dt>
              <dd className="text-xl font-bold">{formatCount(regency.runningAtDinas)}</dd>
            </div>
          </dl>
          <p>
            <a href={`/admin/sekolah?${new URLSearchParams({ kab: regency.code })}`} className={LINK}>
              Lihat sekolah di kabupaten/kota ini
            </a>
          </p>
        </Panel>

        <Panel id="operator-dinas" title="Operator Dinas Pendidikan">
          {isWithoutOperator(regency) && (
            <p role="note" className="rounded-lg border border-red-700/40 bg-red-50 p-3 text-red-900">
              Belum ada operator dinas aktif. Pertanyaan sekolah di kabupaten/kota ini tidak dijawab siapa pun sampai
              diteruskan otomatis ke helpdesk. Buatkan akun untuk Dinas Pendidikan setempat.
            </p>
          )}
          {regency.operators.length > 0 ? (
            <ul className="divide-y divide-line rounded-lg border border-line">
              {regency.operators.map((operator) => (
                <li key={operator.id} className="grid gap-x-6 gap-y-1 p-3 sm:grid-cols-[minmax(0,1.4fr)_minmax(0,1fr)]">
                  <div className="min-w-0">
                    <a
                      href={`/admin/akun/${operator.id}`}
                      className="font-semibold break-all text-brand-700 underline underline-offset-2"
                    >
                      {operator.username}
                    </a>
                    <p className="break-words">{operator.displayName}</p>
                  </div>
                  <div className="space-y-1 text-sm">
                    <p className="flex flex-wrap gap-2">
                      <ActiveBadge isActive={operator.isActive} />
                      {operator.mustChangePassword && <MustChangePasswordBadge />}
                    </p>
                    <p>
                      <span className="text-muted">Terakhir masuk: </span>
                      <LastSignIn at={operator.lastSignInAt} />
                    </p>
                  </div>
                </li>
              ))}
            </ul>
          ) : (
            <p>Belum ada akun operator dinas untuk kabupaten/kota ini.</p>
          )}
          <ButtonLink href={newAccountHref}>Buat akun operator dinas</ButtonLink>
        </Panel>
      </Container>
    </>
  );
}
