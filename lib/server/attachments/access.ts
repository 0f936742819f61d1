// Who may fetch an attachment: exactly those who may read the message it hangs on. The ticket must be
// in the actor's scope (docs/conventions.md, rule 3) and the message of a kind they may see (an internal note's
// screenshot is the helpdesk's only). Anything else is "not found", like a missing id.
import "server-only";
import { canSeeMessageKind, type Actor } from "@/lib/domain";
import type { PrismaClient } from "../generated/prisma/client";
import { snapshotSelect, toSnapshot } from "@/lib/server/tickets/ticket-store";
import { scopeWhere } from "../tickets/scope";

export interface ReadableAttachment {
  id: string;
  fileName: string;
  mimeType: string;
  sizeBytes: number;
  storageKey: string;
}

const MAX_ID_LENGTH = 64;

export async function findAttachmentForActor(
  prisma: PrismaClient,
  actor: Actor,
  id: string,
): Promise<ReadableAttachment | null> {
  if (id === "" || id.length > MAX_ID_LENGTH) return null;
  const row = await prisma.attachment.findFirst({
    where: { id, ticket: scopeWhere(actor) },
    select: {
      id: true,
      fileName: true,
      mimeType: true,
      sizeBytes: true,
      storageKey: true,
      message: { select: { kind: true } },
      ticket: { select: snapshotSelect },
    },
  });
  if (!row?.message) return null;
  if (!canSeeMessageKind(actor, toSnapshot(row.ticket), row.message.kind)) return null;
  const { message: _message, ticket: _ticket, ...attachment } = row;
  return attachment;
}
