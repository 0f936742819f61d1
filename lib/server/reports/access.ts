// Who may read the reports, for pages (route handlers answer 401/403 themselves: see app/api/laporan).
import "server-only";
import { redirect } from "next/navigation";
import { authorize } from "@/lib/domain/permissions";
import { requireRole, type CurrentUser } from "../auth/session";
import { getPrisma } from "@/lib/server/database";
import { getClockDurations } from "@/lib/server/settings";
import type { ReportContext } from "./figures";

/** The signed-in supervisor; anyone else gets the sign-in page or "not allowed". */
export async function requireReportViewer(): Promise<CurrentUser> {
  const user = await requireRole("SUPERVISOR");
  if (!authorize(user.actor, "report.view").ok) redirect("/tidak-berwenang");
  return user;
}

/** The database, the installation's clock durations and this request's "now". */
export function createReportContext(now: Date = new Date()): ReportContext {
  return { prisma: getPrisma(), durations: getClockDurations(), now };
}
