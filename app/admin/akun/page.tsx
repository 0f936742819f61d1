import type { Metadata } from "next";
import { AccountFilters } from "@/components/admin/account-filters";
import { AccountList } from "@/components/admin/account-list";
import { AdminNav } from "@/components/admin/admin-nav";
import { PagedResults } from "@/components/ui/paged-results";
import { ButtonLink } from "@/components/ui/button-link";
import { Container } from "@/components/ui/container";
import { listAccounts } from "@/lib/server/admin";
import { requireRole } from "@/lib/server/auth";
import { getPrisma } from "@/lib/server/database";

export const metadata: Metadata = { title: "Akun" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function AccountsPage({ searchParams }: { searchParams: SearchParams }) {
  await requireRole("ADMIN");
  const list = await listAccounts(getPrisma(), await searchParams);
  const { page, ...filters } = list.query;
  const isFiltered = Object.values(filters).some((value) => value !== undefined);
  const pager = {
    basePath: "/admin/akun",
    params: filters,
    page,
    pageSize: list.pageSize,
    total: list.total,
    noun: "akun",
  };
  return (
    <>
      <AdminNav current="akun" />
      <Container className="space-y-6 py-8">
        <div className="flex flex-wrap items-end justify-between gap-3">
          <div>
            <h1 className="text-2xl font-bold text-brand-800">Akun</h1>
            <p className="mt-1 text-muted">Urut menurut peran, lalu nama pengguna.</p>
          </div>
          <ButtonLink href="/admin/akun/baru">Buat akun baru</ButtonLink>
        </div>
        <AccountFilters query={list.query} />
        <PagedResults
          id="hasil"
          heading="Daftar akun"
          pager={pager}
          isFiltered={isFiltered}
          empty={{ filtered: "Tidak ada akun yang cocok dengan filter ini.", none: "Belum ada akun." }}
        >
          {list.rows.length > 0 ? <AccountList rows={list.rows} /> : null}
        </PagedResults>
      </Container>
    </>
  );
}
