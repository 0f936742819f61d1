import { FORM_LABEL, STATUS_LABEL } from "@/lib/shared/schools";
import type { RegencyChoice, SchoolChoice } from "@/lib/server/schools";

export type CounterVisitor = { kind: "SEKOLAH"; school: SchoolChoice } | { kind: "DINAS"; regency: RegencyChoice };

/** Who is at the counter, with a way back to the search when the wrong one was picked. */
export function VisitorCard({ visitor }: { visitor: CounterVisitor }) {
  return (
    <section
      aria-labelledby="pengunjung"
      className="flex flex-wrap items-start justify-between gap-3 rounded-lg border-2 border-brand-700 bg-brand-50 p-4"
    >
      <div className="min-w-0">
        <h2 id="pengunjung" className="text-sm font-bold tracking-wide text-muted uppercase">
          {visitor.kind === "SEKOLAH" ? "Operator satuan pendidikan" : "Operator Dinas Pendidikan"}
        </h2>
        {visitor.kind === "SEKOLAH" ? (
          <>
            <p className="text-xl font-bold break-words text-brand-800">{visitor.school.name}</p>
            <p>
              NPSN {visitor.school.npsn} · {FORM_LABEL[visitor.school.form]} · {STATUS_LABEL[visitor.school.status]}
            </p>
            <p className="text-muted">
              {visitor.school.regencyName}, {visitor.school.provinceName}
            </p>
          </>
        ) : (
          <>
            <p className="text-xl font-bold break-words text-brand-800">Dinas Pendidikan {visitor.regency.name}</p>
            <p className="text-muted">
              {visitor.regency.code} · {visitor.regency.provinceName}
            </p>
          </>
        )}
      </div>
      <a
        href="/helpdesk/loket"
        className="inline-flex min-h-11 items-center font-semibold text-brand-700 underline underline-offset-2"
      >
        Ganti pengunjung
      </a>
    </section>
  );
}
