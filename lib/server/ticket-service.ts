// The app's ticket service, bound to the app database, the configured clock durations and the wall clock.
import { getPrisma } from "./db";
import { getClockDurations } from "./env";
import { createTicketService, type TicketService } from "./tickets";

let service: TicketService | undefined;

export function getTicketService(): TicketService {
  service ??= createTicketService({ prisma: getPrisma(), durations: getClockDurations() });
  return service;
}
