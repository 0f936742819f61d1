// How the conversation page names a ticket's parties and tier (states: the lists' labels and badges).
import type { Role, Tier } from "@/lib/domain";
import type { TicketDetail } from "@/lib/server/tickets";

/** The tier in the page header (the lists say just "Dinas" / "Helpdesk"). */
export const TIER_LABEL: Record<Tier, string> = {
  DINAS: "Ditangani Dinas",
  HELPDESK: "Ditangani Helpdesk",
};

/** "Dinas Pendidikan Kota Semarang" */
export function dinasOffice(regencyName: string): string {
  return `Dinas Pendidikan ${regencyName}`;
}

/** Who holds the ticket now (or held it last, once it ended). */
export function holderOf(ticket: Pick<TicketDetail, "tier" | "regency">): string {
  return ticket.tier === "DINAS" ? dinasOffice(ticket.regency.name) : "Tim Helpdesk Dapodik PAUD & Dikmas";
}

/** What an author is to this ticket, e.g. "Operator sekolah", "Dinas Pendidikan Kota Semarang". */
export function authorRoleLabel(role: Role, ticket: Pick<TicketDetail, "regency">): string {
  switch (role) {
    case "SEKOLAH":
      return "Operator sekolah";
    case "DINAS":
      return dinasOffice(ticket.regency.name);
    case "HELPDESK":
      return "Tim Helpdesk";
    case "SUPERVISOR":
      return "Supervisor Helpdesk";
    case "ADMIN":
      return "Administrator";
  }
}

/** Where the asker opens a follow-up ticket. */
export function followUpHref(ticket: Pick<TicketDetail, "id" | "askerType">): string {
  const base = ticket.askerType === "SEKOLAH" ? "/sekolah/tiket/baru" : "/dinas/pertanyaan/baru";
  return `${base}?lanjutan=${encodeURIComponent(ticket.id)}`;
}
