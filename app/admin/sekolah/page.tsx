import type { Metadata } from "next";
import { AdminNav } from "@/components/admin/admin-nav";
import { Pager } from "@/components/ui/pager";
import { SCHOOL_SECTION } from "@/components/schools/admin-section";
import { SchoolFilters } from "@/components/schools/school-filters";
import { SchoolList } from "@/components/schools/school-list";
import { ButtonLink } from "@/components/ui/button-link";
import { Container } from "@/components/ui/container";
import { listRegencyOptions } from "@/lib/server/admin";
import { requireRole } from "@/lib/server/auth/session";
import { getPrisma } from "@/lib/server/database";
import { listSchools } from "@/lib/server/schools/school-queries";

export const metadata: Metadata = { title: "Sekolah" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function SchoolsPage({ searchParams }: { searchParams: SearchParams }) {
  await requireRole("ADMIN");
  const prisma = getPrisma();
  const [list, provinces] = await Promise.all([listSchools(prisma, await searchParams), listRegencyOptions(prisma)]);
  const { page, ...filters } = list.query;
  const isFiltered = Object.values(filters).some((value) => value !== undefined);
  const pager = {
    basePath: "/admin/sekolah",
    params: filters,
    page,
    pageSize: list.pageSize,
    total: list.total,
    noun: "sekolah",
  };
  return (
    <>
      <AdminNav current={SCHOOL_SECTION} />
      <Container className="space-y-6 py-8">
        <div className="flex flex-wrap items-end justify-between gap-3">
          <div>
            <h1 className="text-2xl font-bold text-brand-800">Sekolah</h1>
            <p className="mt-1 text-muted">Satuan pendidikan PAUD dan Dikmas, urut menurut nama.</p>
          </div>
          <ButtonLink href="/admin/sekolah/impor">Impor dari Dapodik</ButtonLink>
        </div>
        <SchoolFilters query={list.query} provinces={provinces} />
        <section aria-labelledby="hasil" className="space-y-4">
          <h2 id="hasil" className="sr-only">
            Daftar sekolah
          </h2>
          {list.rows.length > 0 ? (
            <>
              <Pager {...pager} label="Halaman (atas)" />
              <SchoolList rows={list.rows} />
              <Pager {...pager} label="Halaman (bawah)" />
            </>
          ) : list.total > 0 ? (
            <Pager {...pager} />
          ) : (
            <p role="status" className="rounded-lg border border-line bg-white p-4">
              {isFiltered
                ? "Tidak ada sekolah yang cocok dengan filter ini."
                : "Belum ada sekolah. Impor data dari Dapodik."}
            </p>
          )}
        </section>
      </Container>
    </>
  );
}
