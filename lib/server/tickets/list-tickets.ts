// Server-driven table data (house rule 8): the page's URL search params go in unparsed, come out
// validated (bad values fall back to defaults), and the scope is always part of the query.
import {
  computeDeadlines,
  type Actor,
  type AskerType,
  type DeadlineKind,
  type MessageAuthorSide,
  type Tier,
  type TicketState,
} from "@/lib/domain";
import type { Prisma } from "../generated/prisma/client";
import { snapshotSelect, toSnapshot } from "../ticket-store";
import type { TicketServiceDeps } from "./deps";
import { DEFAULT_DIRECTION, defaultSortOf, filterWhere, orderByOf, resolveView, viewWhere, type TicketView } from "./list-views";
import { scopeWhere } from "./scope";
import { listTicketsQuerySchema, type ListTicketsInput, type SortDirection, type TicketSort } from "./validation";

export interface TicketRow {
  id: string;
  number: string;
  subject: string;
  state: TicketState;
  tier: Tier;
  askerType: AskerType;
  category: string;
  /** SEKOLAH-asked tickets: the school; DINAS-asked tickets: null (see regencyName). */
  school: { name: string; npsn: string } | null;
  regencyName: string;
  openedAt: Date;
  lastMessageAt: Date;
  lastMessageBy: MessageAuthorSide;
  nextDeadline: { kind: DeadlineKind; at: Date } | null;
  assigneeName: string | null;
}

export interface TicketList {
  rows: TicketRow[];
  total: number;
  page: number;
  pageSize: number;
  /** The state actually used, after validation and role defaults (for the URL and the table header). */
  view: TicketView | null;
  sort: TicketSort;
  dir: SortDirection;
}

const rowSelect = {
  ...snapshotSelect,
  number: true,
  subject: true,
  category: { select: { name: true } },
  school: { select: { name: true, npsn: true } },
  regency: { select: { name: true } },
  assignee: { select: { displayName: true } },
} satisfies Prisma.TicketSelect;

type RowData = Prisma.TicketGetPayload<{ select: typeof rowSelect }>;

function toRow(row: RowData, deps: TicketServiceDeps): TicketRow {
  const { number, subject, category, school, regency, assignee, ...snapshotRow } = row;
  const snapshot = toSnapshot(snapshotRow);
  return {
    id: snapshot.id,
    number,
    subject,
    state: snapshot.state,
    tier: snapshot.tier,
    askerType: snapshot.askerType,
    category: category.name,
    school,
    regencyName: regency.name,
    openedAt: snapshot.openedAt,
    lastMessageAt: snapshot.lastMessageAt,
    lastMessageBy: snapshot.lastMessageBy,
    nextDeadline: computeDeadlines(snapshot, deps.durations).next,
    assigneeName: assignee?.displayName ?? null,
  };
}

export async function listTickets(deps: TicketServiceDeps, actor: Actor, input: ListTicketsInput = {}): Promise<TicketList> {
  const query = listTicketsQuerySchema.parse(input);
  const view = resolveView(actor, query.view);
  const sort = query.sort ?? defaultSortOf(view, actor);
  const dir = query.dir ?? DEFAULT_DIRECTION[sort];
  const { page, pageSize } = query;
  if (view === null) return { rows: [], total: 0, page, pageSize, view, sort, dir };

  const where: Prisma.TicketWhereInput = {
    AND: [scopeWhere(actor), viewWhere(actor, view), ...filterWhere(actor, query)],
  };
  const [total, rows] = await Promise.all([
    deps.prisma.ticket.count({ where }),
    deps.prisma.ticket.findMany({
      where,
      select: rowSelect,
      orderBy: orderByOf(sort, dir),
      skip: (page - 1) * pageSize,
      take: pageSize,
    }),
  ]);
  return { rows: rows.map((row) => toRow(row, deps)), total, page, pageSize, view, sort, dir };
}
