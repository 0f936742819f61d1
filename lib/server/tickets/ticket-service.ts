// The app's ticket service, bound to the app database, the clock durations in use, the wall clock and
// (when Inngest runs the clocks) the outbox of their timers. An admin may change the durations at
// /admin/pengaturan while the server runs: the service is rebuilt when the settings version moves, so
// deadlines shown and checked always follow the current values.
import "server-only";
import { getPrisma } from "@/lib/server/database";
import { getAppOutbox } from "@/lib/server/outbox/app-outbox";
import { getClockDurations, getSettingsVersion } from "@/lib/server/settings";
import { createTicketService, type TicketService } from "@/lib/server/tickets";

let cached: { service: TicketService; settingsVersion: number } | undefined;

export function getTicketService(): TicketService {
  // Read first: it also starts a background reload of stale settings.
  const durations = getClockDurations();
  const settingsVersion = getSettingsVersion();
  if (cached?.settingsVersion !== settingsVersion) {
    // The outbox is there only when Inngest runs the clocks (it starts their timers).
    cached = {
      service: createTicketService({ prisma: getPrisma(), durations, outbox: getAppOutbox() }),
      settingsVersion,
    };
  }
  return cached.service;
}
