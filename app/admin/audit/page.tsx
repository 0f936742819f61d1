import type { Metadata } from "next";
import { AdminNav } from "@/components/admin/admin-nav";
import { AuditEntryList } from "@/components/admin/audit-entry-list";
import { AuditFilters } from "@/components/admin/audit-filters";
import { PagedResults } from "@/components/ui/paged-results";
import { Container } from "@/components/ui/container";
import { listAuditEntries } from "@/lib/server/admin";
import { requireRole } from "@/lib/server/auth";
import { getPrisma } from "@/lib/server/database";

export const metadata: Metadata = { title: "Log audit" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function AuditLogPage({ searchParams }: { searchParams: SearchParams }) {
  await requireRole("ADMIN");
  const list = await listAuditEntries(getPrisma(), await searchParams);
  const { page, ...filters } = list.query;
  const isFiltered = Object.values(filters).some((value) => value !== undefined);
  const pager = {
    basePath: "/admin/audit",
    params: filters,
    page,
    pageSize: list.pageSize,
    total: list.total,
    noun: "entri",
  };
  return (
    <>
      <AdminNav current="audit" />
      <Container className="space-y-6 py-8">
        <div>
          <h1 className="text-2xl font-bold text-brand-800">Log audit</h1>
          <p className="mt-1 text-muted">
            Masuk, keluar dan perubahan akun, terbaru di atas. Waktu dalam WIB. Kata sandi tidak pernah dicatat.
          </p>
        </div>
        <AuditFilters query={list.query} />
        <PagedResults
          id="entri"
          heading="Entri log audit"
          pager={pager}
          isFiltered={isFiltered}
          empty={{ filtered: "Tidak ada entri yang cocok dengan filter ini.", none: "Log audit masih kosong." }}
        >
          {list.rows.length > 0 ? <AuditEntryList rows={list.rows} /> : null}
        </PagedResults>
      </Container>
    </>
  );
}
