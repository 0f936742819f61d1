import type { Metadata } from "next";
import { AdminNav } from "@/components/admin/admin-nav";
import { formatCount } from "@/components/admin/format";
import { Panel } from "@/components/admin/panel";
import { CategoryForm } from "@/components/categories/category-form";
import { CategoryList } from "@/components/categories/category-list";
import { Container } from "@/components/ui/container";
import { createCategoryAction } from "@/lib/actions/category-actions";
import { requireRole } from "@/lib/server/auth";
import { listCategoriesForAdmin } from "@/lib/server/admin";
import { getPrisma } from "@/lib/server/database";

export const metadata: Metadata = { title: "Kategori tiket" };

export default async function CategoriesPage() {
  await requireRole("ADMIN");
  const rows = await listCategoriesForAdmin(getPrisma());
  const active = rows.filter((row) => row.isActive).length;
  return (
    <>
      <AdminNav current="kategori" />
      <Container className="space-y-6 py-8">
        <div>
          <h1 className="text-2xl font-bold text-brand-800">Kategori tiket</h1>
          <p className="mt-1 text-muted">
            {formatCount(active)} aktif, {formatCount(rows.length - active)} dipensiunkan. Kategori aktif ditawarkan di
            formulir tiket baru dan di Loket ULT, dalam urutan ini.
          </p>
        </div>
        <section aria-labelledby="daftar-kategori" className="space-y-3">
          <h2 id="daftar-kategori" className="sr-only">
            Daftar kategori
          </h2>
          {rows.length > 0 ? (
            <CategoryList rows={rows} />
          ) : (
            <p role="status" className="rounded-lg border border-line bg-white p-4">
              Belum ada kategori. Tambahkan kategori pertama di bawah.
            </p>
          )}
        </section>
        <div className="max-w-xl">
          <Panel id="tambah-kategori" title="Tambah kategori">
            <CategoryForm action={createCategoryAction} />
          </Panel>
        </div>
      </Container>
    </>
  );
}
