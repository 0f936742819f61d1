// A public reply. The domain decides whether the actor speaks as the asker or as the handler.
// Replies commute, so on a version conflict we simply re-read and apply again: two people replying at
// once are both saved. A reply to a ticket that ended a moment ago gets TICKET_ENDED, never a silent loss.
import "server-only";
import { replyToTicket as replyTransition, type Actor } from "@/lib/domain";
import { readRows } from "@/lib/server/database";
import { Prisma } from "../generated/prisma/client";
import type { MessageFiles } from "./ticket-store";
import type { TicketServiceDeps } from "./deps";
import { changedTicket, decideBy, mutateTicket, type Decision } from "./mutate-ticket";
import {
  conflict,
  fromRefusal,
  invalidField,
  invalidInput,
  notFound,
  type ServiceFailure,
  type TicketChangeResult,
} from "./results";
import { loadTicketForActor, type LoadedTicket } from "./scope";
import { replyToTicketSchema, type ReplyToTicketInput } from "@/lib/shared/ticket-input";

const CLIENT_KEY_TAKEN = "Kunci pengiriman formulir sudah dipakai. Muat ulang halaman lalu coba lagi.";

export async function replyToTicket(
  deps: TicketServiceDeps,
  actor: Actor,
  input: ReplyToTicketInput,
  files: MessageFiles["files"] = [],
): Promise<TicketChangeResult> {
  const parsed = replyToTicketSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const { ticketId, body, clientKey } = parsed.data;

  /** A retried submit of a reply that is already saved answers with the ticket as it is now. */
  async function replayOf(loaded: LoadedTicket): Promise<TicketChangeResult | null> {
    if (!clientKey) return null;
    const [existing] = await readRows<{ authorId: string | null }>(
      deps.prisma,
      Prisma.sql`SELECT "authorId" FROM "Message" WHERE "ticketId" = ${ticketId} AND "clientKey" = ${clientKey}`,
    );
    if (!existing) return null;
    if (existing.authorId !== actor.userId) return invalidField("clientKey", CLIENT_KEY_TAKEN);
    return changedTicket(loaded.number, loaded.snapshot, true);
  }

  return mutateTicket(deps, {
    clientKey,
    ...(files.length > 0 ? { attachments: { uploaderId: actor.userId, files } } : {}),
    load: (db) => loadTicketForActor(db, actor, ticketId),
    async decide(loaded, now): Promise<Decision> {
      // Checked before the rules: the first submit may have been the last message before the ticket ended.
      const replay = await replayOf(loaded);
      if (replay) return { stop: replay };
      return decideBy(replyTransition(loaded.snapshot, actor, body, now));
    },
    // The backstop: a concurrent request with the same key won between our check and our write.
    async onDuplicateClientKey() {
      const loaded = await loadTicketForActor(deps.prisma, actor, ticketId);
      return (loaded && (await replayOf(loaded))) ?? conflict();
    },
  });
}

/**
 * Whether a reply could be written now, checked before its files are decoded and stored: a reply to a
 * ticket outside the actor's scope (or one they may not answer) is refused without touching its files.
 * The write checks again in its transaction; this only keeps refused uploads from costing anything.
 */
export async function precheckReply(
  deps: TicketServiceDeps,
  actor: Actor,
  input: ReplyToTicketInput,
): Promise<ServiceFailure | null> {
  const parsed = replyToTicketSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const loaded = await loadTicketForActor(deps.prisma, actor, parsed.data.ticketId);
  if (!loaded) return notFound();
  const decided = replyTransition(loaded.snapshot, actor, parsed.data.body, deps.now());
  return decided.ok ? null : fromRefusal(decided);
}
