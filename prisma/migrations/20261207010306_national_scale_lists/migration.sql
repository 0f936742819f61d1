-- DropIndex
DROP INDEX "Ticket_regencyCode_askerType_state_openedAt_idx";

-- DropIndex
DROP INDEX "Ticket_state_lastMessageAt_idx";

-- DropIndex
DROP INDEX "Ticket_tier_assigneeId_state_tierSince_idx";

-- DropIndex
DROP INDEX "Ticket_tier_state_tierSince_idx";

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

-- From now on kept by the database whatever writes the history (transitions, the seed). The clock sweep
-- writes them with the ticket itself (it allocates the events' seqs first), and then nothing is updated.
CREATE FUNCTION "ticket_event_marks_clock_seq"() RETURNS trigger AS $$
BEGIN
  IF NEW."type" = 'ESCALATED' THEN
    UPDATE "Ticket" SET "escalatedEventSeq" = NEW."seq"
    WHERE "id" = NEW."ticketId" AND ("escalatedEventSeq" IS NULL OR "escalatedEventSeq" < NEW."seq");
  ELSIF NEW."type" = 'EXPIRED' THEN
    UPDATE "Ticket" SET "expiredEventSeq" = NEW."seq"
    WHERE "id" = NEW."ticketId" AND ("expiredEventSeq" IS NULL OR "expiredEventSeq" < NEW."seq");
  END IF;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "TicketEvent_marks_clock_seq"
  AFTER INSERT ON "TicketEvent"
  FOR EACH ROW WHEN (NEW."type" IN ('ESCALATED', 'EXPIRED'))
  EXECUTE FUNCTION "ticket_event_marks_clock_seq"();

-- The running tickets (about 1 % of them) by next deadline, per kind of list. Partial, so they stay small
-- and cheap to keep; a list reads them with the same predicate (list-views.ts RUNNING). nextDeadlineAt
-- itself is filled by `npm run db:migrate` after the migrations (lib/server/tickets/deadline-column.ts).
CREATE INDEX "Ticket_running_deadline_idx" ON "Ticket"("nextDeadlineAt", "id") WHERE "state" IN ('OPEN', 'ANSWERED');
CREATE INDEX "Ticket_running_tier_deadline_idx" ON "Ticket"("tier", "nextDeadlineAt", "id") WHERE "state" IN ('OPEN', 'ANSWERED');
CREATE INDEX "Ticket_running_assignee_deadline_idx" ON "Ticket"("tier", "assigneeId", "nextDeadlineAt", "id") WHERE "state" IN ('OPEN', 'ANSWERED');
CREATE INDEX "Ticket_running_regency_deadline_idx" ON "Ticket"("regencyCode", "nextDeadlineAt", "id") WHERE "state" IN ('OPEN', 'ANSWERED');
-- The clock sweep's candidates (escalation and helpdesk target by tierSince, expiry by the last message)
-- and the report's backlog, over the running tickets only (they replace four indexes over all tickets).
CREATE INDEX "Ticket_running_tier_since_idx" ON "Ticket"("tier", "tierSince", "id") WHERE "state" IN ('OPEN', 'ANSWERED');
CREATE INDEX "Ticket_running_last_message_idx" ON "Ticket"("lastMessageAt", "id") WHERE "state" IN ('OPEN', 'ANSWERED');
-- The clock notices of a district (lib/server/tickets/notices.ts): its schools' escalations and its own
-- questions' expiries in the last 30 days, with the seq the reader's marker is compared with, index-only.
CREATE INDEX "Ticket_escalated_notice_idx" ON "Ticket"("regencyCode", "handoffAt") INCLUDE ("askerType", "escalatedEventSeq", "id") WHERE "handoff" = 'ESCALATION';
CREATE INDEX "Ticket_expired_notice_idx" ON "Ticket"("regencyCode", "askerType", "endedAt") INCLUDE ("expiredEventSeq", "id") WHERE "endReason" IN ('NO_RESPONSE', 'ASKER_SILENT');

-- CreateIndex
CREATE INDEX "Ticket_endedAt_id_idx" ON "Ticket"("endedAt", "id");

-- CreateIndex
CREATE INDEX "Ticket_tier_endedAt_id_idx" ON "Ticket"("tier", "endedAt", "id");

-- CreateIndex
CREATE INDEX "Ticket_assigneeId_endedAt_id_idx" ON "Ticket"("assigneeId", "endedAt", "id");

-- CreateIndex
CREATE INDEX "Ticket_regencyCode_askerType_endedAt_id_idx" ON "Ticket"("regencyCode", "askerType", "endedAt", "id");


