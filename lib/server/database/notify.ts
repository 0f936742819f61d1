// Changes that every app server must hear of at once (an admin's new settings), told through
// PostgreSQL's NOTIFY: the writer notifies in its transaction (delivered at commit), and each server
// keeps one connection of its own that LISTENs. That connection is re-opened when it drops (a database
// restart, a failover), with a "reconnected" call so the listener reloads what it may have missed.
// On the embedded database there is one process: the writer reloads its own state, nothing to hear.
import "server-only";
import pg from "pg";
import { serverUrlOf } from "./database";
import type { Prisma, PrismaClient } from "@/lib/server/generated/prisma/client";

/** Our channels (fixed names: LISTEN cannot take a parameter). */
export const CHANNELS = { settings: "helpdesk_settings" } as const;
export type Channel = keyof typeof CHANNELS;

/** Tells every listening server; in a transaction, only if and when it commits. */
export async function notifyChange(db: PrismaClient | Prisma.TransactionClient, channel: Channel): Promise<void> {
  await db.$executeRaw`SELECT pg_notify(${CHANNELS[channel]}, '')`;
}

export interface Listening {
  stop(): Promise<void>;
  /** Resolves once the first LISTEN is in place (tests; the app does not wait). */
  ready: Promise<void>;
}

const RETRY_MIN_MS = 500;
const RETRY_MAX_MS = 30_000;

/**
 * Calls `onChange("notified")` for each notification on `channel`, and `onChange("reconnected")` after
 * the connection was lost and is back. Null on the embedded database.
 */
export function listenForChanges(
  prisma: PrismaClient,
  channel: Channel,
  onChange: (why: "notified" | "reconnected") => void,
): Listening | null {
  const url = serverUrlOf(prisma);
  if (!url) return null;
  let stopped = false;
  let current: pg.Client | null = null;
  let timer: NodeJS.Timeout | null = null;
  let delay = RETRY_MIN_MS;
  let connectedBefore = false;
  let markReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (markReady = resolve));

  const retryLater = () => {
    if (stopped || timer) return;
    timer = setTimeout(() => {
      timer = null;
      void connect();
    }, delay);
    timer.unref();
    delay = Math.min(delay * 2, RETRY_MAX_MS);
  };

  const connect = async () => {
    if (stopped) return;
    // keepAlive: a connection the network silently dropped is noticed and replaced.
    const client = new pg.Client({
      connectionString: url,
      keepAlive: true,
      keepAliveInitialDelayMillis: 10_000,
      application_name: `helpdesk-listen-${channel}`,
    });
    let lost = false;
    const onLost = (error?: Error) => {
      if (lost) return;
      lost = true;
      if (current === client) current = null;
      if (!stopped)
        console.error(
          `[notify] koneksi LISTEN ${CHANNELS[channel]} terputus${error ? `: ${error.message}` : ""}; menyambung lagi`,
        );
      void client.end().catch(() => undefined);
      retryLater();
    };
    client.on("error", onLost);
    client.on("end", () => onLost());
    client.on("notification", (message) => {
      if (message.channel === CHANNELS[channel]) onChange("notified");
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${CHANNELS[channel]}`);
    } catch (error) {
      onLost(error as Error);
      return;
    }
    if (stopped) {
      await client.end().catch(() => undefined);
      return;
    }
    current = client;
    delay = RETRY_MIN_MS;
    if (connectedBefore) onChange("reconnected");
    connectedBefore = true;
    markReady();
  };

  void connect();
  return {
    ready,
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await current?.end().catch(() => undefined);
    },
  };
}
