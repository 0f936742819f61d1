import type { Metadata } from "next";
import { AdminNav } from "@/components/admin/admin-nav";
import { formatCount } from "@/components/admin/format";
import { RegencyFilters } from "@/components/regions/regency-filters";
import { RegencyList } from "@/components/regions/regency-list";
import { Container } from "@/components/ui/container";
import { PagedResults } from "@/components/ui/paged-results";
import { requireRole } from "@/lib/server/auth";
import { getPrisma } from "@/lib/server/database";
import { countRegenciesWithoutOperator, listProvinces, listRegencies } from "@/lib/server/admin";

export const metadata: Metadata = { title: "Kabupaten/kota" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function RegenciesPage({ searchParams }: { searchParams: SearchParams }) {
  await requireRole("ADMIN");
  const prisma = getPrisma();
  const [list, provinces, withoutOperator] = await Promise.all([
    listRegencies(prisma, await searchParams),
    listProvinces(prisma),
    countRegenciesWithoutOperator(prisma),
  ]);
  const { page, ...filters } = list.query;
  const isFiltered = Object.values(filters).some((value) => value !== undefined);
  const pager = {
    basePath: "/admin/wilayah",
    params: filters,
    page,
    pageSize: list.pageSize,
    total: list.total,
    noun: "kabupaten/kota",
  };
  return (
    <>
      <AdminNav current="wilayah" />
      <Container className="space-y-6 py-8">
        <div>
          <h1 className="text-2xl font-bold text-brand-800">Kabupaten/kota</h1>
          <p className="mt-1 text-muted">
            Setiap kabupaten/kota dengan jumlah sekolah aktif, operator Dinas Pendidikan yang aktif, dan tiket yang
            masih berjalan.
          </p>
        </div>
        {withoutOperator > 0 && (
          <div className="rounded-lg border border-red-700/40 bg-red-50 p-4 text-red-900">
            <p>
              <strong>{formatCount(withoutOperator)} kabupaten/kota</strong> punya sekolah aktif tetapi tidak punya
              operator dinas aktif: pertanyaan sekolahnya tidak dijawab siapa pun sampai diteruskan otomatis ke
              helpdesk.
            </p>
            {filters.operator !== "tanpa" && (
              <p className="mt-2">
                <a
                  href="/admin/wilayah?operator=tanpa"
                  className="inline-flex min-h-11 items-center font-semibold text-red-900 underline underline-offset-2"
                >
                  Tampilkan kabupaten/kota tanpa operator dinas
                </a>
              </p>
            )}
          </div>
        )}
        <RegencyFilters query={list.query} provinces={provinces} />
        <PagedResults
          id="hasil"
          heading="Daftar kabupaten/kota"
          pager={pager}
          isFiltered={isFiltered}
          empty={{
            filtered: "Tidak ada kabupaten/kota yang cocok dengan filter ini.",
            none: "Belum ada data kabupaten/kota.",
          }}
        >
          {list.rows.length > 0 ? <RegencyList rows={list.rows} /> : null}
        </PagedResults>
      </Container>
    </>
  );
}
