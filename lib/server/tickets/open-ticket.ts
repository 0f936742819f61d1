// Opening a ticket on the web: a school's question goes to its kab/kota's district office, a district
// office's question to the helpdesk. Who asks, and for which school, comes from the session (the
// actor), never from the form; the school's kab/kota comes from the database.
import "server-only";
import crypto from "node:crypto";
import { authorize, formatTicketNumber, openTicket as openTransition, type Actor } from "@/lib/domain";
import { readRows } from "@/lib/server/database";
import { Prisma } from "../generated/prisma/client";
import { insertOpenedTicket, nextTicketSeq, type MessageFiles } from "./ticket-store";
import type { TicketServiceDeps } from "./deps";
import { changedTicket } from "./mutate-ticket";
import { fromRefusal, invalidInput, refusal, type ServiceFailure, type TicketChangeResult } from "./results";
import { loadTicketByFormKey } from "./scope";
import { checkFollowUp, resolveAskerPlace } from "./open-ticket-checks";
import { openTicketSchema, type OpenTicketInput } from "@/lib/shared/ticket-input";

const INACTIVE_CATEGORY_MESSAGE = "Kategori yang dipilih tidak tersedia. Pilih kategori lain.";

const JAKARTA_YEAR = new Intl.DateTimeFormat("en-US", { timeZone: "Asia/Jakarta", year: "numeric" });

/** Ticket numbers count per calendar year in WIB, where the helpdesk is. */
export function ticketYearOf(now: Date): number {
  return Number(JAKARTA_YEAR.format(now));
}

/** The ticket this asker already opened with this form submit, if any (a retried submit). */
function findOpenedWithKey(
  db: Prisma.TransactionClient | TicketServiceDeps["prisma"],
  actor: Actor,
  clientKey: string,
) {
  return loadTicketByFormKey(db, actor, clientKey);
}

export async function openTicket(
  deps: TicketServiceDeps,
  actor: Actor,
  input: OpenTicketInput,
  files: MessageFiles["files"] = [],
): Promise<TicketChangeResult> {
  const allowed = authorize(actor, "ticket.open");
  if (!allowed.ok) return fromRefusal(allowed);
  const parsed = openTicketSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const { categoryId, subject, body, followUpOfId, clientKey } = parsed.data;

  if (clientKey) {
    const existing = await findOpenedWithKey(deps.prisma, actor, clientKey);
    if (existing) return changedTicket(existing.number, existing.snapshot, true);
  }
  const [category] = await readRows<{ id: string }>(
    deps.prisma,
    Prisma.sql`SELECT "id" FROM "Category" WHERE "id" = ${categoryId} AND "isActive"`,
  );
  if (!category) return invalidCategory();
  const place = await resolveAskerPlace(deps.prisma, actor);
  if (!place.ok) return place;
  if (followUpOfId) {
    const followUp = await checkFollowUp(deps.prisma, actor, followUpOfId);
    if (followUp) return followUp;
  }

  const now = deps.now();
  const opened = openTransition(actor, { id: crypto.randomUUID(), ...place.value, body }, now);
  if (!opened.ok) return fromRefusal(opened);

  // The number is taken before the transaction, so the counter's row lock is not held through it.
  const year = ticketYearOf(now);
  const number = formatTicketNumber(year, await nextTicketSeq(deps.prisma, year));
  let outboxEvents = 0;
  const result = await deps.prisma.$transaction(async (tx) => {
    if (clientKey) {
      // Two submits of the same form racing: the second waits here until the first commits, then
      // finds its ticket. (The unique index on Message is per ticket, so it cannot catch this case.)
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`ticket.open:${actor.userId}:${clientKey}`}, 0))`;
      const existing = await findOpenedWithKey(tx, actor, clientKey);
      if (existing) return changedTicket(existing.number, existing.snapshot, true);
    }
    await insertOpenedTicket(
      tx,
      opened,
      { number, subject, categoryId, askerId: actor.userId, followUpOfId: followUpOfId ?? null },
      deps.durations,
      clientKey,
      files.length > 0 ? { uploaderId: actor.userId, files } : undefined,
    );
    outboxEvents = (await deps.outbox?.record(tx, opened, deps.durations)) ?? 0;
    return changedTicket(number, opened.ticket, false);
  });
  if (outboxEvents > 0) deps.outbox?.afterCommit();
  return result;
}

function invalidCategory(): ServiceFailure {
  return {
    ...refusal("INVALID_INPUT", INACTIVE_CATEGORY_MESSAGE),
    fieldErrors: { categoryId: [INACTIVE_CATEGORY_MESSAGE] },
  };
}

/** Whether this actor could open a ticket now, checked before the form's files are decoded and stored. */
export async function precheckOpen(deps: TicketServiceDeps, actor: Actor): Promise<ServiceFailure | null> {
  const allowed = authorize(actor, "ticket.open");
  if (!allowed.ok) return fromRefusal(allowed);
  const place = await resolveAskerPlace(deps.prisma, actor);
  return place.ok ? null : place;
}
