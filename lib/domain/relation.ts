// Who the actor is *to this ticket*. Permissions are granted to relations, not roles, because the same
// DINAS account is the asker on its own questions and the handler on its schools' questions.

import type { Actor, TicketSnapshot } from "./types";

export const RELATIONS = ["ASKER", "DINAS_HANDLER", "HELPDESK", "SUPERVISOR", "ADMIN", "NONE"] as const;
export type Relation = (typeof RELATIONS)[number];

type TicketParties = Pick<TicketSnapshot, "askerType" | "schoolId" | "regencyCode">;

export function relationOf(actor: Actor, ticket: TicketParties): Relation {
  switch (actor.role) {
    case "SEKOLAH":
      // Any operator of the asking school acts for it: schools have several operators who share the work.
      return ticket.askerType === "SEKOLAH" && actor.schoolId !== null && actor.schoolId === ticket.schoolId
        ? "ASKER"
        : "NONE";
    case "DINAS":
      // Never another district's tickets, whatever their tier.
      if (actor.regencyCode === null || actor.regencyCode !== ticket.regencyCode) return "NONE";
      return ticket.askerType === "DINAS" ? "ASKER" : "DINAS_HANDLER";
    case "HELPDESK":
      return "HELPDESK";
    case "SUPERVISOR":
      return "SUPERVISOR";
    case "ADMIN":
      return "ADMIN";
  }
}

/** Staff see who is assigned; askers and the district only see that the helpdesk handles it. */
export function isStaff(relation: Relation): boolean {
  return relation === "HELPDESK" || relation === "SUPERVISOR";
}
