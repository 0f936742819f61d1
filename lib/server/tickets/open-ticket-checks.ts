// The database facts opening a ticket depends on: where the asker belongs, and the ticket it follows up.
import "server-only";
import { isEnded, relationOf, type Actor } from "@/lib/domain";
import { readRows } from "@/lib/server/database";
import { Prisma } from "../generated/prisma/client";
import type { TicketServiceDeps } from "./deps";
import { invalidField, refusal, type ServiceFailure } from "./results";
import { loadTicketForActor } from "./scope";

type Db = TicketServiceDeps["prisma"];

export const SCHOOL_UNAVAILABLE_MESSAGE =
  "Satuan pendidikan akun Anda tidak terdaftar atau tidak aktif, sehingga belum dapat membuat tiket. Hubungi Dinas Pendidikan kabupaten/kota Anda.";
export const FOLLOW_UP_NOT_FOUND_MESSAGE = "Tiket yang dilanjutkan tidak ditemukan.";
export const FOLLOW_UP_NOT_ENDED_MESSAGE =
  "Tiket yang dilanjutkan masih berjalan. Lanjutkan percakapan di tiket itu saja.";

export type AskerPlace = { ok: true; value: { regencyCode: string; schoolId: string | null } } | ServiceFailure;

/** A school asks for its own school (from the session) in that school's kab/kota; a district for itself. */
export async function resolveAskerPlace(db: Db, actor: Actor): Promise<AskerPlace> {
  if (actor.role !== "SEKOLAH") {
    // authorize("ticket.open") let only SEKOLAH and DINAS (with its kab/kota) through.
    return { ok: true, value: { regencyCode: actor.regencyCode ?? "", schoolId: null } };
  }
  const [school] = actor.schoolId
    ? await readRows<{ regencyCode: string; isActive: boolean }>(
        db,
        Prisma.sql`SELECT "regencyCode", "isActive" FROM "School" WHERE "id" = ${actor.schoolId}`,
      )
    : [];
  if (!school || !school.isActive) return refusal("FORBIDDEN", SCHOOL_UNAVAILABLE_MESSAGE);
  return { ok: true, value: { regencyCode: school.regencyCode, schoolId: actor.schoolId } };
}

/** "Lanjutan dari tiket #…": only an ended ticket the actor can see. Null when it is fine. */
export async function checkFollowUp(db: Db, actor: Actor, followUpOfId: string): Promise<ServiceFailure | null> {
  const previous = await loadTicketForActor(db, actor, followUpOfId);
  // Only the asker's own ended tickets can be continued: a district may read its schools' tickets,
  // but a follow-up of one is the school's to open, not the district's.
  if (!previous || relationOf(actor, previous.snapshot) !== "ASKER")
    return invalidField("followUpOfId", FOLLOW_UP_NOT_FOUND_MESSAGE);
  if (!isEnded(previous.snapshot)) return invalidField("followUpOfId", FOLLOW_UP_NOT_ENDED_MESSAGE);
  return null;
}
