-- The SLA report's backlog (lib/server/reports/backlog.ts): the running tickets per tier by how long ago
-- they were opened, with every column the report's filters use, so the count is an index-only scan of
-- the running tickets (about 1 % of all) instead of a visit to each of their table pages. Partial, like
-- the other running-ticket indexes (national_scale_lists), and left alone by `npm run db:check`.
CREATE INDEX "Ticket_running_backlog_idx" ON "Ticket"("tier", "openedAt") INCLUDE ("regencyCode", "categoryId", "askerType", "channel") WHERE "state" IN ('OPEN', 'ANSWERED');
