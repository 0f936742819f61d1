// The app's ticket service, bound to the app database, the configured clock durations, the wall clock and
// (when Inngest runs the clocks) the outbox of their timers.
import { getPrisma } from "./db";
import { getClockDurations } from "./env";
import { getAppOutbox } from "./outbox/app-outbox";
import { createTicketService, type TicketService } from "./tickets";

let service: TicketService | undefined;

export function getTicketService(): TicketService {
  // The outbox is there only when Inngest runs the clocks (it starts their timers).
  service ??= createTicketService({ prisma: getPrisma(), durations: getClockDurations(), outbox: getAppOutbox() });
  return service;
}
