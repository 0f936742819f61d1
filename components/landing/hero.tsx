import { ButtonLink } from "@/components/ui/button-link";
import { Container } from "@/components/ui/container";
import { AtAGlance } from "./at-a-glance";
import type { ServiceDurations } from "@/lib/server/pages";

const UNIT_TYPES = ["TK", "KB", "TPA", "SPS", "PKBM", "SKB", "LKP"];

export function Hero({ durations }: { durations: ServiceDurations }) {
  return (
    <section aria-labelledby="judul-utama" className="border-b border-line bg-brand-50">
      <Container className="grid items-center gap-10 py-10 sm:py-14 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <div>
          <p className="text-sm font-semibold tracking-wide text-brand-700 uppercase">Layanan bantuan Dapodik</p>
          <h1 id="judul-utama" className="mt-2 text-3xl leading-tight font-bold text-brand-900 sm:text-4xl">
            Helpdesk Dapodik <span className="whitespace-nowrap">PAUD &amp; Dikmas</span>
          </h1>
          <p className="mt-4 max-w-2xl text-lg text-ink">
            Tempat operator satuan pendidikan dan operator dinas pendidikan kabupaten/kota menanyakan kendala dalam
            aplikasi Dapodik PAUD dan Dikmas, lalu memantau jawabannya sampai masalah selesai.
          </p>
          <p className="mt-3 max-w-2xl text-muted">
            Dikelola oleh Sekretariat Direktorat Jenderal PAUD dan Dikmas (Setditjen PAUD dan Dikmas), yang
            mengoordinasikan pengelolaan Dapodik untuk satuan PAUD dan Dikmas.
          </p>
          <ul aria-label="Jenis satuan pendidikan" className="mt-5 flex flex-wrap gap-2" role="list">
            {UNIT_TYPES.map((type) => (
              <li
                key={type}
                className="rounded-full border border-brand-200 bg-white px-3 py-1 text-sm font-medium text-brand-800"
              >
                {type}
              </li>
            ))}
          </ul>
          <div className="mt-7 flex flex-wrap gap-3">
            <ButtonLink href="/masuk">Masuk</ButtonLink>
            <ButtonLink href="#alur" variant="secondary">
              Lihat alur pertanyaan
            </ButtonLink>
          </div>
        </div>
        <AtAGlance durations={durations} />
      </Container>
    </section>
  );
}
