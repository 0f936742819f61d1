import { firstParam, type SearchParams } from "@/lib/shared/search-params";
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { ForgetDeviceDrafts } from "@/components/auth/forget-device-drafts";
import { SignInForm } from "@/components/auth/sign-in-form";
import { Container } from "@/components/ui/container";
import { getCurrentUser, homeOf } from "@/lib/server/auth";

export const metadata: Metadata = { title: "Masuk" };

const NOTICES: Record<string, string> = {
  keluar: "Anda sudah keluar.",
  "sandi-diganti": "Kata sandi sudah diganti. Silakan masuk dengan kata sandi baru.",
  "sesi-berakhir": "Sesi Anda berakhir. Silakan masuk kembali.",
};

export default async function SignInPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await getCurrentUser();
  if (user) redirect(homeOf(user));
  const pesan = firstParam((await searchParams).pesan);
  const notice = pesan ? NOTICES[pesan] : undefined;
  return (
    <Container className="max-w-md py-8">
      <h1 className="mb-2 text-2xl font-bold text-brand-800">Masuk</h1>
      <p className="mb-6 text-muted">
        Operator satuan pendidikan memakai akun <strong>Dapodik</strong>. Operator dinas pendidikan kabupaten/kota
        memakai akun yang diberikan tim Helpdesk.
      </p>
      {notice && (
        <p role="status" className="mb-4 rounded-lg border border-brand-200 bg-brand-50 p-3">
          {notice}
        </p>
      )}
      {pesan === "keluar" && <ForgetDeviceDrafts />}
      <SignInForm callbackUrl="/beranda" />
    </Container>
  );
}
