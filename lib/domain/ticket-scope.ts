// Which tickets an actor may list, as a description that lib/server turns into a Prisma `where`.
// Scoping inside the query (not fetching then checking) is what keeps one district out of another's data.
// `isTicketInScope` is the same rule applied to one ticket; the unit tests prove it agrees with
// `can(actor, "ticket.view", ticket)` for every role, so the list and the detail page never disagree.

import type { Actor, TicketSnapshot } from "./types";

export type TicketScope =
  /** Tickets asked by this school (askerType SEKOLAH, schoolId). */
  | { kind: "school"; schoolId: string }
  /** SEKOLAH-asked tickets of schools in the kab/kota (any tier) + the office's own DINAS-asked tickets. */
  | { kind: "district"; regencyCode: string }
  /** Tickets currently at tier HELPDESK (escalated, forwarded, DINAS-asked, walk-in). */
  | { kind: "helpdesk" }
  | { kind: "all" }
  | { kind: "none" };

export function ticketScopeOf(actor: Actor): TicketScope {
  switch (actor.role) {
    case "SEKOLAH":
      return actor.schoolId === null ? { kind: "none" } : { kind: "school", schoolId: actor.schoolId };
    case "DINAS":
      return actor.regencyCode === null ? { kind: "none" } : { kind: "district", regencyCode: actor.regencyCode };
    case "HELPDESK":
      return { kind: "helpdesk" };
    case "SUPERVISOR":
      return { kind: "all" };
    case "ADMIN":
      // Admins manage accounts and master data; tickets are not theirs to read.
      return { kind: "none" };
  }
}

export function isTicketInScope(
  scope: TicketScope,
  ticket: Pick<TicketSnapshot, "askerType" | "schoolId" | "regencyCode" | "tier">,
): boolean {
  switch (scope.kind) {
    case "school":
      return ticket.askerType === "SEKOLAH" && ticket.schoolId === scope.schoolId;
    case "district":
      return ticket.regencyCode === scope.regencyCode;
    case "helpdesk":
      return ticket.tier === "HELPDESK";
    case "all":
      return true;
    case "none":
      return false;
  }
}
