// The report's filters (lib/shared/report-params.ts) as parameterised SQL fragments — never as text.
import "server-only";
import { Prisma } from "../generated/prisma/client";
import { periodBounds, type ReportFilters } from "@/lib/shared/report-params";

/** A timestamp parameter for the `timestamp(3)` columns, which hold UTC wall-clock times. */
export function sqlTimestamp(at: Date): Prisma.Sql {
  return Prisma.sql`${at.toISOString()}::timestamp`;
}

/** Everything but the period: region, category, asker type and channel (the backlog uses only these). */
export function scopeSql(filters: ReportFilters): Prisma.Sql {
  const parts: Prisma.Sql[] = [Prisma.sql`TRUE`];
  if (filters.regency) parts.push(Prisma.sql`t."regencyCode" = ${filters.regency}`);
  else if (filters.province) {
    parts.push(
      Prisma.sql`t."regencyCode" IN (SELECT r.code FROM "Regency" r WHERE r."provinceCode" = ${filters.province})`,
    );
  }
  if (filters.category) {
    parts.push(Prisma.sql`t."categoryId" IN (SELECT c.id FROM "Category" c WHERE c.code = ${filters.category})`);
  }
  if (filters.asker) parts.push(Prisma.sql`t."askerType" = ${filters.asker}::"AskerType"`);
  if (filters.channel) parts.push(Prisma.sql`t."channel" = ${filters.channel}::"Channel"`);
  return Prisma.join(parts, " AND ");
}

/** Tickets opened in the period and matching every other filter. */
export function cohortSql(filters: ReportFilters): Prisma.Sql {
  const { startAt, endAt } = periodBounds(filters);
  return Prisma.sql`t."openedAt" >= ${sqlTimestamp(startAt)} AND t."openedAt" < ${sqlTimestamp(endAt)} AND ${scopeSql(filters)}`;
}
