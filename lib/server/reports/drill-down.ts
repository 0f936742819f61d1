// The tickets behind a figure: the same predicate as the figure (figures.ts), as a paged list for the
// page and as keyset batches for the CSV export (never the whole set in memory).
import "server-only";
import type { AskerType, Channel, EndReason, HandoffKind, Tier, TicketState } from "@/lib/domain/types";
import { Prisma } from "../generated/prisma/client";
import type { DrillTarget, ReportFilters } from "@/lib/shared/report-params";
import { backlogCellSql } from "./backlog";
import { figurePredicates, helpdeskStatusSql, type ReportContext } from "./figures";
import { cohortSql, scopeSql, sqlTimestamp } from "./filters";

/** Backlog cells ignore the period (the backlog is as of now); figures count tickets opened in it. */
export function drillWhereSql(ctx: ReportContext, filters: ReportFilters, target: DrillTarget): Prisma.Sql {
  if (target.kind === "backlog")
    return Prisma.sql`${scopeSql(filters)} AND ${backlogCellSql(ctx, target.tier, target.bucket)}`;
  return Prisma.sql`${cohortSql(filters)} AND ${figurePredicates(ctx)[target.figure]}`;
}

export interface DrillTicketRow {
  id: string;
  number: string;
  subject: string;
  categoryName: string;
  askerType: AskerType;
  channel: Channel;
  schoolName: string | null;
  npsn: string | null;
  regencyName: string;
  provinceName: string;
  state: TicketState;
  tier: Tier;
  openedAt: Date;
  handoff: HandoffKind | null;
  handoffAt: Date | null;
  dinasFirstResponseAt: Date | null;
  helpdeskFirstResponseAt: Date | null;
  lastMessageAt: Date;
  endedAt: Date | null;
  endReason: EndReason | null;
  helpdeskStatus: "NOT_APPLICABLE" | "PENDING" | "MET" | "BREACHED";
}

function selectRows(ctx: ReportContext, where: Prisma.Sql, tail: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`
    SELECT t.id, t.number, t.subject, c.name AS "categoryName", t."askerType"::text AS "askerType",
      t.channel::text AS "channel", s.name AS "schoolName", s.npsn, r.name AS "regencyName", p.name AS "provinceName",
      t.state::text AS "state", t.tier::text AS "tier", t."openedAt", t.handoff::text AS "handoff", t."handoffAt",
      t."dinasFirstResponseAt", t."helpdeskFirstResponseAt", t."lastMessageAt", t."endedAt",
      t."endReason"::text AS "endReason", ${helpdeskStatusSql(ctx)} AS "helpdeskStatus"
    FROM "Ticket" t
      JOIN "Category" c ON c.id = t."categoryId"
      JOIN "Regency" r ON r.code = t."regencyCode"
      JOIN "Province" p ON p.code = r."provinceCode"
      LEFT JOIN "School" s ON s.id = t."schoolId"
    WHERE ${where}
    ${tail}`;
}

export const DRILL_PAGE_SIZE = 50;

export interface DrillPage {
  rows: DrillTicketRow[];
  total: number;
  page: number;
  pageSize: number;
}

/** One page, oldest first (the longest-waiting tickets lead). */
export async function listDrillTickets(
  ctx: ReportContext,
  filters: ReportFilters,
  target: DrillTarget,
  page: number,
): Promise<DrillPage> {
  const where = drillWhereSql(ctx, filters, target);
  const offset = (page - 1) * DRILL_PAGE_SIZE;
  const [rows, counts] = await Promise.all([
    ctx.prisma.$queryRaw<DrillTicketRow[]>(
      selectRows(ctx, where, Prisma.sql`ORDER BY t."openedAt", t.id LIMIT ${DRILL_PAGE_SIZE} OFFSET ${offset}`),
    ),
    ctx.prisma.$queryRaw<{ total: number }[]>`SELECT count(*)::int AS total FROM "Ticket" t WHERE ${where}`,
  ]);
  return { rows, total: counts[0]?.total ?? 0, page, pageSize: DRILL_PAGE_SIZE };
}

export const EXPORT_BATCH_SIZE = 5000;

/**
 * Every matching ticket in batches, keyset-paginated on (openedAt, id): each batch is an index range
 * scan starting where the last one stopped, so memory stays at one batch whatever the total.
 */
export async function* drillTicketBatches(
  ctx: ReportContext,
  filters: ReportFilters,
  target: DrillTarget,
  batchSize = EXPORT_BATCH_SIZE,
): AsyncGenerator<DrillTicketRow[]> {
  const where = drillWhereSql(ctx, filters, target);
  let after: { openedAt: Date; id: string } | null = null;
  for (;;) {
    const keyset: Prisma.Sql = after
      ? Prisma.sql`AND t."openedAt" >= ${sqlTimestamp(after.openedAt)}
          AND (t."openedAt" > ${sqlTimestamp(after.openedAt)} OR t.id > ${after.id})`
      : Prisma.empty;
    const rows = await ctx.prisma.$queryRaw<DrillTicketRow[]>(
      selectRows(ctx, Prisma.sql`${where} ${keyset}`, Prisma.sql`ORDER BY t."openedAt", t.id LIMIT ${batchSize}`),
    );
    if (rows.length > 0) yield rows;
    if (rows.length < batchSize) return;
    const last = rows[rows.length - 1] as DrillTicketRow;
    after = { openedAt: last.openedAt, id: last.id };
  }
}
