// Opening a ticket on the web: a school's question goes to its kab/kota's district office, a district
// office's question to the helpdesk. Who asks, and for which school, comes from the session (the
// actor), never from the form; the school's kab/kota comes from the database.
import "server-only";
import crypto from "node:crypto";
import { authorize, openTicket as openTransition, type Actor } from "@/lib/domain";
import { readRows } from "@/lib/server/database";
import { Prisma } from "../generated/prisma/client";
import type { MessageFiles } from "./ticket-store";
import { writeOpenedTicket } from "./write-opened";
import type { TicketServiceDeps } from "./deps";
import { changedTicket } from "./mutate-ticket";
import { fromRefusal, invalidInput, refusal, type ServiceFailure, type TicketChangeResult } from "./results";
import { loadTicketByFormKey } from "./scope";
import { checkFollowUp, resolveAskerPlace } from "./open-ticket-checks";
import { openTicketSchema, type OpenTicketInput } from "@/lib/shared/ticket-input";

const INACTIVE_CATEGORY_MESSAGE = "Kategori yang dipilih tidak tersedia. Pilih kategori lain.";

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

  return writeOpenedTicket(deps, actor, opened, {
    lockName: "ticket.open",
    clientKey,
    fields: { subject, categoryId, askerId: actor.userId, followUpOfId: followUpOfId ?? null },
    files: files.length > 0 ? { uploaderId: actor.userId, files } : undefined,
  });
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
