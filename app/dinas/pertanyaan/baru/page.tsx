import type { Metadata } from "next";
import { NewTicketPage, type NewTicketSearchParams } from "@/components/tickets/new-ticket/new-ticket-page";
import { requireRole } from "@/lib/server/auth/session";

const TITLE = "Buat pertanyaan ke Helpdesk";
export const metadata: Metadata = { title: TITLE };

export default async function NewDistrictQuestionPage({ searchParams }: { searchParams: NewTicketSearchParams }) {
  const user = await requireRole("DINAS");
  return (
    <NewTicketPage
      user={user}
      asker="DINAS"
      searchParams={searchParams}
      title={TITLE}
      subtitle={`Dinas Pendidikan ${user.regencyName}`}
      home="/dinas"
      back={{ href: "/dinas/pertanyaan", label: "Pertanyaan saya ke Helpdesk" }}
    />
  );
}
