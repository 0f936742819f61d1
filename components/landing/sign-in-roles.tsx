import type { ReactNode } from "react";
import { ButtonLink } from "@/components/ui/button-link";
import { Section } from "./section";

type RoleCard = { who: string; how: ReactNode };

const ROLES: RoleCard[] = [
  {
    who: "Operator Satuan Pendidikan",
    how: (
      <>
        Masuk dengan username dan password akun <strong>Dapodik</strong> Anda, sama seperti saat membuka aplikasi
        Dapodik PAUD dan Dikmas.
      </>
    ),
  },
  {
    who: "Operator Dinas Pendidikan Kabupaten/Kota",
    how: (
      <>
        Masuk dengan akun yang <strong>diberikan oleh tim helpdesk</strong> Dapodik PAUD dan Dikmas. Belum punya?
        Mintalah kepada tim helpdesk.
      </>
    ),
  },
  {
    who: "Tim helpdesk, supervisor, dan admin",
    how: <>Masuk dengan akun yang dibuatkan oleh admin.</>,
  },
];

export function SignInRoles() {
  return (
    <Section id="masuk-siapa" title="Siapa yang bisa masuk">
      <ul role="list" className="grid gap-4 md:grid-cols-3">
        {ROLES.map((role) => (
          <li key={role.who} className="rounded-xl border border-line bg-white p-5">
            <h3 className="font-semibold text-brand-800">{role.who}</h3>
            <p className="mt-2 text-ink">{role.how}</p>
          </li>
        ))}
      </ul>
      <div className="mt-6">
        <ButtonLink href="/masuk">Masuk</ButtonLink>
      </div>
    </Section>
  );
}
