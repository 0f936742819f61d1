import type { ReactNode } from "react";
import { formatDateTime, ROLE_HOME, type Role } from "@/lib/domain";
import type { TicketDetail } from "@/lib/server/tickets";
import { StateBadge, TierBadge } from "../list/badges";
import { STATE_LABEL } from "../list/labels";
import { dinasOffice, holderOf, TIER_LABEL } from "./ticket-labels";
import { isStaff } from "@/lib/domain";

interface TicketHeaderProps {
  ticket: TicketDetail;
  viewerRole: Role;
  timeZone: string;
}

/** Number, subject and badges: which ticket, and where it stands. */
export function TicketHeader({ ticket }: Pick<TicketHeaderProps, "ticket">) {
  return (
    <header className="space-y-2 sm:space-y-3">
      <p className="font-mono text-sm font-semibold text-muted">{ticket.number}</p>
      <h1 className="text-xl font-bold break-words text-brand-900 sm:text-2xl">{ticket.subject}</h1>
      <ul className="flex flex-wrap gap-2" aria-label="Status tiket">
        <li>
          <StateBadge state={ticket.state} label={STATE_LABEL[ticket.state]} />
        </li>
        <li>
          <TierBadge tier={ticket.tier} label={TIER_LABEL[ticket.tier]} />
        </li>
        {ticket.channel === "WALK_IN" && (
          <li className="inline-flex items-center rounded-full border border-slate-500/40 bg-slate-100 px-2.5 py-0.5 text-sm font-semibold text-slate-800">
            Kunjungan loket ULT
          </li>
        )}
      </ul>
    </header>
  );
}

/**
 * The facts about the ticket — category, asker, who holds it, when it was opened — folded below the
 * conversation and its action (a phone's first screen is for the answer), open on a click.
 */
export function TicketFacts({ ticket, viewerRole, timeZone }: TicketHeaderProps) {
  const ticketPath = `${ROLE_HOME[viewerRole]}/tiket`;
  return (
    <details className="rounded-xl border border-line bg-white p-4">
      <summary className="min-h-11 cursor-pointer content-center text-lg font-bold text-brand-800">
        <h2 className="inline">Rincian tiket</h2>
      </summary>
      <dl className="mt-3 grid gap-x-6 gap-y-3 sm:grid-cols-2">
        <Fact term="Kategori">{ticket.category.name}</Fact>
        <Fact term="Penanya">
          <Asker ticket={ticket} />
        </Fact>
        <Fact term={ticket.endedAt ? "Terakhir ditangani oleh" : "Ditangani oleh"}>{holderOf(ticket)}</Fact>
        {isStaff(ticket.relation) && (
          <Fact term="Petugas Helpdesk">{ticket.assignee?.displayName ?? "Belum ditugaskan"}</Fact>
        )}
        <Fact term="Dibuat">
          <time dateTime={ticket.openedAt.toISOString()}>{formatDateTime(ticket.openedAt, timeZone)}</time>
        </Fact>
        {ticket.followUpOf && (
          <Fact term="Lanjutan dari">
            <a href={`${ticketPath}/${ticket.followUpOf.id}`} className="font-semibold text-brand-700 underline">
              Lanjutan dari tiket {ticket.followUpOf.number}
            </a>
          </Fact>
        )}
        {ticket.visitor && (
          <Fact term="Pengunjung loket ULT">
            {ticket.visitor.name ?? "Tanpa nama"}
            {ticket.visitor.phone ? ` · ${ticket.visitor.phone}` : ""}
          </Fact>
        )}
      </dl>
    </details>
  );
}

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="min-w-0">
      <dt className="text-sm font-semibold text-muted">{term}</dt>
      <dd className="break-words">{children}</dd>
    </div>
  );
}

function Asker({ ticket }: { ticket: TicketDetail }) {
  if (ticket.askerType === "SEKOLAH" && ticket.school) {
    return (
      <>
        <span className="block font-semibold">{ticket.school.name}</span>
        <span className="block text-sm text-muted">
          NPSN {ticket.school.npsn} · {ticket.regency.name} · {ticket.asker.displayName}
        </span>
      </>
    );
  }
  return (
    <>
      <span className="block font-semibold">{dinasOffice(ticket.regency.name)}</span>
      <span className="block text-sm text-muted">{ticket.asker.displayName}</span>
    </>
  );
}
