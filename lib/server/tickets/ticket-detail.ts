// The shape of one ticket as a page shows it (a DTO, never rows: no password hashes, no storage paths).
import "server-only";
import type {
  AskerType,
  Channel,
  Deadlines,
  EndReason,
  HandoffKind,
  HelpdeskTargetStatus,
  MessageAuthorSide,
  MessageKind,
  Relation,
  Role,
  Tier,
  TicketEventType,
  TicketState,
} from "@/lib/domain";
import type { Prisma } from "../generated/prisma/client";

export interface TicketActions {
  reply: boolean;
  forward: boolean;
  assign: boolean;
  note: boolean;
  close: boolean;
}

export interface TicketMessageDto {
  id: string;
  kind: MessageKind;
  body: string;
  createdAt: Date;
  /** Which party the message speaks for (a walk-in question typed by the helpdesk is ASKER). */
  side: MessageAuthorSide | null;
  author: { displayName: string; role: Role } | null;
  attachments: {
    id: string;
    fileName: string;
    mimeType: string;
    sizeBytes: number;
    width: number | null;
    height: number | null;
  }[];
}

export interface TicketEventDto {
  id: string;
  /** Insertion order over all tickets; read markers remember the newest one seen. */
  seq: number;
  type: TicketEventType;
  at: Date;
  fromState: TicketState | null;
  toState: TicketState;
  fromTier: Tier | null;
  toTier: Tier;
  /** null = the system (clocks). */
  actor: { displayName: string; role: Role } | null;
  detail: Prisma.JsonValue | null;
}

export interface TicketDetail {
  id: string;
  number: string;
  subject: string;
  channel: Channel;
  state: TicketState;
  tier: Tier;
  askerType: AskerType;
  category: { id: string; name: string };
  asker: { displayName: string };
  school: { name: string; npsn: string } | null;
  regency: { code: string; name: string };
  assignee: { id: string; displayName: string } | null;
  /** Only when the actor may see that ticket too. */
  followUpOf: { id: string; number: string } | null;
  /** Walk-in visitor details, for the helpdesk and supervisors only. */
  visitor: { name: string | null; phone: string | null } | null;
  openedAt: Date;
  tierSince: Date;
  handoff: HandoffKind | null;
  handoffAt: Date | null;
  firstResponseAt: Date | null;
  lastMessageAt: Date;
  lastMessageBy: MessageAuthorSide;
  endedAt: Date | null;
  endReason: EndReason | null;
  solved: boolean | null;
  deadlines: Deadlines;
  helpdeskTargetStatus: HelpdeskTargetStatus;
  /** Who the actor is to this ticket, and what the permission table lets them do now. */
  relation: Relation;
  /** The actor's read marker as it was before this visit (lib/server/tickets/read-markers.ts). */
  readByActor: { readAt: Date; eventSeq: number } | null;
  can: TicketActions;
  messages: TicketMessageDto[];
  events: TicketEventDto[];
}
