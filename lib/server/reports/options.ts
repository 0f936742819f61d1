// The choices the filter form offers: every province, the kab/kota of the chosen province (a plain GET
// form cannot narrow a list without JavaScript, so the kab/kota list follows the province already
// applied), and every category (retired ones too: old tickets keep them).
import "server-only";
import { readRows } from "@/lib/server/database";
import { Prisma } from "../generated/prisma/client";
import type { ReportContext } from "./figures";
import type { ReportFilters } from "@/lib/shared/report-params";

export interface FilterOption {
  code: string;
  name: string;
}

export interface ReportFilterOptions {
  provinces: FilterOption[];
  regencies: FilterOption[];
  categories: FilterOption[];
}

export async function loadFilterOptions(ctx: ReportContext, filters: ReportFilters): Promise<ReportFilterOptions> {
  const { prisma } = ctx;
  // Every view of the report reads them: the fast read path (lib/server/database/database.ts).
  const [provinces, regencies, categories] = await Promise.all([
    readRows<FilterOption>(prisma, Prisma.sql`SELECT "code", "name" FROM "Province" ORDER BY "name"`),
    filters.province
      ? readRows<FilterOption>(
          prisma,
          Prisma.sql`SELECT "code", "name" FROM "Regency" WHERE "provinceCode" = ${filters.province} ORDER BY "name"`,
        )
      : Promise.resolve([]),
    readRows<FilterOption>(prisma, Prisma.sql`SELECT "code", "name" FROM "Category" ORDER BY "sortOrder", "name"`),
  ]);
  return { provinces, regencies, categories };
}
