import { Section } from "./section";

const TIPS = [
  {
    title: "Siapkan NPSN",
    body: "Sertakan NPSN satuan pendidikan (atau nama kabupaten/kota untuk dinas) dan versi aplikasi Dapodik yang dipakai.",
  },
  {
    title: "Lampirkan tangkapan layar",
    body: "Foto atau tangkapan layar pesan kesalahan membantu petugas memahami masalah tanpa banyak tanya ulang.",
  },
  {
    title: "Satu pertanyaan, satu tiket",
    body: "Masalah yang berbeda sebaiknya diajukan di tiket terpisah agar masing-masing bisa dijawab dan ditutup.",
  },
  {
    title: "Tulis langkah yang sudah dicoba",
    body: "Ceritakan apa yang Anda lakukan sebelum kesalahan muncul dan apa yang sudah dicoba.",
  },
];

export function BeforeAsking() {
  return (
    <Section
      id="sebelum-bertanya"
      title="Sebelum bertanya"
      lead="Agar jawaban datang lebih cepat:"
      className="border-t border-line bg-white"
    >
      <ul role="list" className="grid gap-4 sm:grid-cols-2">
        {TIPS.map((tip) => (
          <li key={tip.title} className="rounded-xl border border-line bg-page p-5">
            <h3 className="font-semibold text-brand-800">{tip.title}</h3>
            <p className="mt-1 text-ink">{tip.body}</p>
          </li>
        ))}
      </ul>
    </Section>
  );
}
