import type { Metadata } from "next";
import { ButtonLink } from "@/components/ui/button-link";
import { Container } from "@/components/ui/container";
import { ROLE_LABEL } from "@/lib/domain/roles";
import { homeOf, requireUser } from "@/lib/server/auth";

export const metadata: Metadata = { title: "Tidak berwenang" };

export default async function ForbiddenPage() {
  const user = await requireUser();
  return (
    <Container className="max-w-xl py-10">
      <h1 className="mb-3 text-2xl font-bold text-brand-800">Halaman ini bukan untuk akun Anda</h1>
      <p className="mb-6">
        Anda masuk sebagai <strong>{ROLE_LABEL[user.actor.role]}</strong>. Halaman yang Anda buka hanya untuk peran
        lain.
      </p>
      <ButtonLink href={homeOf(user)}>Ke beranda saya</ButtonLink>
    </Container>
  );
}
