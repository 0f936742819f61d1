// The choices the filter form offers: every province, the kab/kota of the chosen province (a plain GET
// form cannot narrow a list without JavaScript, so the kab/kota list follows the province already
// applied), and every category (retired ones too: old tickets keep them).
import type { ReportContext } from "./figures";
import type { ReportFilters } from "./filters";

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
  const [provinces, regencies, categories] = await Promise.all([
    prisma.province.findMany({ select: { code: true, name: true }, orderBy: { name: "asc" } }),
    filters.province
      ? prisma.regency.findMany({
          where: { provinceCode: filters.province },
          select: { code: true, name: true },
          orderBy: { name: "asc" },
        })
      : Promise.resolve([]),
    prisma.category.findMany({ select: { code: true, name: true }, orderBy: [{ sortOrder: "asc" }, { name: "asc" }] }),
  ]);
  return { provinces, regencies, categories };
}
