import type { Metadata } from "next";
import { AccountFilters } from "@/components/admin/account-filters";
import { AccountList } from "@/components/admin/account-list";
import { AdminNav } from "@/components/admin/admin-nav";
import { Pager } from "@/components/ui/pager";
import { ButtonLink } from "@/components/ui/button-link";
import { Container } from "@/components/ui/container";
import { listAccounts } from "@/lib/server/admin";
import { requireRole } from "@/lib/server/auth/session";
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
        <section aria-labelledby="hasil" className="space-y-4">
          <h2 id="hasil" className="sr-only">
            Daftar akun
          </h2>
          {list.rows.length > 0 ? (
            <>
              <Pager {...pager} label="Halaman (atas)" />
              <AccountList rows={list.rows} />
              <Pager {...pager} label="Halaman (bawah)" />
            </>
          ) : list.total > 0 ? (
            <Pager {...pager} />
          ) : (
            <p role="status" className="rounded-lg border border-line bg-white p-4">
              {isFiltered ? "Tidak ada akun yang cocok dengan filter ini." : "Belum ada akun."}
            </p>
          )}
        </section>
      </Container>
    </>
  );
}
