// The ticket transitions, one entry point. Each returns a TransitionResult: the ticket to write (with
// `version` incremented), its history events and any messages, or a Refusal in Bahasa Indonesia.

export { openTicket, openWalkInTicket, type OpenTicketInput, type OpenWalkInInput } from "./transitions-open";
export { replyToTicket, closeTicket } from "./transitions-conversation";
export { forwardTicket, assignTicket, addInternalNote } from "./transitions-handling";
export {
  escalateTicket,
  expireTicket,
  recordHelpdeskBreach,
  runDueClockTransitions,
  dueClockTransitions,
  type ClockTransitionKind,
  type ClockSweepResult,
} from "./transitions-clock";
export { isEnded } from "./ticket-state";
