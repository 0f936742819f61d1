import type { Metadata } from "next";
import { DashboardHeading } from "@/components/dashboard/dashboard-heading";
import { Container } from "@/components/ui/container";
import { requireRole } from "@/lib/server/auth/session";

export const metadata: Metadata = { title: "Beranda helpdesk" };

export default async function Page() {
  const user = await requireRole("HELPDESK");
  return (
    <Container className="py-6">
      <DashboardHeading user={user} title="Beranda helpdesk" />
    </Container>
  );
}
