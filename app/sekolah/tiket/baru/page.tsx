import type { Metadata } from "next";
import { NewTicketPage } from "@/components/tickets/new-ticket/new-ticket-page";
import { singleParam } from "@/components/tickets/new-ticket/new-ticket-setup";
import { requireRole } from "@/lib/server/auth";
import { loadNewTicket } from "@/lib/server/pages";

const TITLE = "Buat tiket baru";
export const metadata: Metadata = { title: TITLE };

export default async function NewSchoolTicketPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireRole("SEKOLAH");
  const data = await loadNewTicket(user, singleParam((await searchParams).lanjutan));
  return (
    <NewTicketPage
      user={user}
      asker="SEKOLAH"
      data={data}
      title={TITLE}
      subtitle={`${user.schoolName} · NPSN ${user.npsn}`}
      home="/sekolah"
      back={{ href: "/sekolah", label: "Tiket saya" }}
    />
  );
}
