// Shared people and tickets for the domain tests. Tickets are built through the real transitions
// (never hand-written snapshots), so a fixture can only be a ticket the app could actually produce.

import { expect } from "vitest";
import {
  DAY_MS,
  DEFAULT_DURATIONS,
  closeTicket,
  expireTicket,
  forwardTicket,
  openTicket,
  replyToTicket,
  type Actor,
  type ClockDurations,
  type TicketSnapshot,
  type TransitionResult,
  type TransitionSuccess,
} from "../../lib/domain";

export const REGENCY = "33.74"; // Kota Semarang
export const OTHER_REGENCY = "33.01"; // Kab. Cilacap
export const SCHOOL = "school-tk-pelita";
export const OTHER_SCHOOL = "school-kb-melati";

export const T0 = new Date("2026-03-02T01:00:00.000Z");
export const HOUR_MS = 60 * 60 * 1000;
export const MINUTE_MS = 60 * 1000;
export const ONE_MINUTE_DURATIONS: ClockDurations = {
  escalationMs: MINUTE_MS,
  helpdeskAnswerMs: MINUTE_MS,
  expiryMs: MINUTE_MS,
};

export function at(offsetMs: number, from: Date = T0): Date {
  return new Date(from.getTime() + offsetMs);
}
export const days = (n: number) => n * DAY_MS;

export const actors = {
  schoolOperator: { userId: "u-sekolah-1", role: "SEKOLAH", schoolId: SCHOOL, regencyCode: null },
  schoolColleague: { userId: "u-sekolah-2", role: "SEKOLAH", schoolId: SCHOOL, regencyCode: null },
  otherSchoolOperator: { userId: "u-sekolah-9", role: "SEKOLAH", schoolId: OTHER_SCHOOL, regencyCode: null },
  unlinkedSchoolOperator: { userId: "u-sekolah-0", role: "SEKOLAH", schoolId: null, regencyCode: null },
  dinasOperator: { userId: "u-dinas-1", role: "DINAS", schoolId: null, regencyCode: REGENCY },
  dinasColleague: { userId: "u-dinas-2", role: "DINAS", schoolId: null, regencyCode: REGENCY },
  otherDinasOperator: { userId: "u-dinas-9", role: "DINAS", schoolId: null, regencyCode: OTHER_REGENCY },
  unlinkedDinasOperator: { userId: "u-dinas-0", role: "DINAS", schoolId: null, regencyCode: null },
  helpdesk: { userId: "u-helpdesk-1", role: "HELPDESK", schoolId: null, regencyCode: null },
  helpdeskColleague: { userId: "u-helpdesk-2", role: "HELPDESK", schoolId: null, regencyCode: null },
  supervisor: { userId: "u-supervisor-1", role: "SUPERVISOR", schoolId: null, regencyCode: null },
  admin: { userId: "u-admin-1", role: "ADMIN", schoolId: null, regencyCode: null },
} satisfies Record<string, Actor>;
export type ActorName = keyof typeof actors;
export const ACTOR_NAMES = Object.keys(actors) as ActorName[];

/** Unwraps a success, failing the test with the refusal when there is none. */
export function expectOk(result: TransitionResult): TransitionSuccess {
  if (!result.ok) expect.fail(`expected success, got ${result.code}: ${result.message}`);
  return result;
}

export function openSchoolTicket(when: Date = T0, id = "t-school"): TicketSnapshot {
  const input = { id, regencyCode: REGENCY, schoolId: SCHOOL, body: "Sinkronisasi terhenti di 10%" };
  return expectOk(openTicket(actors.schoolOperator, input, when)).ticket;
}

export function openDinasTicket(when: Date = T0, id = "t-district"): TicketSnapshot {
  const input = { id, regencyCode: REGENCY, schoolId: null, body: "Kode registrasi KB baru ditolak" };
  return expectOk(openTicket(actors.dinasOperator, input, when)).ticket;
}

export function forward(ticket: TicketSnapshot, when: Date): TicketSnapshot {
  return expectOk(forwardTicket(ticket, actors.dinasOperator, "Sudah dicoba reset, tetap gagal", when)).ticket;
}

export function reply(ticket: TicketSnapshot, actor: Actor, when: Date, body = "Terima kasih"): TicketSnapshot {
  return expectOk(replyToTicket(ticket, actor, body, when)).ticket;
}

/** The situations the permission and transition tables run over. */
export function situations() {
  const schoolAtDinas = openSchoolTicket();
  const schoolForwarded = forward(schoolAtDinas, at(HOUR_MS));
  const dinasAtHelpdesk = openDinasTicket();
  return {
    schoolAtDinas,
    schoolForwarded,
    dinasAtHelpdesk,
    schoolClosed: expectOk(closeTicket(schoolAtDinas, actors.schoolOperator, at(HOUR_MS))).ticket,
    schoolForwardedExpired: expectOk(expireTicket(schoolForwarded, at(days(8)), DEFAULT_DURATIONS)).ticket,
    dinasClosed: expectOk(closeTicket(dinasAtHelpdesk, actors.dinasOperator, at(HOUR_MS))).ticket,
    dinasExpired: expectOk(expireTicket(dinasAtHelpdesk, at(days(8)), DEFAULT_DURATIONS)).ticket,
  };
}
export type SituationName = keyof ReturnType<typeof situations>;
