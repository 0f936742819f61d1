import type { Metadata } from "next";
import { z } from "zod";
import { Pager } from "@/components/ui/pager";
import { DrillList } from "@/components/reports/drill-list";
import { describeFilters } from "@/components/reports/filter-summary";
import { csvHref, reportHref } from "@/components/reports/links";
import { Container } from "@/components/ui/container";
import { createReportContext, requireReportViewer, listDrillTickets, loadFilterOptions } from "@/lib/server/reports";
import { drillTargetParams, parseDrillTarget, filtersToParams, parseReportFilters } from "@/lib/shared/report-params";
import { firstParam, type SearchParams } from "@/lib/shared/search-params";
import { drillTitle, figureLabels } from "@/lib/shared/report-labels";

export const metadata: Metadata = { title: "Tiket di balik angka laporan" };

const pageSchema = z.coerce.number().int().min(1).max(100_000).catch(1);

export default async function DrillDownPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireReportViewer();
  const ctx = createReportContext();
  const params = await searchParams;
  const filters = parseReportFilters(params, ctx.now);
  const target = parseDrillTarget(params);
  const page = pageSchema.parse(firstParam(params.page));
  const [list, options] = await Promise.all([
    listDrillTickets(ctx, filters, target, page),
    loadFilterOptions(ctx, filters),
  ]);
  const title = drillTitle(target, ctx.durations);
  const explanation =
    target.kind === "backlog"
      ? "Tiket yang masih berjalan saat ini (tidak terikat periode), menurut tingkat dan umurnya sejak dibuka."
      : figureLabels(ctx.durations)[target.figure].counts;
  const pagerParams = Object.fromEntries(filtersToParams(filters, drillTargetParams(target)));
  return (
    <Container className="space-y-4 py-8">
      <p className="text-sm">
        <a href={reportHref(filters)} className="font-semibold text-brand-700 underline underline-offset-2">
          ‹ Kembali ke laporan
        </a>
      </p>
      <div>
        <h1 className="text-2xl font-bold text-brand-800">{title}</h1>
        <p className="text-muted">
          {target.kind === "backlog" ? "Antrean saat ini" : describeFilters(filters, options)}
        </p>
        <p className="mt-1">{explanation}</p>
      </div>
      <p>
        <a
          href={csvHref("tiket", filters, target)}
          download
          className="inline-flex min-h-11 items-center rounded-lg border border-brand-700 bg-white px-4 font-semibold text-brand-700 no-underline hover:bg-brand-50"
        >
          Unduh semua tiket ini (CSV)
        </a>
      </p>
      {list.total > 0 ? (
        <>
          <Pager
            basePath="/supervisor/laporan/tiket"
            params={pagerParams}
            page={page}
            pageSize={list.pageSize}
            total={list.total}
            noun="tiket"
            label="Halaman (atas)"
          />
          {list.rows.length > 0 && <DrillList rows={list.rows} timeZone={user.timeZone} />}
          <Pager
            basePath="/supervisor/laporan/tiket"
            params={pagerParams}
            page={page}
            pageSize={list.pageSize}
            total={list.total}
            noun="tiket"
            label="Halaman (bawah)"
          />
        </>
      ) : (
        <p role="status" className="rounded-lg border border-line bg-white p-4">
          Tidak ada tiket untuk angka ini dengan filter yang dipilih.
        </p>
      )}
    </Container>
  );
}
