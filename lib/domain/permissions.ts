// The one permission table. Actions, queries and UI all ask `can` / `authorize`; nothing else decides
// who may do what. A page hiding a button is never the check.

import { refuse, type Authorization } from "./result";
import { relationOf, type Relation } from "./relation";
import { isEnded } from "./ticket-state";
import type { Actor, MessageKind, Role, Tier, TicketSnapshot } from "./types";

/** Permissions that are about one ticket: they need the ticket to decide. */
export const TICKET_PERMISSIONS = [
  "ticket.view",
  "ticket.viewInternal", // internal notes and forward notes
  "ticket.reply",
  "ticket.forward",
  "ticket.assign",
  "ticket.note",
  "ticket.close",
] as const;
export type TicketPermission = (typeof TICKET_PERMISSIONS)[number];

/** Permissions that depend on the role (and account setup) alone. */
export const ROLE_PERMISSIONS = [
  "ticket.open",
  "ticket.openWalkIn",
  "notice.dismiss",
  "report.view",
  "admin.manage",
] as const;
export type RolePermission = (typeof ROLE_PERMISSIONS)[number];

export type Permission = TicketPermission | RolePermission;

/** A grant: this relation may, if the ticket is at `tier` (when given) and, with whileOpen, not ended. */
export interface TicketGrant {
  relation: Relation;
  tier?: Tier;
  whileOpen?: boolean;
}

/** A role grant; `needs` names the account link without which the role cannot act (e.g. no school). */
export interface RoleGrant {
  role: Role;
  needs?: "schoolId" | "regencyCode";
}

type PermissionTable = { readonly [P in TicketPermission]: readonly TicketGrant[] } & {
  readonly [P in RolePermission]: readonly RoleGrant[];
};

export const PERMISSION_TABLE: PermissionTable = {
  // The district keeps reading its schools' tickets after forwarding (read-only): it must see the outcome.
  "ticket.view": [
    { relation: "ASKER" },
    { relation: "DINAS_HANDLER" },
    { relation: "HELPDESK", tier: "HELPDESK" },
    { relation: "SUPERVISOR" },
  ],
  "ticket.viewInternal": [{ relation: "HELPDESK", tier: "HELPDESK" }, { relation: "SUPERVISOR" }],
  "ticket.reply": [
    { relation: "ASKER", whileOpen: true },
    { relation: "DINAS_HANDLER", tier: "DINAS", whileOpen: true },
    { relation: "HELPDESK", tier: "HELPDESK", whileOpen: true },
  ],
  "ticket.forward": [{ relation: "DINAS_HANDLER", tier: "DINAS", whileOpen: true }],
  // Supervisors reassign across the helpdesk backlog (docs/rules.md: they change nothing but the helpdesk assignment); a ticket
  // still at the district has no helpdesk assignee to choose.
  "ticket.assign": [
    { relation: "HELPDESK", tier: "HELPDESK", whileOpen: true },
    { relation: "SUPERVISOR", tier: "HELPDESK", whileOpen: true },
  ],
  "ticket.note": [{ relation: "HELPDESK", tier: "HELPDESK", whileOpen: true }],
  // Only the asker decides that a question is resolved.
  "ticket.close": [{ relation: "ASKER", whileOpen: true }],

  "ticket.open": [
    { role: "SEKOLAH", needs: "schoolId" },
    { role: "DINAS", needs: "regencyCode" },
  ],
  "ticket.openWalkIn": [{ role: "HELPDESK" }],
  // The clock notices (escalated, ended) are told to the askers and to the district of a school's ticket.
  "notice.dismiss": [{ role: "SEKOLAH" }, { role: "DINAS" }],
  "report.view": [{ role: "SUPERVISOR" }],
  "admin.manage": [{ role: "ADMIN" }],
};

const ACTION_PHRASES: Record<Permission, string> = {
  "ticket.view": "melihat tiket ini",
  "ticket.viewInternal": "melihat catatan internal tiket ini",
  "ticket.reply": "membalas tiket ini",
  "ticket.forward": "meneruskan tiket ini ke Helpdesk",
  "ticket.assign": "menugaskan tiket ini",
  "ticket.note": "menambahkan catatan internal pada tiket ini",
  "ticket.close": "menutup tiket ini",
  "ticket.open": "membuat tiket",
  "ticket.openWalkIn": "mencatat kunjungan layanan di loket ULT",
  "notice.dismiss": "menandai pemberitahuan jam layanan",
  "report.view": "melihat laporan layanan",
  "admin.manage": "mengelola data dan akun",
};

const MISSING_LINK_MESSAGES: Record<NonNullable<RoleGrant["needs"]>, string> = {
  schoolId:
    "Akun Anda belum terhubung dengan satuan pendidikan, sehingga belum dapat membuat tiket. Hubungi Dinas Pendidikan kabupaten/kota Anda.",
  regencyCode:
    "Akun Anda belum terhubung dengan Dinas Pendidikan kabupaten/kota, sehingga belum dapat membuat tiket. Hubungi tim Helpdesk.",
};

export const TICKET_ENDED_MESSAGE =
  "Tiket ini sudah berakhir dan hanya dapat dibaca. Jika masalahnya belum selesai, buat tiket baru yang melanjutkan tiket ini.";

function wrongTierMessage(tier: Tier): string {
  return tier === "HELPDESK"
    ? "Tiket ini sudah diteruskan ke Helpdesk, sehingga Anda hanya dapat membacanya."
    : "Tiket ini masih ditangani Dinas Pendidikan kabupaten/kota dan belum diteruskan ke Helpdesk.";
}

export function isTicketPermission(permission: Permission): permission is TicketPermission {
  return (TICKET_PERMISSIONS as readonly string[]).includes(permission);
}

function authorizeRole(actor: Actor, permission: RolePermission): Authorization {
  const grant = PERMISSION_TABLE[permission].find((candidate) => candidate.role === actor.role);
  if (!grant) return refuse("FORBIDDEN", `Anda tidak berwenang ${ACTION_PHRASES[permission]}.`);
  if (grant.needs && actor[grant.needs] === null) return refuse("FORBIDDEN", MISSING_LINK_MESSAGES[grant.needs]);
  return { ok: true };
}

function authorizeTicket(actor: Actor, permission: TicketPermission, ticket: TicketSnapshot): Authorization {
  const relation = relationOf(actor, ticket);
  const grants = PERMISSION_TABLE[permission].filter((grant) => grant.relation === relation);
  const ended = isEnded(ticket);
  const passes = (grant: TicketGrant) =>
    (grant.tier === undefined || grant.tier === ticket.tier) && !(grant.whileOpen && ended);
  if (grants.some(passes)) return { ok: true };
  if (grants.length === 0) return refuse("FORBIDDEN", `Anda tidak berwenang ${ACTION_PHRASES[permission]}.`);
  // The right party was refused by a condition: name the condition, "ended" first because it is final
  // and tells the user what to do next (open a follow-up ticket).
  if (ended && grants.some((grant) => grant.whileOpen)) return refuse("TICKET_ENDED", TICKET_ENDED_MESSAGE);
  return refuse("WRONG_TIER", wrongTierMessage(ticket.tier));
}

export function authorize(actor: Actor, permission: RolePermission): Authorization;
export function authorize(actor: Actor, permission: TicketPermission, ticket: TicketSnapshot): Authorization;
export function authorize(actor: Actor, permission: Permission, ticket?: TicketSnapshot): Authorization;
export function authorize(actor: Actor, permission: Permission, ticket?: TicketSnapshot): Authorization {
  if (!isTicketPermission(permission)) return authorizeRole(actor, permission);
  // Asking about a ticket permission without a ticket is a caller bug; refusing is the safe answer.
  if (!ticket) return refuse("FORBIDDEN", `Anda tidak berwenang ${ACTION_PHRASES[permission]}.`);
  return authorizeTicket(actor, permission, ticket);
}

export function can(actor: Actor, permission: RolePermission): boolean;
export function can(actor: Actor, permission: TicketPermission, ticket: TicketSnapshot): boolean;
export function can(actor: Actor, permission: Permission, ticket?: TicketSnapshot): boolean;
export function can(actor: Actor, permission: Permission, ticket?: TicketSnapshot): boolean {
  return authorize(actor, permission, ticket).ok;
}

/**
 * Which messages of a ticket the actor may read. Askers never see notes. The district handler sees the
 * forward notes (its own office wrote them) but not the helpdesk's internal notes.
 */
export function canSeeMessageKind(actor: Actor, ticket: TicketSnapshot, kind: MessageKind): boolean {
  if (!can(actor, "ticket.view", ticket)) return false;
  if (kind === "PUBLIC") return true;
  if (can(actor, "ticket.viewInternal", ticket)) return true;
  return kind === "FORWARD_NOTE" && relationOf(actor, ticket) === "DINAS_HANDLER";
}
