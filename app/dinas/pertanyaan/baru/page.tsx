import type { Metadata } from "next";
import { NewTicketPage } from "@/components/tickets/new-ticket/new-ticket-page";
import { singleParam } from "@/components/tickets/new-ticket/new-ticket-setup";
import { requireRole } from "@/lib/server/auth";
import { loadNewTicket } from "@/lib/server/pages";

const TITLE = "Buat pertanyaan ke Helpdesk";
export const metadata: Metadata = { title: TITLE };

export default async function NewDinasQuestionPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireRole("DINAS");
  const data = await loadNewTicket(user, singleParam((await searchParams).lanjutan));
  return (
    <NewTicketPage
      user={user}
      asker="DINAS"
      data={data}
      title={TITLE}
      subtitle={`Dinas Pendidikan ${user.regencyName}`}
      home="/dinas"
      back={{ href: "/dinas/pertanyaan", label: "Pertanyaan saya ke Helpdesk" }}
    />
  );
}
