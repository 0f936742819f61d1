// CSV downloads of the report: every table of /supervisor/laporan and the tickets behind any figure.
// A route handler is a public endpoint: it checks the session and `report.view` itself.
import { authorize } from "@/lib/domain/permissions";
import { getCurrentUser } from "@/lib/server/auth";
import { createReportContext, csvResponse, buildCsvExport, CSV_TABLES, type CsvTable } from "@/lib/server/reports";
import { parseDrillTarget, parseReportFilters } from "@/lib/shared/report-params";

function refuse(status: 401 | 403 | 404, message: string): Response {
  return new Response(message, {
    status,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });
}

export async function GET(request: Request, context: { params: Promise<{ tabel: string }> }): Promise<Response> {
  const user = await getCurrentUser();
  if (!user) return refuse(401, "Silakan masuk terlebih dahulu.");
  const allowed = authorize(user.actor, "report.view");
  if (!allowed.ok) return refuse(403, allowed.message);
  if (user.mustChangePassword) return refuse(403, "Ganti kata sandi Anda terlebih dahulu.");

  const { tabel } = await context.params;
  if (!(CSV_TABLES as readonly string[]).includes(tabel)) return refuse(404, "Tabel laporan ini tidak ada.");
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const ctx = createReportContext();
  const filters = parseReportFilters(params, ctx.now);
  const csv = await buildCsvExport(ctx, filters, tabel as CsvTable, parseDrillTarget(params));
  return csvResponse(csv.filename, csv.header, csv.batches);
}
