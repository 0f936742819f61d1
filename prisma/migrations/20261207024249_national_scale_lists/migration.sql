-- DropIndex
DROP INDEX "Ticket_askerId_idx";

-- DropIndex
DROP INDEX "Ticket_regencyCode_askerType_state_openedAt_idx";

-- DropIndex
DROP INDEX "Ticket_state_lastMessageAt_idx";

-- DropIndex
DROP INDEX "Ticket_tier_assigneeId_state_tierSince_idx";

-- DropIndex
DROP INDEX "Ticket_tier_state_tierSince_idx";

-- DropIndex
DROP INDEX "TicketEvent_type_at_idx";

-- AlterTable
ALTER TABLE "Ticket" ADD COLUMN     "escalatedEventSeq" INTEGER,
ADD COLUMN     "expiredEventSeq" INTEGER,
ADD COLUMN     "nextDeadlineAt" TIMESTAMP(3);

-- The history seq of each ticket's escalation and expiry, from the history itself (before the indexes
-- exist, so the backfill does not maintain them row by row).
UPDATE "Ticket" t
SET "escalatedEventSeq" = e."escalated", "expiredEventSeq" = e."expired"
FROM (
  SELECT "ticketId", max("seq") FILTER (WHERE "type" = 'ESCALATED') AS "escalated",
    max("seq") FILTER (WHERE "type" = 'EXPIRED') AS "expired"
  FROM "TicketEvent" WHERE "type" IN ('ESCALATED', 'EXPIRED') GROUP BY "ticketId"
) e
WHERE t."id" = e."ticketId";

-- From now on written with the ticket by the transitions that write those events (ticket-store.ts,
-- clock/write-chunk.ts).

-- The running tickets (about 1 % of them) by next deadline, per kind of list, and for the clock sweep
-- (the tickets whose next deadline has passed: clock/candidates.ts). Partial, so they stay small and cheap
-- to keep; the queries name the running tickets with the same predicate (list-views.ts RUNNING). They
-- replace four indexes over all tickets. nextDeadlineAt itself is filled by `npm run db:migrate` after
-- the migrations (lib/server/tickets/deadline-column.ts).
CREATE INDEX "Ticket_running_deadline_idx" ON "Ticket"("nextDeadlineAt", "id") WHERE "state" IN ('OPEN', 'ANSWERED');
CREATE INDEX "Ticket_running_tier_deadline_idx" ON "Ticket"("tier", "nextDeadlineAt", "id") WHERE "state" IN ('OPEN', 'ANSWERED');
CREATE INDEX "Ticket_running_assignee_deadline_idx" ON "Ticket"("tier", "assigneeId", "nextDeadlineAt", "id") WHERE "state" IN ('OPEN', 'ANSWERED');
CREATE INDEX "Ticket_running_regency_deadline_idx" ON "Ticket"("regencyCode", "nextDeadlineAt", "id") WHERE "state" IN ('OPEN', 'ANSWERED');
-- The clock notices of a district (lib/server/tickets/notices.ts): its schools' escalations and its own
-- questions' expiries in the last 30 days, with the seq the reader's marker is compared with, index-only.
CREATE INDEX "Ticket_escalated_notice_idx" ON "Ticket"("regencyCode", "handoffAt") INCLUDE ("askerType", "escalatedEventSeq", "id") WHERE "handoff" = 'ESCALATION';
CREATE INDEX "Ticket_expired_notice_idx" ON "Ticket"("regencyCode", "askerType", "endedAt") INCLUDE ("expiredEventSeq", "id") WHERE "endReason" IN ('NO_RESPONSE', 'ASKER_SILENT');
-- The ended tickets by end, latest first: the second part of the lists sorted by urgency, per kind of
-- list. Partial, so that a write to a running ticket (a reply, an escalation) does not touch them.
CREATE INDEX "Ticket_ended_idx" ON "Ticket"("endedAt", "id") WHERE "state" IN ('CLOSED', 'EXPIRED');
CREATE INDEX "Ticket_ended_tier_idx" ON "Ticket"("tier", "endedAt", "id") WHERE "state" IN ('CLOSED', 'EXPIRED');
CREATE INDEX "Ticket_ended_assignee_idx" ON "Ticket"("assigneeId", "endedAt", "id") WHERE "state" IN ('CLOSED', 'EXPIRED');
CREATE INDEX "Ticket_ended_regency_idx" ON "Ticket"("regencyCode", "askerType", "endedAt", "id") WHERE "state" IN ('CLOSED', 'EXPIRED');

-- A retried submit (the same form key) finds the ticket it already opened by the message that carries the
-- key (lib/server/tickets/open-ticket.ts, open-walk-in.ts), not by scanning the asker's tickets.
CREATE INDEX "Message_clientKey_idx" ON "Message"("clientKey") WHERE "clientKey" IS NOT NULL;
