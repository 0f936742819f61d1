// Running the report's cohort statements: `WITH facts (figures.ts) SELECT <tables as JSON>`, so the page's
// five tables come back from one statement that computes each ticket's facts once.
import "server-only";
import { Prisma } from "../generated/prisma/client";
import { factsCte, type ReportContext } from "./figures";

/** A table's rows as one JSON array, in the order of its "rank" column ('[]' when empty). */
export function jsonRows(select: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`(SELECT COALESCE(json_agg(x ORDER BY x."rank"), '[]'::json) FROM (${select}) x)`;
}

/** A one-row result as a JSON object. */
export function jsonRow(select: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`(SELECT row_to_json(x) FROM (${select}) x)`;
}

/** Runs `WITH facts (the cohort)[, more CTEs over facts] SELECT <json> AS data`; returns the parsed JSON. */
export async function queryCohortJson<T>(
  ctx: ReportContext,
  where: Prisma.Sql,
  json: Prisma.Sql,
  ctes: Prisma.Sql[] = [],
): Promise<T> {
  const withClause = Prisma.join([factsCte(ctx, where), ...ctes], ", ");
  const rows = await ctx.prisma.$transaction(async (tx) => {
    // The league and category tables sort the month's facts by region/category (percentiles rule out
    // hash aggregation); at the default 4 MB those sorts spill to disk. Local to this transaction.
    await tx.$queryRaw`SELECT set_config('work_mem', ${REPORT_WORK_MEM}, true)`;
    return tx.$queryRaw<{ data: T }[]>`WITH ${withClause} SELECT ${json} AS "data"`;
  }, REPORT_TRANSACTION);
  return parseJson(rows[0]?.data) as T;
}

const REPORT_WORK_MEM = "32MB";
/** A year of tickets on a busy server takes seconds, past Prisma's default 5 s transaction limit. */
const REPORT_TRANSACTION = { maxWait: 10_000, timeout: 120_000 };

/** Drivers hand `json` back parsed or as text, depending on the adapter. */
export function parseJson(value: unknown): unknown {
  return typeof value === "string" ? JSON.parse(value) : value;
}
