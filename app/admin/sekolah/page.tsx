import type { Metadata } from "next";
import { AdminNav } from "@/components/admin/admin-nav";
import { PagedResults } from "@/components/ui/paged-results";
import { SCHOOL_SECTION } from "@/components/schools/admin-section";
import { SchoolFilters } from "@/components/schools/school-filters";
import { SchoolList } from "@/components/schools/school-list";
import { ButtonLink } from "@/components/ui/button-link";
import { Container } from "@/components/ui/container";
import { listRegencyOptions } from "@/lib/server/admin";
import { requireRole } from "@/lib/server/auth";
import { getPrisma } from "@/lib/server/database";
import { listSchools } from "@/lib/server/schools";

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
        <PagedResults
          id="hasil"
          heading="Daftar sekolah"
          pager={pager}
          isFiltered={isFiltered}
          empty={{
            filtered: "Tidak ada sekolah yang cocok dengan filter ini.",
            none: "Belum ada sekolah. Impor data dari Dapodik.",
          }}
        >
          {list.rows.length > 0 ? <SchoolList rows={list.rows} /> : null}
        </PagedResults>
      </Container>
    </>
  );
}
