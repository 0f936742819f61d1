// Server-driven table data (docs/conventions.md, rule 8): the page's URL search params go in unparsed, come out
// validated (bad values fall back to defaults), and the scope is always part of the query.
//
// Built for a million tickets: every sort is served by an index of the ticket (list-views.ts segments,
// the indexes in schema.prisma), pages are keyset pages (list-cursor.ts) so no query skips over earlier
// rows, and the count stops at COUNT_CAP ("1.000+ tiket") instead of counting a whole country on every
// view. One SQL statement reads the page's rows with the names they show.
import "server-only";
import {
  computeDeadlines,
  type Actor,
  type AskerType,
  type DeadlineKind,
  type MessageAuthorSide,
  type Tier,
  type TicketState,
} from "@/lib/domain";
import { readRows } from "@/lib/server/database";
import { Prisma } from "../generated/prisma/client";
import { toSnapshot, type SnapshotRow } from "./ticket-store";
import type { TicketServiceDeps } from "./deps";
import { decodeCursor, encodeCursor, type ListCursor } from "./list-cursor";
import {
  DEFAULT_DIRECTION,
  defaultSortOf,
  filterSql,
  resolveView,
  segmentsOf,
  viewSql,
  type Segment,
  type TicketView,
} from "./list-views";
import { scopeSql } from "./scope";
import { unreadSql } from "./ticket-sql";
import {
  listTicketsQuerySchema,
  type ListTicketsInput,
  type SortDirection,
  type TicketSort,
} from "@/lib/shared/ticket-input";

/** Counting stops here: "1.000+ tiket" is as useful as an exact number and costs a bounded scan. */
export const COUNT_CAP = 1_000;

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
  /** The other side wrote since the viewer last opened it (ticket-sql.ts unreadSql; never for watchers). */
  unread: boolean;
}

export interface TicketList {
  rows: TicketRow[];
  /** Matching tickets, counted up to COUNT_CAP. */
  total: number;
  /** More than COUNT_CAP match (total then reads "1.000+"). */
  totalIsCapped: boolean;
  pageSize: number;
  /** Cursor of the page after this one (`?after=`), or null on the last page. */
  after: string | null;
  /** Cursor of the page before this one (`?before=`), or null on the first page. */
  before: string | null;
  /** The state actually used, after validation and role defaults (for the URL and the table header). */
  view: TicketView | null;
  sort: TicketSort;
  dir: SortDirection;
}

type RawRow = Omit<
  SnapshotRow,
  "state" | "tier" | "askerType" | "channel" | "handoff" | "lastMessageBy" | "endReason"
> & {
  state: string;
  tier: string;
  askerType: string;
  channel: string;
  handoff: string | null;
  lastMessageBy: string;
  endReason: string | null;
  number: string;
  subject: string;
  nextDeadlineAt: Date | null;
  categoryName: string;
  schoolName: string | null;
  schoolNpsn: string | null;
  regencyName: string;
  assigneeName: string | null;
  unread: boolean;
};

type PagedRow = RawRow & { segment: number };

const COLUMNS = Prisma.sql`
  t."id", t."number", t."subject", t."categoryId", t."state"::text AS "state", t."tier"::text AS "tier", t."askerType"::text AS "askerType",
  t."channel"::text AS "channel", t."schoolId", t."regencyCode", t."assigneeId", t."openedAt", t."tierSince",
  t."handoff"::text AS "handoff", t."handoffAt", t."firstResponseAt", t."dinasFirstResponseAt", t."helpdeskFirstResponseAt",
  t."lastMessageAt", t."lastMessageBy"::text AS "lastMessageBy", t."helpdeskBreachedAt", t."endedAt",
  t."endReason"::text AS "endReason", t."version", t."nextDeadlineAt"`;

const KEY_COLUMN: Record<Segment["key"], Prisma.Sql> = {
  nextDeadlineAt: Prisma.raw(`"nextDeadlineAt"`),
  endedAt: Prisma.raw(`"endedAt"`),
  openedAt: Prisma.raw(`"openedAt"`),
  lastMessageAt: Prisma.raw(`"lastMessageAt"`),
};

/** The list's conditions (scope, view, filters) and the viewer's unread test, both over `t`. */
interface ListSql {
  where: Prisma.Sql;
  unread: Prisma.Sql;
}

const flip = (dir: SortDirection): SortDirection => (dir === "asc" ? "desc" : "asc");

/**
 * Up to `limit` rows of one segment, from its start or after the cursor; read backwards, from its end or
 * before the cursor, last row first.
 */
async function readSegment(
  deps: TicketServiceDeps,
  { where, unread }: ListSql,
  segment: Segment,
  index: number,
  { cursor, backwards }: { cursor: ListCursor | null; backwards: boolean },
  limit: number,
): Promise<PagedRow[]> {
  const dir = backwards ? flip(segment.dir) : segment.dir;
  const column = KEY_COLUMN[segment.key];
  const order = Prisma.raw(dir === "asc" ? "ASC" : "DESC");
  const keyset = cursor
    ? Prisma.sql`AND (t.${column}, t."id") ${Prisma.raw(dir === "asc" ? ">" : "<")} (${new Date(cursor.key)}::timestamp(3), ${cursor.id})`
    : Prisma.empty;
  // The page's tickets first (the index walks the order and stops at `limit`), then the names they show.
  const rows = await readRows<RawRow>(
    deps.prisma,
    Prisma.sql`
    SELECT t.*, c."name" AS "categoryName", s."name" AS "schoolName", s."npsn" AS "schoolNpsn",
      r."name" AS "regencyName", a."displayName" AS "assigneeName"
    FROM (
      SELECT ${COLUMNS}, ${unread} AS "unread" FROM "Ticket" t
      WHERE ${where} AND ${segment.where} ${keyset}
      ORDER BY t.${column} ${order}, t."id" ${order}
      LIMIT ${limit}
    ) t
    JOIN "Category" c ON c."id" = t."categoryId"
    JOIN "Regency" r ON r."code" = t."regencyCode"
    LEFT JOIN "School" s ON s."id" = t."schoolId"
    LEFT JOIN "User" a ON a."id" = t."assigneeId"
    ORDER BY t.${column} ${order}, t."id" ${order}`,
  );
  return rows.map((row) => ({ ...row, segment: index }));
}

function cursorOf(row: PagedRow, segments: Segment[]): string {
  const segment = segments[row.segment] as Segment;
  const key = row[segment.key];
  return encodeCursor({ segment: row.segment, key: (key as Date).toISOString(), id: row.id });
}

interface Page {
  rows: PagedRow[];
  after: string | null;
  before: string | null;
}

async function pageForward(
  deps: TicketServiceDeps,
  sql: ListSql,
  segments: Segment[],
  from: ListCursor | null,
  size: number,
): Promise<Page> {
  const rows: PagedRow[] = [];
  for (let i = from?.segment ?? 0; i < segments.length && rows.length <= size; i++) {
    const cursor = from && i === from.segment ? from : null;
    rows.push(
      ...(await readSegment(
        deps,
        sql,
        segments[i] as Segment,
        i,
        { cursor, backwards: false },
        size + 1 - rows.length,
      )),
    );
  }
  const page = rows.slice(0, size);
  const last = page[page.length - 1];
  const first = page[0];
  return {
    rows: page,
    after: rows.length > size && last ? cursorOf(last, segments) : null,
    before: from ? (first ? cursorOf(first, segments) : encodeCursor(from)) : null,
  };
}

async function pageBackward(
  deps: TicketServiceDeps,
  sql: ListSql,
  segments: Segment[],
  until: ListCursor,
  size: number,
): Promise<Page> {
  const rows: PagedRow[] = [];
  for (let i = until.segment; i >= 0 && rows.length <= size; i--) {
    const cursor = i === until.segment ? until : null;
    rows.push(
      ...(await readSegment(deps, sql, segments[i] as Segment, i, { cursor, backwards: true }, size + 1 - rows.length)),
    );
  }
  // Back at the start: show the first page whole (it may hold rows that arrived since).
  if (rows.length <= size) return pageForward(deps, sql, segments, null, size);
  const page = rows.slice(0, size).reverse();
  return {
    rows: page,
    after: cursorOf(page[page.length - 1] as PagedRow, segments),
    before: cursorOf(page[0] as PagedRow, segments),
  };
}

function toRow(row: RawRow, deps: TicketServiceDeps): TicketRow {
  const {
    number,
    subject,
    nextDeadlineAt: _stored,
    categoryName,
    schoolName,
    schoolNpsn,
    regencyName,
    assigneeName,
    unread,
    ...snapshotRow
  } = row;
  const snapshot = toSnapshot(snapshotRow as unknown as SnapshotRow);
  return {
    id: snapshot.id,
    number,
    subject,
    state: snapshot.state,
    tier: snapshot.tier,
    askerType: snapshot.askerType,
    category: categoryName,
    school: schoolName !== null && schoolNpsn !== null ? { name: schoolName, npsn: schoolNpsn } : null,
    regencyName,
    openedAt: snapshot.openedAt,
    lastMessageAt: snapshot.lastMessageAt,
    lastMessageBy: snapshot.lastMessageBy,
    nextDeadline: computeDeadlines(snapshot, deps.durations).next,
    assigneeName,
    unread,
  };
}

export async function listTickets(
  deps: TicketServiceDeps,
  actor: Actor,
  input: ListTicketsInput = {},
): Promise<TicketList> {
  const query = listTicketsQuerySchema.parse(input);
  const view = resolveView(actor, query.view);
  const sort = query.sort ?? defaultSortOf(view, actor);
  const dir = query.dir ?? DEFAULT_DIRECTION[sort];
  const { pageSize } = query;
  const empty: TicketList = {
    rows: [],
    total: 0,
    totalIsCapped: false,
    pageSize,
    after: null,
    before: null,
    view,
    sort,
    dir,
  };
  if (view === null) return empty;

  const where = Prisma.join([scopeSql(actor), viewSql(actor, view), ...filterSql(actor, query)], " AND ");
  const listSql: ListSql = { where, unread: unreadSql(actor) };
  const segments = segmentsOf(sort, dir, view, actor);
  const after = decodeCursor(query.after, segments.length);
  const before = after ? null : decodeCursor(query.before, segments.length);
  const [page, counted] = await Promise.all([
    before
      ? pageBackward(deps, listSql, segments, before, pageSize)
      : pageForward(deps, listSql, segments, after, pageSize),
    readRows<{ n: number }>(
      deps.prisma,
      Prisma.sql`SELECT count(*)::int AS "n" FROM (SELECT 1 FROM "Ticket" t WHERE ${where} LIMIT ${COUNT_CAP + 1}) x`,
    ),
  ]);
  const n = counted[0]?.n ?? 0;
  return {
    ...empty,
    rows: page.rows.map((row) => toRow(row, deps)),
    total: Math.min(n, COUNT_CAP),
    totalIsCapped: n > COUNT_CAP,
    after: page.after,
    before: page.before,
  };
}
