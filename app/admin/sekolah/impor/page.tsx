import type { Metadata } from "next";
import { AdminNav } from "@/components/admin/admin-nav";
import { SCHOOL_SECTION } from "@/components/schools/admin-section";
import { ImportColumns } from "@/components/schools/import-columns";
import { ImportForm } from "@/components/schools/import-form";
import { Container } from "@/components/ui/container";
import { requireRole } from "@/lib/server/auth";

export const metadata: Metadata = { title: "Impor data sekolah" };

export default async function SchoolImportPage() {
  await requireRole("ADMIN");
  return (
    <>
      <AdminNav current={SCHOOL_SECTION} isSectionPage={false} />
      <Container className="max-w-3xl space-y-6 py-8">
        <p className="text-sm">
          <a href="/admin/sekolah" className="font-semibold text-brand-700 underline underline-offset-2">
            ‹ Daftar sekolah
          </a>
        </p>
        <div>
          <h1 className="text-2xl font-bold text-brand-800">Impor data sekolah</h1>
          <p className="mt-1 text-muted">
            Dari berkas CSV ekspor Dapodik. Sekolah dicocokkan menurut NPSN: yang baru ditambahkan, yang berubah
            diperbarui, yang sama tidak disentuh. Sekolah yang pindah kabupaten/kota membawa tiketnya yang masih
            berjalan ke Dinas Pendidikan yang baru.
          </p>
        </div>
        <noscript>
          <p className="rounded-lg border border-accent-700/30 bg-accent-100 p-3">
            Halaman impor memerlukan JavaScript untuk mengunggah dan menampilkan kemajuan. Tanpa JavaScript, gunakan
            perintah <code>npx tsx scripts/import-schools.ts berkas.csv</code> di server.
          </p>
        </noscript>
        <ImportForm />
        <ImportColumns />
      </Container>
    </>
  );
}
