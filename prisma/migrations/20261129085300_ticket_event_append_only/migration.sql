-- The ticket history is append-only: an event, once written, is never changed.
CREATE FUNCTION "ticket_event_is_append_only"() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'TicketEvent is append-only: events cannot be updated';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "TicketEvent_append_only"
  BEFORE UPDATE ON "TicketEvent"
  FOR EACH ROW EXECUTE FUNCTION "ticket_event_is_append_only"();
