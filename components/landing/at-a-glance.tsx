import type { ServiceDurations } from "@/lib/server/pages";
import { formatDays } from "./format-duration";

/** The three clocks in one card, beside the hero on wide screens (the flow section explains them in full). */
export function AtAGlance({ durations }: { durations: ServiceDurations }) {
  const rows = [
    {
      value: durations.escalationDays,
      text: "Pertanyaan sekolah yang belum selesai di dinas diteruskan otomatis ke helpdesk.",
    },
    {
      value: durations.helpdeskAnswerDays,
      text: "Batas waktu helpdesk menjawab pertanyaan dari dinas kabupaten/kota.",
    },
    { value: durations.expiryDays, text: "Tanpa tanggapan selama ini, tiket berakhir otomatis." },
  ];
  return (
    <aside aria-labelledby="sekilas-judul" className="hidden rounded-xl border border-brand-200 bg-white p-6 lg:block">
      <h2 id="sekilas-judul" className="text-sm font-semibold tracking-wide text-brand-700 uppercase">
        Sekilas
      </h2>
      <dl className="mt-4 space-y-4">
        {rows.map((row) => (
          <div key={row.text} className="flex items-baseline gap-4">
            <dt className="min-w-20 shrink-0 text-2xl font-bold whitespace-nowrap text-brand-800">
              {formatDays(row.value)}
            </dt>
            <dd className="text-ink">{row.text}</dd>
          </div>
        ))}
      </dl>
    </aside>
  );
}
