// One ticket's page, the same for every role (`app/<role>/tiket/[id]/page.tsx` each name their role):
// the role's gate, the ticket as this user may see it, the read marker, the view.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ConversationView, conversationMetadata } from "@/components/tickets/conversation/conversation-view";
import type { Role } from "@/lib/domain";
import { requireRole } from "@/lib/server/auth";
import { loadConversation, markConversationRead } from "@/lib/server/pages";

interface TicketPageProps {
  params: Promise<{ id: string }>;
}

export function ticketPage(role: Role) {
  async function generateMetadata({ params }: TicketPageProps): Promise<Metadata> {
    return conversationMetadata(await loadConversation(await requireRole(role), (await params).id));
  }

  // A ticket outside the user's scope is null, exactly like an id that does not exist.
  async function TicketPage({ params }: TicketPageProps) {
    const user = await requireRole(role);
    const conversation = await loadConversation(user, (await params).id);
    if (!conversation) notFound();
    await markConversationRead(conversation);
    return <ConversationView conversation={conversation} />;
  }

  return { generateMetadata, TicketPage };
}
