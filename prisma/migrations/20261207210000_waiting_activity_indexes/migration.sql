-- The "Perlu tindakan" views (lib/server/tickets/list-views.ts): the tickets waiting for the district
-- (its schools' questions at tier DINAS whose asker spoke last) and for the helpdesk (OPEN at tier
-- HELPDESK), the unread ones by latest activity first. These indexes hold exactly the waiting tickets, in
-- that order, so the first page is an index walk that stops after 26 rows instead of reading every
-- waiting ticket of the country and sorting them (13.5 ms → 0.4 ms for a helpdesk member at national
-- scale). Partial, like the other running-ticket indexes, and left alone by `npm run db:check`.
CREATE INDEX "Ticket_waiting_helpdesk_activity_idx" ON "Ticket"("lastMessageAt", "id") WHERE "state" = 'OPEN' AND "tier" = 'HELPDESK';
CREATE INDEX "Ticket_waiting_district_activity_idx" ON "Ticket"("regencyCode", "lastMessageAt", "id") WHERE "state" = 'OPEN' AND "tier" = 'DINAS' AND "askerType" = 'SEKOLAH';
