// The timer events' data, checked at the boundary: an event Inngest replays or a hand-sent test event
// with a malformed payload fails once, clearly, instead of retrying forever.
import { NonRetriableError } from "inngest";
import { z } from "zod";

const isoTime = z.iso.datetime({ offset: true });

export const timerDataSchema = z.object({ ticketId: z.string().min(1), dueAt: isoTime });

export type TimerData = z.infer<typeof timerDataSchema>;

export function parseTimerData(data: unknown): TimerData {
  const parsed = timerDataSchema.safeParse(data);
  if (!parsed.success) throw new NonRetriableError(`invalid clock timer event: ${parsed.error.message}`);
  return parsed.data;
}
