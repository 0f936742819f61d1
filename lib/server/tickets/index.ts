// The server-side ticket service: what server actions and pages call. Every operation gets the actor
// (built by the session code) and validated input; the database, durations and clock are bound once.
//
//   const tickets = createTicketService({ prisma: getPrisma(), durations: getClockDurations() });
//   const result = await tickets.replyToTicket(actor, { ticketId, body, clientKey });
import "server-only";
import type { Actor, ClockDurations } from "@/lib/domain";
import type { PrismaClient } from "../generated/prisma/client";
import type { MessageFiles } from "./ticket-store";
import { addInternalNote } from "./add-internal-note";
import { applyDueClocks } from "./apply-due-clocks";
import { assignTicket } from "./assign-ticket";
import { closeTicket } from "./close-ticket";
import type { TicketOutbox, TicketServiceDeps } from "./deps";
import { forwardTicket } from "./forward-ticket";
import { getTicketForActor } from "./get-ticket";
import { listTickets } from "./list-tickets";
import { openTicket, precheckOpen } from "./open-ticket";
import { openWalkInTicket, type OpenWalkInInput } from "./open-walk-in";
import { dismissClockNotices, listClockNotices } from "./notices";
import { countUnread, markTicketRead } from "./read-markers";
import { precheckReply, replyToTicket } from "./reply-to-ticket";
import type {
  AddInternalNoteInput,
  AssignTicketInput,
  CloseTicketInput,
  ForwardTicketInput,
  ListTicketsInput,
  OpenTicketInput,
  ReplyToTicketInput,
} from "@/lib/shared/ticket-input";

export interface CreateTicketServiceOptions {
  prisma: PrismaClient;
  durations: ClockDurations;
  /** Defaults to the wall clock; tests inject their own. */
  now?: () => Date;
  /** The clock timers' outbox (lib/server/outbox), when Inngest runs the clocks. */
  outbox?: TicketOutbox;
}

export function createTicketService({ prisma, durations, now = () => new Date(), outbox }: CreateTicketServiceOptions) {
  const deps: TicketServiceDeps = { prisma, durations, now, ...(outbox ? { outbox } : {}) };
  return {
    openTicket: (actor: Actor, input: OpenTicketInput, files?: MessageFiles["files"]) =>
      openTicket(deps, actor, input, files),
    precheckOpen: (actor: Actor) => precheckOpen(deps, actor),
    precheckReply: (actor: Actor, input: ReplyToTicketInput) => precheckReply(deps, actor, input),
    openWalkInTicket: (actor: Actor, input: OpenWalkInInput) => openWalkInTicket(deps, actor, input),
    replyToTicket: (actor: Actor, input: ReplyToTicketInput, files?: MessageFiles["files"]) =>
      replyToTicket(deps, actor, input, files),
    forwardTicket: (actor: Actor, input: ForwardTicketInput) => forwardTicket(deps, actor, input),
    assignTicket: (actor: Actor, input: AssignTicketInput) => assignTicket(deps, actor, input),
    addInternalNote: (actor: Actor, input: AddInternalNoteInput) => addInternalNote(deps, actor, input),
    closeTicket: (actor: Actor, input: CloseTicketInput) => closeTicket(deps, actor, input),
    applyDueClocks: (ticketId: string) => applyDueClocks(deps, ticketId),
    getTicketForActor: (actor: Actor, ticketId: string) => getTicketForActor(deps, actor, ticketId),
    listTickets: (actor: Actor, input?: ListTicketsInput) => listTickets(deps, actor, input),
    countUnread: (actor: Actor) => countUnread(deps, actor),
    markTicketRead: (actor: Actor, ticketId: string, lastMessageAt: Date, eventSeq?: number) =>
      markTicketRead(deps, actor.userId, ticketId, lastMessageAt, eventSeq),
    listClockNotices: (actor: Actor, limit?: number) => listClockNotices(deps, actor, limit),
    dismissClockNotices: (actor: Actor, upToSeq: number) => dismissClockNotices(deps, actor, upToSeq),
  };
}

export type TicketService = ReturnType<typeof createTicketService>;

export { UNREAD_SCAN_LIMIT } from "./read-markers";
export type { ClockNotice, ClockNoticeKind } from "./notices";
export type { ApplyDueClocksResult } from "./apply-due-clocks";
export type { TicketOutbox, TicketServiceDeps } from "./deps";
export type { TicketList, TicketRow } from "./list-tickets";
export { TICKET_VIEWS, type TicketView } from "./list-views";
export type { ServiceFailure, ServiceFailureCode, ServiceResult, TicketChange, TicketChangeResult } from "./results";
export { CONFLICT_MESSAGE, NOT_FOUND_MESSAGE } from "./results";
export type { TicketActions, TicketDetail, TicketEventDto, TicketMessageDto } from "./ticket-detail";
