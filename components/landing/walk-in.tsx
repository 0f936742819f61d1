import { Section } from "./section";

export function WalkIn() {
  return (
    <Section id="layanan-langsung" title="Layanan langsung di ULT">
      <div className="grid gap-6 md:grid-cols-2">
        <div className="space-y-3 text-ink">
          <p>
            Operator sekolah maupun dinas pendidikan kabupaten/kota dapat datang langsung ke kantor pusat untuk
            menyampaikan masalahnya.
          </p>
          <p>
            Petugas helpdesk mencatat kunjungan Anda sebagai tiket, sehingga penyelesaiannya tetap bisa dipantau seperti
            pertanyaan yang dikirim lewat laman ini. Bawa NPSN sekolah atau nama kabupaten/kota Anda.
          </p>
        </div>
        <address className="self-start rounded-xl border border-line bg-white p-5 not-italic">
          <p className="font-semibold text-brand-900">
            Unit Layanan Terpadu (ULT) Biro Komunikasi dan Layanan Masyarakat
          </p>
          <p className="mt-2 text-ink">
            Gedung C Lantai Dasar
            <br />
            Jl. Jenderal Sudirman, Jakarta 10270
          </p>
        </address>
      </div>
    </Section>
  );
}
