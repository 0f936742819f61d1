import { describe, expect, it } from "vitest";
import {
  ROLE_PERMISSIONS,
  TICKET_PERMISSIONS,
  authorize,
  can,
  canSeeMessageKind,
  isTicketInScope,
  relationOf,
  ticketScopeOf,
  type MessageKind,
  type RolePermission,
  type TicketPermission,
} from "../../lib/domain";
import {
  ACTOR_NAMES,
  OTHER_REGENCY,
  actors,
  openSchoolTicket,
  situations,
  type ActorName,
  type SituationName,
} from "./fixtures";

const tickets = situations();

describe("relationOf: who the actor is to the ticket", () => {
  it.each<[ActorName, SituationName, string]>([
    ["schoolOperator", "schoolAtDinas", "ASKER"],
    ["schoolColleague", "schoolAtDinas", "ASKER"],
    ["otherSchoolOperator", "schoolAtDinas", "NONE"],
    ["unlinkedSchoolOperator", "schoolAtDinas", "NONE"],
    ["dinasOperator", "schoolAtDinas", "DINAS_HANDLER"],
    ["dinasOperator", "schoolForwarded", "DINAS_HANDLER"],
    ["otherDinasOperator", "schoolAtDinas", "NONE"],
    ["dinasOperator", "dinasAtHelpdesk", "ASKER"],
    ["dinasColleague", "dinasAtHelpdesk", "ASKER"],
    ["otherDinasOperator", "dinasAtHelpdesk", "NONE"],
    ["schoolOperator", "dinasAtHelpdesk", "NONE"],
    ["helpdesk", "schoolAtDinas", "HELPDESK"],
    ["supervisor", "schoolAtDinas", "SUPERVISOR"],
    ["admin", "schoolAtDinas", "ADMIN"],
  ])("%s on %s is %s", (actor, situation, relation) => {
    expect(relationOf(actors[actor], tickets[situation])).toBe(relation);
  });
});

// Who may do what, per situation; every actor not listed must be refused. Ended tickets keep the
// readers and lose every writer.
const WHO_MAY: Record<SituationName, Record<TicketPermission, ActorName[]>> = {
  schoolAtDinas: {
    "ticket.view": ["schoolOperator", "schoolColleague", "dinasOperator", "dinasColleague", "supervisor"],
    "ticket.viewInternal": ["supervisor"],
    "ticket.reply": ["schoolOperator", "schoolColleague", "dinasOperator", "dinasColleague"],
    "ticket.forward": ["dinasOperator", "dinasColleague"],
    "ticket.assign": [],
    "ticket.note": [],
    "ticket.close": ["schoolOperator", "schoolColleague"],
  },
  schoolForwarded: {
    "ticket.view": [
      "schoolOperator",
      "schoolColleague",
      "dinasOperator",
      "dinasColleague",
      "helpdesk",
      "helpdeskColleague",
      "supervisor",
    ],
    "ticket.viewInternal": ["helpdesk", "helpdeskColleague", "supervisor"],
    "ticket.reply": ["schoolOperator", "schoolColleague", "helpdesk", "helpdeskColleague"],
    "ticket.forward": [],
    "ticket.assign": ["helpdesk", "helpdeskColleague", "supervisor"],
    "ticket.note": ["helpdesk", "helpdeskColleague"],
    "ticket.close": ["schoolOperator", "schoolColleague"],
  },
  dinasAtHelpdesk: {
    "ticket.view": ["dinasOperator", "dinasColleague", "helpdesk", "helpdeskColleague", "supervisor"],
    "ticket.viewInternal": ["helpdesk", "helpdeskColleague", "supervisor"],
    "ticket.reply": ["dinasOperator", "dinasColleague", "helpdesk", "helpdeskColleague"],
    "ticket.forward": [],
    "ticket.assign": ["helpdesk", "helpdeskColleague", "supervisor"],
    "ticket.note": ["helpdesk", "helpdeskColleague"],
    "ticket.close": ["dinasOperator", "dinasColleague"],
  },
  schoolClosed: readOnly(
    ["schoolOperator", "schoolColleague", "dinasOperator", "dinasColleague", "supervisor"],
    ["supervisor"],
  ),
  schoolForwardedExpired: readOnly(
    [
      "schoolOperator",
      "schoolColleague",
      "dinasOperator",
      "dinasColleague",
      "helpdesk",
      "helpdeskColleague",
      "supervisor",
    ],
    ["helpdesk", "helpdeskColleague", "supervisor"],
  ),
  dinasClosed: readOnly(
    ["dinasOperator", "dinasColleague", "helpdesk", "helpdeskColleague", "supervisor"],
    ["helpdesk", "helpdeskColleague", "supervisor"],
  ),
  dinasExpired: readOnly(
    ["dinasOperator", "dinasColleague", "helpdesk", "helpdeskColleague", "supervisor"],
    ["helpdesk", "helpdeskColleague", "supervisor"],
  ),
};

function readOnly(viewers: ActorName[], internalViewers: ActorName[]): Record<TicketPermission, ActorName[]> {
  return {
    "ticket.view": viewers,
    "ticket.viewInternal": internalViewers,
    "ticket.reply": [],
    "ticket.forward": [],
    "ticket.assign": [],
    "ticket.note": [],
    "ticket.close": [],
  };
}

const matrix = (Object.keys(WHO_MAY) as SituationName[]).flatMap((situation) =>
  TICKET_PERMISSIONS.flatMap((permission) =>
    ACTOR_NAMES.map((actor) => ({
      situation,
      permission,
      actor,
      allowed: WHO_MAY[situation][permission].includes(actor),
    })),
  ),
);

describe("the permission table, every actor × permission × situation", () => {
  it.each(matrix)("$situation: $actor $permission → $allowed", ({ situation, permission, actor, allowed }) => {
    expect(can(actors[actor], permission, tickets[situation])).toBe(allowed);
    const decision = authorize(actors[actor], permission, tickets[situation]);
    expect(decision.ok).toBe(allowed);
    if (!decision.ok) expect(decision.message.length).toBeGreaterThan(10);
  });
});

describe("refusals name the reason", () => {
  it.each<[ActorName, TicketPermission, SituationName, string]>([
    ["schoolOperator", "ticket.reply", "schoolClosed", "TICKET_ENDED"],
    ["schoolOperator", "ticket.close", "schoolForwardedExpired", "TICKET_ENDED"],
    ["dinasOperator", "ticket.reply", "schoolClosed", "TICKET_ENDED"],
    ["dinasOperator", "ticket.reply", "dinasExpired", "TICKET_ENDED"],
    ["helpdesk", "ticket.note", "dinasClosed", "TICKET_ENDED"],
    ["supervisor", "ticket.assign", "dinasExpired", "TICKET_ENDED"],
    ["dinasOperator", "ticket.reply", "schoolForwarded", "WRONG_TIER"],
    ["dinasOperator", "ticket.forward", "schoolForwarded", "WRONG_TIER"],
    ["helpdesk", "ticket.view", "schoolAtDinas", "WRONG_TIER"],
    ["helpdesk", "ticket.reply", "schoolAtDinas", "WRONG_TIER"],
    ["otherDinasOperator", "ticket.view", "schoolAtDinas", "FORBIDDEN"],
    ["otherSchoolOperator", "ticket.view", "schoolAtDinas", "FORBIDDEN"],
    ["admin", "ticket.view", "dinasAtHelpdesk", "FORBIDDEN"],
    ["supervisor", "ticket.reply", "schoolForwarded", "FORBIDDEN"],
    ["schoolOperator", "ticket.viewInternal", "schoolForwarded", "FORBIDDEN"],
    ["helpdesk", "ticket.close", "dinasAtHelpdesk", "FORBIDDEN"],
    ["otherSchoolOperator", "ticket.reply", "schoolClosed", "FORBIDDEN"],
  ])("%s %s on %s → %s", (actor, permission, situation, code) => {
    const decision = authorize(actors[actor], permission, tickets[situation]);
    expect(decision).toMatchObject({ ok: false, code });
  });

  it("tells the asker an ended ticket is over, in Indonesian", () => {
    const decision = authorize(actors.schoolOperator, "ticket.reply", tickets.schoolClosed);
    expect(decision.ok || decision.message).toMatch(/^Tiket ini sudah berakhir/);
  });
});

describe("role-level permissions", () => {
  const ALLOWED: Record<RolePermission, ActorName[]> = {
    "ticket.open": [
      "schoolOperator",
      "schoolColleague",
      "otherSchoolOperator",
      "dinasOperator",
      "dinasColleague",
      "otherDinasOperator",
    ],
    "ticket.openWalkIn": ["helpdesk", "helpdeskColleague"],
    "notice.dismiss": [
      "schoolOperator",
      "schoolColleague",
      "otherSchoolOperator",
      "unlinkedSchoolOperator",
      "dinasOperator",
      "dinasColleague",
      "otherDinasOperator",
      "unlinkedDinasOperator",
    ],
    "report.view": ["supervisor"],
    "admin.manage": ["admin"],
  };
  const cases = ROLE_PERMISSIONS.flatMap((permission) =>
    ACTOR_NAMES.map((actor) => ({ permission, actor, allowed: ALLOWED[permission].includes(actor) })),
  );
  it.each(cases)("$actor $permission → $allowed", ({ permission, actor, allowed }) => {
    expect(can(actors[actor], permission)).toBe(allowed);
  });

  it.each<ActorName>(["unlinkedSchoolOperator", "unlinkedDinasOperator"])(
    "%s cannot open a ticket and is told the account is not linked",
    (actor) => {
      const decision = authorize(actors[actor], "ticket.open");
      expect(decision).toMatchObject({ ok: false, code: "FORBIDDEN" });
      expect(decision.ok || decision.message).toMatch(/belum terhubung/);
    },
  );

  it("refuses a ticket permission asked without a ticket", () => {
    expect(can(actors.supervisor, "ticket.view", undefined)).toBe(false);
  });
});

describe("which messages each reader sees", () => {
  const KINDS: MessageKind[] = ["PUBLIC", "FORWARD_NOTE", "INTERNAL_NOTE"];
  const SEES: [ActorName, SituationName, MessageKind[]][] = [
    ["schoolOperator", "schoolForwarded", ["PUBLIC"]],
    ["dinasOperator", "schoolForwarded", ["PUBLIC", "FORWARD_NOTE"]],
    ["dinasOperator", "dinasAtHelpdesk", ["PUBLIC"]],
    ["helpdesk", "schoolForwarded", ["PUBLIC", "FORWARD_NOTE", "INTERNAL_NOTE"]],
    ["helpdesk", "schoolAtDinas", []],
    ["supervisor", "schoolForwarded", ["PUBLIC", "FORWARD_NOTE", "INTERNAL_NOTE"]],
    ["supervisor", "schoolForwardedExpired", ["PUBLIC", "FORWARD_NOTE", "INTERNAL_NOTE"]],
    ["otherDinasOperator", "schoolForwarded", []],
    ["admin", "schoolForwarded", []],
  ];
  it.each(
    SEES.flatMap(([actor, situation, seen]) =>
      KINDS.map((kind) => ({ actor, situation, kind, visible: seen.includes(kind) })),
    ),
  )("$actor on $situation sees $kind → $visible", ({ actor, situation, kind, visible }) => {
    expect(canSeeMessageKind(actors[actor], tickets[situation], kind)).toBe(visible);
  });
});

describe("list scope agrees with the detail-page permission", () => {
  const all = {
    ...tickets,
    otherSchoolTicket: { ...openSchoolTicket(), id: "t-other", schoolId: "school-kb-melati" },
    otherRegencyTicket: { ...openSchoolTicket(), id: "t-far", schoolId: "school-far", regencyCode: OTHER_REGENCY },
  };
  const cases = ACTOR_NAMES.flatMap((actor) =>
    Object.entries(all).map(([situation, ticket]) => ({ actor, situation, ticket })),
  );
  it.each(cases)("$actor / $situation", ({ actor, ticket }) => {
    const scope = ticketScopeOf(actors[actor]);
    expect(isTicketInScope(scope, ticket)).toBe(can(actors[actor], "ticket.view", ticket));
  });

  it.each<[ActorName, string]>([
    ["schoolOperator", "school"],
    ["dinasOperator", "district"],
    ["helpdesk", "helpdesk"],
    ["supervisor", "all"],
    ["admin", "none"],
    ["unlinkedSchoolOperator", "none"],
    ["unlinkedDinasOperator", "none"],
  ])("%s lists the %s scope", (actor, kind) => {
    expect(ticketScopeOf(actors[actor]).kind).toBe(kind);
  });
});
