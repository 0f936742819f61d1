import type { Metadata } from "next";
import { AdminNav } from "@/components/admin/admin-nav";
import { formatCount } from "@/components/admin/format";
import { ClockWarning } from "@/components/dashboard/clock-warning";
import { ButtonLink } from "@/components/ui/button-link";
import { Container } from "@/components/ui/container";
import { ROLE_LABEL } from "@/lib/domain/roles";
import { ROLES, type Role } from "@/lib/domain/types";
import { countAccountsByRole } from "@/lib/server/admin";
import { requireRole } from "@/lib/server/auth";
import { readAppClockHealth } from "@/lib/server/clock/app-clock";
import { getPrisma } from "@/lib/server/database";

export const metadata: Metadata = { title: "Beranda admin" };

function listHref(role: Role, status: "active" | "inactive"): string {
  return `/admin/akun?${new URLSearchParams({ role, status })}`;
}

export default async function AdminHomePage() {
  // The layout checks too, but a layout does not re-run on every navigation: each page checks itself.
  const user = await requireRole("ADMIN");
  const [counts, clockHealth] = await Promise.all([countAccountsByRole(getPrisma()), readAppClockHealth()]);
  const total = ROLES.reduce((sum, role) => sum + counts[role].active + counts[role].inactive, 0);
  return (
    <>
      <AdminNav current="beranda" />
      <Container className="space-y-8 py-8">
        <div>
          <h1 className="text-2xl font-bold text-brand-800">Beranda admin</h1>
          <p className="mt-1 text-muted">
            Selamat datang, {user.displayName}. Kelola akun, data master (sekolah, kabupaten/kota, kategori) dan
            pengaturan, dan periksa log audit di sini.
          </p>
        </div>
        <ClockWarning health={clockHealth} timeZone={user.timeZone} now={new Date()} />

        <section aria-labelledby="akun-per-peran" className="space-y-3">
          <h2 id="akun-per-peran" className="text-xl font-bold text-brand-800">
            Akun per peran
          </h2>
          <div className="overflow-x-auto rounded-lg border border-line bg-white">
            <table className="w-full text-left">
              <caption className="sr-only">
                Jumlah akun aktif dan nonaktif per peran; pilih angka untuk melihat daftar akunnya.
              </caption>
              <thead className="bg-brand-50 text-sm">
                <tr>
                  <th scope="col" className="px-3 py-2">
                    Peran
                  </th>
                  <th scope="col" className="px-3 py-2 text-right">
                    Aktif
                  </th>
                  <th scope="col" className="px-3 py-2 text-right">
                    Nonaktif
                  </th>
                </tr>
              </thead>
              <tbody>
                {ROLES.map((role) => (
                  <tr key={role} className="border-t border-line">
                    <th scope="row" className="px-3 py-2 font-normal">
                      {ROLE_LABEL[role]}
                    </th>
                    <td className="px-3 py-2 text-right">
                      <a
                        href={listHref(role, "active")}
                        className="inline-block min-w-11 py-1 font-semibold text-brand-700 underline underline-offset-2"
                      >
                        {formatCount(counts[role].active)}
                        <span className="sr-only"> akun {ROLE_LABEL[role]} aktif</span>
                      </a>
                    </td>
                    <td className="px-3 py-2 text-right">
                      <a
                        href={listHref(role, "inactive")}
                        className="inline-block min-w-11 py-1 font-semibold text-brand-700 underline underline-offset-2"
                      >
                        {formatCount(counts[role].inactive)}
                        <span className="sr-only"> akun {ROLE_LABEL[role]} nonaktif</span>
                      </a>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p className="text-sm text-muted">Total {formatCount(total)} akun.</p>
        </section>

        <section aria-labelledby="pintasan" className="space-y-3">
          <h2 id="pintasan" className="text-xl font-bold text-brand-800">
            Pintasan
          </h2>
          <div className="flex flex-col gap-3 sm:flex-row sm:flex-wrap">
            <ButtonLink href="/admin/akun">Kelola akun</ButtonLink>
            <ButtonLink href="/admin/akun/baru" variant="secondary">
              Buat akun baru
            </ButtonLink>
            <ButtonLink href="/admin/wilayah?operator=tanpa" variant="secondary">
              Kab/kota tanpa operator dinas
            </ButtonLink>
            <ButtonLink href="/admin/kategori" variant="secondary">
              Kategori tiket
            </ButtonLink>
            <ButtonLink href="/admin/pengaturan" variant="secondary">
              Pengaturan
            </ButtonLink>
            <ButtonLink href="/admin/audit" variant="secondary">
              Log audit
            </ButtonLink>
          </div>
        </section>
      </Container>
    </>
  );
}
