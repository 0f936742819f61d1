// What every operation of the ticket service needs, passed in explicitly so tests use their own
// database and clock (the domain never reads the clock; neither does this service, except through `now`).
import type { ClockDurations } from "@/lib/domain";
import type { PrismaClient } from "../generated/prisma/client";

export interface TicketServiceDeps {
  prisma: PrismaClient;
  durations: ClockDurations;
  now: () => Date;
}
