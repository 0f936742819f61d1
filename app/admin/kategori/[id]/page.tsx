import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AdminNav } from "@/components/admin/admin-nav";
import { ActiveBadge } from "@/components/admin/badges";
import { formatCount } from "@/components/admin/format";
import { Panel } from "@/components/admin/panel";
import { CategoryForm } from "@/components/categories/category-form";
import { CategoryStatusForm } from "@/components/categories/category-status-form";
import { Container } from "@/components/ui/container";
import { setCategoryActiveAction, updateCategoryAction } from "@/lib/actions/category-actions";
import { requireRole } from "@/lib/server/auth";
import { getCategoryForAdmin } from "@/lib/server/admin";
import { getPrisma } from "@/lib/server/database";

export const metadata: Metadata = { title: "Ubah kategori" };

export default async function CategoryPage({ params }: { params: Promise<{ id: string }> }) {
  await requireRole("ADMIN");
  const { id } = await params;
  const category = await getCategoryForAdmin(getPrisma(), id);
  if (!category) notFound();
  return (
    <>
      <AdminNav current="kategori" isSectionPage={false} />
      <Container className="max-w-xl space-y-6 py-8">
        <p className="text-sm">
          <a href="/admin/kategori" className="font-semibold text-brand-700 underline underline-offset-2">
            ‹ Daftar kategori
          </a>
        </p>
        <div className="space-y-2">
          <h1 className="text-2xl font-bold break-words text-brand-800">{category.name}</h1>
          <p className="text-muted">
            Kode {category.code} · dipakai {formatCount(category.ticketCount)} tiket
          </p>
          <p>
            <ActiveBadge isActive={category.isActive} />
          </p>
        </div>
        <Panel id="ubah-kategori" title="Ubah nama, deskripsi dan urutan">
          <p className="text-sm text-muted">
            Nama baru langsung tampil di semua tiket kategori ini, termasuk tiket lama dan laporan.
          </p>
          <CategoryForm action={updateCategoryAction} category={category} />
        </Panel>
        <Panel id="status-kategori" title={category.isActive ? "Pensiunkan" : "Aktifkan kembali"}>
          <CategoryStatusForm action={setCategoryActiveAction} categoryId={category.id} isActive={category.isActive} />
        </Panel>
      </Container>
    </>
  );
}
