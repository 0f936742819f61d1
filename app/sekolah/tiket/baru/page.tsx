import type { Metadata } from "next";
import { NewTicketPage, type NewTicketSearchParams } from "@/components/tickets/new-ticket/new-ticket-page";
import { requireRole } from "@/lib/server/auth/session";

const TITLE = "Buat tiket baru";
export const metadata: Metadata = { title: TITLE };

export default async function NewSchoolTicketPage({ searchParams }: { searchParams: NewTicketSearchParams }) {
  const user = await requireRole("SEKOLAH");
  return (
    <NewTicketPage
      user={user}
      asker="SEKOLAH"
      searchParams={searchParams}
      title={TITLE}
      subtitle={`${user.schoolName} · NPSN ${user.npsn}`}
      home="/sekolah"
      back={{ href: "/sekolah", label: "Tiket saya" }}
    />
  );
}
