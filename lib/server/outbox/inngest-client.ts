// The Inngest client of the app, configured from lib/server/env (never from process.env directly): the
// outbox sends through it and inngest/functions run on it. Created on first use: without Inngest
// settings the app never needs it (the clocks run in-process).
import "server-only";
import { Inngest } from "inngest";
import { getInngestSettings, type InngestSettings } from "@/lib/server/config";
import type { OutboxSend } from "@/lib/server/outbox";

export const INNGEST_APP_ID = "helpdesk-dapodik-paud-dikmas";

export function createInngestClient(settings: InngestSettings): Inngest {
  return new Inngest({
    id: INNGEST_APP_ID,
    isDev: settings.isDev,
    ...(settings.eventKey ? { eventKey: settings.eventKey } : {}),
    ...(settings.signingKey ? { signingKey: settings.signingKey } : {}),
    ...(settings.baseUrl ? { baseUrl: settings.baseUrl } : {}),
  });
}

const holder = globalThis as unknown as { __helpdeskInngest?: Inngest };

export function getInngest(): Inngest {
  holder.__helpdeskInngest ??= createInngestClient(getInngestSettings());
  return holder.__helpdeskInngest;
}

/** The outbox dispatcher's `send` through this client (throws when Inngest did not accept the events). */
export function sendWith(client: Inngest): OutboxSend {
  return async (events) => {
    await client.send(events);
  };
}
