// The app's outbox: present only when Inngest runs the clocks. After a change that wrote timer events
// commits, they are handed to Inngest at once, in the background: the user's request never waits for
// Inngest and never fails because of it. Whatever is not sent now, the cron sweep sends later.
import "server-only";
import { getInngest, sendWith } from "@/lib/server/outbox/inngest-client";
import { getPrisma } from "@/lib/server/database";
import { isInngestConfigured } from "@/lib/server/config";
import type { TicketOutbox } from "../tickets/deps";
import { dispatchOutbox } from "./dispatch";
import { createTicketOutbox } from "./record";

export function getAppOutbox(): TicketOutbox | undefined {
  if (!isInngestConfigured()) return undefined;
  return createTicketOutbox({
    afterCommit() {
      void dispatchOutbox({ prisma: getPrisma(), send: sendWith(getInngest()) })
        .then((result) => {
          if (result.error) console.warn(`[outbox] ${result.failed} event menunggu pengiriman ulang: ${result.error}`);
        })
        .catch((error: unknown) => console.error("[outbox] pengiriman event gagal", error));
    },
  });
}
