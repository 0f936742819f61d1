// One ticket for one actor: null when it is outside their scope (never "forbidden": ids don't leak).
// Messages and events the actor may not see are filtered in the query, not after.
import {
  MESSAGE_KINDS,
  can,
  canSeeMessageKind,
  computeDeadlines,
  helpdeskTargetStatus,
  relationOf,
  type Actor,
  type TicketEventType,
} from "@/lib/domain";
import { toSnapshot } from "../ticket-store";
import type { TicketServiceDeps } from "./deps";
import { inScope, loadTicketForActor } from "./scope";
import { detailSelect, eventSelect, messageSelect, type TicketDetail } from "./ticket-detail";

/** History entries that would reveal an internal note to those who may not read it. */
const INTERNAL_EVENT_TYPES: TicketEventType[] = ["INTERNAL_NOTE_ADDED"];

export async function getTicketForActor(deps: TicketServiceDeps, actor: Actor, ticketId: string): Promise<TicketDetail | null> {
  if (typeof ticketId !== "string" || ticketId === "") return null;
  const { prisma } = deps;
  const row = await prisma.ticket.findFirst({ where: inScope(actor, { id: ticketId }), select: detailSelect });
  if (!row) return null;
  const {
    number, subject, solved, followUpOfId, visitorName, visitorPhone, category, asker, school, regency, assignee,
    ...snapshotRow
  } = row;
  const snapshot = toSnapshot(snapshotRow);
  const seesInternal = can(actor, "ticket.viewInternal", snapshot);
  const kinds = MESSAGE_KINDS.filter((kind) => canSeeMessageKind(actor, snapshot, kind));

  const [messages, events, followUpOf] = await Promise.all([
    prisma.message.findMany({
      where: { ticketId, kind: { in: kinds } },
      select: messageSelect,
      orderBy: [{ createdAt: "asc" }, { seq: "asc" }],
    }),
    prisma.ticketEvent.findMany({
      where: { ticketId, ...(seesInternal ? {} : { type: { notIn: INTERNAL_EVENT_TYPES } }) },
      select: eventSelect,
      orderBy: [{ at: "asc" }, { seq: "asc" }],
    }),
    followUpOfId ? loadTicketForActor(prisma, actor, followUpOfId) : null,
  ]);

  const now = deps.now();
  return {
    id: snapshot.id,
    number,
    subject,
    channel: snapshot.channel,
    state: snapshot.state,
    tier: snapshot.tier,
    askerType: snapshot.askerType,
    category,
    asker,
    school,
    regency,
    assignee,
    followUpOf: followUpOf ? { id: followUpOf.snapshot.id, number: followUpOf.number } : null,
    visitor:
      seesInternal && snapshot.channel === "WALK_IN" ? { name: visitorName, phone: visitorPhone } : null,
    openedAt: snapshot.openedAt,
    tierSince: snapshot.tierSince,
    handoff: snapshot.handoff,
    handoffAt: snapshot.handoffAt,
    firstResponseAt: snapshot.firstResponseAt,
    lastMessageAt: snapshot.lastMessageAt,
    lastMessageBy: snapshot.lastMessageBy,
    endedAt: snapshot.endedAt,
    endReason: snapshot.endReason,
    solved,
    deadlines: computeDeadlines(snapshot, deps.durations),
    helpdeskTargetStatus: helpdeskTargetStatus(snapshot, deps.durations, now),
    relation: relationOf(actor, snapshot),
    can: {
      reply: can(actor, "ticket.reply", snapshot),
      forward: can(actor, "ticket.forward", snapshot),
      assign: can(actor, "ticket.assign", snapshot),
      note: can(actor, "ticket.note", snapshot),
      close: can(actor, "ticket.close", snapshot),
    },
    messages: messages.map(({ authorSide, ...message }) => ({ ...message, side: authorSide })),
    events,
  };
}
