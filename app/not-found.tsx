import type { Metadata } from "next";
import { ButtonLink } from "@/components/ui/button-link";
import { Container } from "@/components/ui/container";

export const metadata: Metadata = {
  title: "Halaman tidak ditemukan",
};

export default function NotFound() {
  return (
    <Container className="py-16">
      <p className="text-sm font-semibold tracking-wide text-brand-700 uppercase">Galat 404</p>
      <h1 className="mt-2 text-3xl font-bold text-brand-900">Halaman tidak ditemukan</h1>
      <p className="mt-4 max-w-xl text-ink">
        Alamat yang Anda buka tidak ada atau sudah dipindahkan. Periksa kembali alamatnya, atau kembali ke beranda.
      </p>
      <div className="mt-6 flex flex-wrap gap-3">
        <ButtonLink href="/">Kembali ke beranda</ButtonLink>
        <ButtonLink href="/masuk" variant="secondary">
          Masuk
        </ButtonLink>
      </div>
    </Container>
  );
}
