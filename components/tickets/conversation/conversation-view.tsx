import type { Metadata } from "next";
import { SlaTimeline } from "@/components/reports/sla-timeline";
import { Container } from "@/components/ui/container";
import { ROLE_HOME, isStaff } from "@/lib/domain";
import { AssignForm } from "./assign-form";
import { CloseForm } from "./close-form";
import { ConfirmationRegion } from "./confirmation";
import { DeadlineBox } from "./deadline-box";
import { ForwardForm } from "./forward-form";
import { HistoryTimeline } from "./history-timeline";
import { InternalNoteForm } from "./internal-note-form";
import type { Conversation } from "@/lib/server/pages";
import { MessageList } from "./message-list";
import { ReplySection } from "./reply-section";
import { TicketFacts, TicketHeader } from "./ticket-header";

/** One ticket's page, the same for every role: what each may do comes from `ticket.can`. */
export function ConversationView({ conversation }: { conversation: Conversation }) {
  const { user, ticket, members, assigneeNames, clocks, initialClientKey, durations, attachmentLimits } = conversation;
  const { timeZone } = user;
  const isAsker = ticket.relation === "ASKER";
  const staff = isStaff(ticket.relation);
  const isReadOnlyDinas = ticket.relation === "DINAS_HANDLER" && ticket.tier === "HELPDESK" && !ticket.endedAt;
  // A district's own questions are listed apart from its inbox.
  const backHref = user.actor.role === "DINAS" && isAsker ? "/dinas/pertanyaan" : ROLE_HOME[user.actor.role];
  return (
    <Container className="py-6">
      {/* Aligned with the site header, at a reading width on wide screens. */}
      <div className="max-w-3xl space-y-4 sm:space-y-6">
        {/* On a phone the menu's tab leads back to the list: the first screen is for the conversation. */}
        <a
          href={backHref}
          className="hidden min-h-11 items-center font-semibold text-brand-700 underline sm:inline-flex"
        >
          ← Kembali ke daftar tiket
        </a>
        {/* First the ticket, its latest message and the action it asks for; what it waits for right
            after; the facts, the clocks and the history fold below. */}
        <TicketHeader ticket={ticket} />
        <MessageList ticket={ticket} timeZone={timeZone} />

        {/* The ticket's forms: what one of them confirms stays here when the form itself goes. */}
        <ConfirmationRegion>
          {ticket.can.reply && (
            <ReplySection
              ticketId={ticket.id}
              draftKey={`${user.actor.userId}:balas:${ticket.id}`}
              initialClientKey={initialClientKey}
              asksIfSolved={isAsker && ticket.state === "ANSWERED" && ticket.can.close}
              label={isAsker ? "Tulis balasan" : "Jawab penanya"}
              attachmentLimits={attachmentLimits}
            />
          )}
          {isReadOnlyDinas && (
            <p className="rounded-xl border border-line bg-white p-4">
              Tiket ini sudah ditangani Tim Helpdesk. Dinas tetap dapat membaca percakapannya sampai selesai.
            </p>
          )}
          {ticket.can.forward && <ForwardForm ticketId={ticket.id} />}
          {ticket.can.assign && (
            <AssignForm
              ticketId={ticket.id}
              members={members}
              assignee={ticket.assignee}
              selfId={ticket.relation === "HELPDESK" ? user.actor.userId : null}
            />
          )}
          {ticket.can.note && <InternalNoteForm ticketId={ticket.id} />}
          {ticket.can.close && <CloseForm ticketId={ticket.id} />}
        </ConfirmationRegion>
        <DeadlineBox ticket={ticket} durations={durations} timeZone={timeZone} />
        <TicketFacts ticket={ticket} viewerRole={user.actor.role} timeZone={timeZone} />

        {clocks && (
          <details className="rounded-xl border border-line bg-white p-4">
            <summary className="min-h-11 cursor-pointer text-lg font-bold text-brand-800">
              <h2 className="inline">Jam layanan (SLA)</h2>
            </summary>
            <div className="mt-3 space-y-3">
              <SlaTimeline clocks={clocks.clocks} timeZone={timeZone} now={new Date()} headingLevel={3} />
              {user.actor.role === "SUPERVISOR" && (
                <a
                  href={`/supervisor/laporan/tiket/${ticket.id}`}
                  className="inline-flex min-h-11 items-center font-semibold text-brand-700 underline"
                >
                  Buka di laporan layanan
                </a>
              )}
            </div>
          </details>
        )}
        <HistoryTimeline
          ticket={ticket}
          context={{
            durations,
            assigneeNames,
            showsAssigneeNames: staff,
            seesForwardNotes: staff || ticket.relation === "DINAS_HANDLER",
          }}
          timeZone={timeZone}
        />
      </div>
    </Container>
  );
}

/** The browser tab names the ticket; a ticket out of scope gets the not-found page's title. */
export function conversationMetadata(conversation: Conversation | null): Metadata {
  if (!conversation) return { title: "Halaman tidak ditemukan" };
  return { title: `${conversation.ticket.number} · ${conversation.ticket.subject}` };
}
