import type { Metadata } from "next";
import { AdminNav } from "@/components/admin/admin-nav";
import { NewAccountForm } from "@/components/admin/new-account-form";
import { Container } from "@/components/ui/container";
import { createAccountAction } from "@/lib/actions/account-actions";
import { listRegencyOptions } from "@/lib/server/admin";
import { requireRole } from "@/lib/server/auth";
import { getPrisma } from "@/lib/server/database";

export const metadata: Metadata = { title: "Buat akun baru" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function NewAccountPage({ searchParams }: { searchParams: SearchParams }) {
  await requireRole("ADMIN");
  const provinces = await listRegencyOptions(getPrisma());
  // ?kab=33.74 (from a kab/kota's page): a district operator account for that kab/kota, preselected.
  const { kab } = await searchParams;
  const presetRegencyCode = provinces.some((province) => province.regencies.some((regency) => regency.code === kab))
    ? (kab as string)
    : undefined;
  return (
    <>
      <AdminNav current="akun" isSectionPage={false} />
      <Container className="max-w-xl space-y-6 py-8">
        <p className="text-sm">
          <a href="/admin/akun" className="font-semibold text-brand-700 underline underline-offset-2">
            ‹ Daftar akun
          </a>
        </p>
        <div>
          <h1 className="text-2xl font-bold text-brand-800">Buat akun baru</h1>
          <p className="mt-1 text-muted">
            Untuk operator dinas, tim Helpdesk, supervisor dan admin. Operator satuan pendidikan tidak dibuatkan akun:
            mereka masuk dengan akun Dapodik.
          </p>
        </div>
        <NewAccountForm action={createAccountAction} provinces={provinces} presetRegencyCode={presetRegencyCode} />
      </Container>
    </>
  );
}
