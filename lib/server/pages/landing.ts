// What the public landing page needs: the service clocks it explains, from the installation's settings.
import "server-only";
import { DAY_MS } from "@/lib/domain/types";
import { getClockDurations } from "@/lib/server/settings";

/** The service clocks the landing page explains, in days (fractions allowed, e.g. 1/24 = one hour). */
export type ServiceDurations = {
  /** A school ticket still at the dinas is forwarded to the helpdesk automatically after this. */
  escalationDays: number;
  /** The helpdesk's answer target for questions from a dinas. */
  helpdeskAnswerDays: number;
  /** A ticket ends automatically after this long without a response. */
  expiryDays: number;
};

/** The installation's real settings, so the page never promises other times than the clocks keep. */
export function getServiceDurations(): ServiceDurations {
  const durations = getClockDurations();
  return {
    escalationDays: durations.escalationMs / DAY_MS,
    helpdeskAnswerDays: durations.helpdeskAnswerMs / DAY_MS,
    expiryDays: durations.expiryMs / DAY_MS,
  };
}
