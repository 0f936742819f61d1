// The transactional outbox of the clock timers: record (in the change's transaction) → dispatch (after).
import "server-only";

export { TICKET_ACTIVITY, TICKET_AT_HELPDESK, TICKET_OPENED, clockEventsOf, type ClockEvent } from "./events";
export type { TicketActivityData, TicketAtHelpdeskData, TicketOpenedData } from "./events";
export { createTicketOutbox, recordClockEvents, type CreateTicketOutboxOptions } from "./record";
export {
  CLAIM_LEASE_MS,
  backoffMs,
  dispatchOutbox,
  pruneSentOutbox,
  SENT_RETENTION_MS,
  type DispatchOutboxOptions,
  type DispatchOutboxResult,
  type OutboxMessage,
  type OutboxSend,
} from "./dispatch";
