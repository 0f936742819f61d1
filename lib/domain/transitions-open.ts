// Opening tickets: on the web by a school or a district office, or at the ULT counter by the helpdesk.

import { authorize } from "./permissions";
import { refuse, type Refusal, type TransitionResult } from "./result";
import { describeChange, requireText, succeed } from "./transition-support";
import type { Actor, AskerType, MessageDraft, TicketSnapshot } from "./types";

export interface OpenTicketInput {
  id: string;
  /** For a school: the kab/kota of the school (looked up by lib/server). For a district: its own. */
  regencyCode: string;
  /** For a school: the actor's own school. For a district: null. */
  schoolId: string | null;
  body: string;
}

export interface OpenWalkInInput {
  id: string;
  askerType: AskerType;
  /** SEKOLAH visitors are identified by NPSN (resolved to the school by lib/server); DINAS ones have none. */
  schoolId: string | null;
  regencyCode: string;
  question: string;
  /** What the helpdesk answered at the counter, if anything. */
  answer: string | null;
  resolvedAtCounter: boolean;
}

/** A brand-new ticket: version 1, every clock starting now, waiting for the handler. */
type NewTicketFields = Pick<TicketSnapshot, "id" | "askerType" | "tier" | "channel" | "schoolId" | "regencyCode">;

function newTicket(fields: NewTicketFields, now: Date): TicketSnapshot {
  return {
    ...fields,
    state: "OPEN",
    assigneeId: null,
    openedAt: now,
    tierSince: now,
    handoff: null,
    handoffAt: null,
    firstResponseAt: null,
    dinasFirstResponseAt: null,
    helpdeskFirstResponseAt: null,
    lastMessageAt: now,
    lastMessageBy: "ASKER",
    helpdeskBreachedAt: null,
    endedAt: null,
    endReason: null,
    version: 1,
  };
}

/** The id comes from lib/server, never from a user: an empty one is a bug, so it is thrown. */
function requireId(id: string): void {
  if (id.trim() === "") throw new Error("A new ticket needs an id");
}

/**
 * A school's question goes to its district office (tier DINAS); a district office's question goes
 * straight to the helpdesk (tier HELPDESK). The asker's identity comes from the account, never the form.
 */
export function openTicket(actor: Actor, input: OpenTicketInput, now: Date): TransitionResult {
  const allowed = authorize(actor, "ticket.open");
  if (!allowed.ok) return allowed;
  const body = requireText(input.body, "Pertanyaan");
  if (typeof body !== "string") return body;
  requireId(input.id);

  let askerType: AskerType;
  if (actor.role === "SEKOLAH") {
    if (input.schoolId !== actor.schoolId) {
      return refuse("FORBIDDEN", "Anda hanya dapat membuat tiket untuk satuan pendidikan Anda sendiri.");
    }
    if (input.regencyCode.trim() === "") {
      return refuse("INVALID_INPUT", "Kabupaten/kota satuan pendidikan Anda belum tercatat. Hubungi Dinas Pendidikan.");
    }
    askerType = "SEKOLAH";
  } else {
    // authorize() let only SEKOLAH and DINAS through, so this is a district office.
    if (input.regencyCode !== actor.regencyCode) {
      return refuse(
        "FORBIDDEN",
        "Anda hanya dapat membuat tiket atas nama Dinas Pendidikan kabupaten/kota Anda sendiri.",
      );
    }
    if (input.schoolId !== null) {
      return refuse("INVALID_INPUT", "Tiket dari Dinas Pendidikan tidak dibuat atas nama satuan pendidikan.");
    }
    askerType = "DINAS";
  }

  const ticket = newTicket(
    {
      id: input.id,
      askerType,
      tier: askerType === "SEKOLAH" ? "DINAS" : "HELPDESK",
      channel: "WEB",
      schoolId: input.schoolId,
      regencyCode: input.regencyCode,
    },
    now,
  );
  return succeed(
    ticket,
    [describeChange("OPENED", actor.userId, now, null, ticket, { channel: "WEB", askerType })],
    [{ kind: "PUBLIC", authorId: actor.userId, authorSide: "ASKER", body, at: now }],
  );
}

function validateWalkIn(input: OpenWalkInInput): { question: string; answer: string | null } | Refusal {
  const question = requireText(input.question, "Pertanyaan");
  if (typeof question !== "string") return question;
  requireId(input.id);
  if (input.regencyCode.trim() === "") return refuse("INVALID_INPUT", "Kabupaten/kota penanya wajib diisi.");
  if (input.askerType === "SEKOLAH" && input.schoolId === null) {
    return refuse("INVALID_INPUT", "Satuan pendidikan (NPSN) penanya wajib diisi.");
  }
  if (input.askerType === "DINAS" && input.schoolId !== null) {
    return refuse("INVALID_INPUT", "Penanya dari Dinas Pendidikan tidak dicatat atas nama satuan pendidikan.");
  }
  const answer = input.answer?.trim() || null;
  if (input.resolvedAtCounter && answer === null) {
    return refuse("INVALID_INPUT", "Tuliskan jawaban yang diberikan di loket bila masalah sudah selesai.");
  }
  return { question, answer };
}

/**
 * A visit to the ULT counter, recorded by the helpdesk member who served it (and assigned to them).
 * The visitor's school operators (or district office) become the asker, so a visit that is not
 * resolved at the counter continues as a normal ticket at tier HELPDESK that they can follow online.
 */
export function openWalkInTicket(actor: Actor, input: OpenWalkInInput, now: Date): TransitionResult {
  const allowed = authorize(actor, "ticket.openWalkIn");
  if (!allowed.ok) return allowed;
  const valid = validateWalkIn(input);
  if ("ok" in valid) return valid;

  const opened: TicketSnapshot = {
    ...newTicket(
      {
        id: input.id,
        askerType: input.askerType,
        tier: "HELPDESK",
        channel: "WALK_IN",
        schoolId: input.schoolId,
        regencyCode: input.regencyCode,
      },
      now,
    ),
    assigneeId: actor.userId,
  };
  const events = [
    describeChange("OPENED", actor.userId, now, null, opened, { channel: "WALK_IN", askerType: input.askerType }),
  ];
  // The helpdesk member types the visitor's question: authored by them, spoken for the asker.
  const messages: MessageDraft[] = [
    { kind: "PUBLIC", authorId: actor.userId, authorSide: "ASKER", body: valid.question, at: now },
  ];
  if (valid.answer === null) return succeed(opened, events, messages);

  const answered: TicketSnapshot = {
    ...opened,
    state: "ANSWERED",
    firstResponseAt: now,
    helpdeskFirstResponseAt: now,
    lastMessageBy: "HANDLER",
  };
  events.push(describeChange("HANDLER_REPLIED", actor.userId, now, opened, answered));
  messages.push({ kind: "PUBLIC", authorId: actor.userId, authorSide: "HANDLER", body: valid.answer, at: now });
  if (!input.resolvedAtCounter) return succeed(answered, events, messages);

  const closed: TicketSnapshot = { ...answered, state: "CLOSED", endReason: "RESOLVED_AT_COUNTER", endedAt: now };
  events.push(describeChange("CLOSED", actor.userId, now, answered, closed, { reason: "RESOLVED_AT_COUNTER" }));
  return succeed(closed, events, messages);
}
