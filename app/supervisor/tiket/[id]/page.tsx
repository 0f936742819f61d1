import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ConversationView, conversationMetadata } from "@/components/tickets/conversation/conversation-view";
import { loadConversation, markConversationRead } from "@/components/tickets/conversation/load-conversation";
import { requireRole } from "@/lib/server/auth/session";

interface PageProps {
  params: Promise<{ id: string }>;
}

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  return conversationMetadata(await loadConversation(await requireRole("SUPERVISOR"), (await params).id));
}

// A ticket outside the user's scope is null, exactly like an id that does not exist.
export default async function Page({ params }: PageProps) {
  const user = await requireRole("SUPERVISOR");
  const conversation = await loadConversation(user, (await params).id);
  if (!conversation) notFound();
  await markConversationRead(conversation);
  return <ConversationView conversation={conversation} />;
}
