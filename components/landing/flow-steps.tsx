import type { ReactNode } from "react";

export type FlowActor = "sekolah" | "dinas" | "helpdesk";

export type FlowStep = { actor: FlowActor; title: string; body: ReactNode };

const ACTOR_LABEL: Record<FlowActor, string> = {
  sekolah: "Sekolah",
  dinas: "Dinas kab/kota",
  helpdesk: "Helpdesk pusat",
};

// The label always names the actor, so colour is never the only cue.
const ACTOR_STYLE: Record<FlowActor, string> = {
  sekolah: "border-brand-200 bg-brand-50 text-brand-800",
  dinas: "border-accent-100 bg-accent-100 text-accent-700",
  helpdesk: "border-brand-700 bg-brand-700 text-white",
};

// Literal class names so Tailwind sees them.
const COLUMNS = { 3: "lg:grid-cols-3", 4: "lg:grid-cols-4" } as const;

type FlowStepsProps = { steps: FlowStep[]; columns: keyof typeof COLUMNS; label: string };

/** An ordered list drawn as a timeline: vertical on phones, horizontal on wide screens. */
export function FlowSteps({ steps, columns, label }: FlowStepsProps) {
  return (
    <ol role="list" aria-label={label} className={`grid lg:gap-4 ${COLUMNS[columns]}`}>
      {steps.map((step, index) => (
        <li key={step.title} className="group relative pb-6 pl-14 last:pb-0 lg:pt-14 lg:pb-0 lg:pl-0">
          <span
            aria-hidden="true"
            className="absolute top-10 bottom-0 left-5 w-0.5 -translate-x-1/2 bg-brand-200 group-last:hidden lg:top-5 lg:right-[-1rem] lg:bottom-auto lg:left-10 lg:h-0.5 lg:w-auto lg:translate-x-0"
          />
          <span
            aria-hidden="true"
            className="absolute top-0 left-0 flex size-10 items-center justify-center rounded-full bg-brand-700 text-lg font-bold text-white"
          >
            {index + 1}
          </span>
          <div className="rounded-xl border border-line bg-white p-4 lg:h-full">
            <p className="flex flex-wrap items-center gap-2">
              <span className="sr-only">Langkah {index + 1}:</span>
              <span className={`rounded-full border px-2.5 py-0.5 text-xs font-semibold ${ACTOR_STYLE[step.actor]}`}>
                {ACTOR_LABEL[step.actor]}
              </span>
            </p>
            <p className="mt-2 font-semibold text-brand-900">{step.title}</p>
            <p className="mt-1 text-ink">{step.body}</p>
          </div>
        </li>
      ))}
    </ol>
  );
}
