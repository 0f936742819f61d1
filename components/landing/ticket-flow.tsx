import { AnswerButtonsNote } from "./answer-buttons-note";
import type { ServiceDurations } from "@/lib/server/pages";
import { FlowSteps, type FlowStep } from "./flow-steps";
import { formatDays } from "./format-duration";
import { Section } from "./section";

/** A duration never breaks across lines ("3 / hari"). */
function Days({ children }: { children: string }) {
  return <strong className="whitespace-nowrap">{children}</strong>;
}

function schoolSteps(escalation: string, expiry: string): FlowStep[] {
  return [
    {
      actor: "sekolah",
      title: "Sekolah mengajukan pertanyaan",
      body: "Operator sekolah masuk, menulis pertanyaannya, dan satu tiket baru terbuka.",
    },
    {
      actor: "dinas",
      title: "Dinas kabupaten/kota menjawab",
      body:
        "Tiket masuk ke kotak masuk operator dinas pendidikan kabupaten/kota tempat sekolah berada. " +
        "Dinas menjawab atau meneruskannya ke helpdesk.",
    },
    {
      actor: "helpdesk",
      title: "Diteruskan otomatis ke helpdesk",
      body: (
        <>
          Bila belum selesai dalam <Days>{escalation}</Days> sejak tiket dibuka, tiket diteruskan otomatis ke tim
          helpdesk Dapodik PAUD dan Dikmas.
        </>
      ),
    },
    {
      actor: "sekolah",
      title: "Tiket selesai",
      body: (
        <>
          Tanya jawab berlanjut sampai operator sekolah menutup tiket, atau berakhir otomatis bila <Days>{expiry}</Days>{" "}
          tidak ada tanggapan.
        </>
      ),
    },
  ];
}

function dinasSteps(answer: string, expiry: string): FlowStep[] {
  return [
    {
      actor: "dinas",
      title: "Dinas mengajukan pertanyaan",
      body: "Pertanyaan operator dinas kabupaten/kota langsung masuk ke kotak masuk tim helpdesk.",
    },
    {
      actor: "helpdesk",
      title: "Helpdesk menjawab",
      body: (
        <>
          Tim helpdesk menjawab paling lambat <Days>{answer}</Days> setelah pertanyaan diajukan.
        </>
      ),
    },
    {
      actor: "dinas",
      title: "Tiket selesai",
      body: (
        <>
          Tanya jawab berlanjut sampai operator dinas menutup tiket, atau berakhir otomatis bila <Days>{expiry}</Days>{" "}
          tidak ada tanggapan.
        </>
      ),
    },
  ];
}

export function TicketFlow({ durations }: { durations: ServiceDurations }) {
  const escalation = formatDays(durations.escalationDays);
  const answer = formatDays(durations.helpdeskAnswerDays);
  const expiry = formatDays(durations.expiryDays);

  return (
    <Section
      id="alur"
      title="Perjalanan sebuah pertanyaan"
      lead="Setiap pertanyaan menjadi satu tiket: dari sekolah ke dinas kabupaten/kota, lalu bila perlu ke helpdesk pusat."
      className="border-y border-line bg-white"
    >
      <h3 className="mb-4 text-lg font-semibold text-brand-800">Pertanyaan dari sekolah</h3>
      <FlowSteps label="Alur pertanyaan dari sekolah" columns={4} steps={schoolSteps(escalation, expiry)} />
      <AnswerButtonsNote />

      <h3 className="mt-10 mb-4 text-lg font-semibold text-brand-800">Pertanyaan dari dinas kabupaten/kota</h3>
      <FlowSteps label="Alur pertanyaan dari dinas" columns={3} steps={dinasSteps(answer, expiry)} />
    </Section>
  );
}
