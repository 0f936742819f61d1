// An admin's edit of one school: name, bentuk, status, kab/kota, address and whether it is active.
// A kab/kota change moves the school's running tickets exactly as the import does (moveSchoolTickets),
// in the same transaction. The form carries the updatedAt it was read at: if the school changed since
// (another admin, an import), the edit is refused rather than silently overwriting that change.
import "server-only";
import { z } from "zod";
import { authorize, type Actor } from "@/lib/domain";
import type { PrismaClient } from "../generated/prisma/client";
import { invalidField, invalidInput, refusal, type ServiceFailure, type ServiceResult } from "../tickets/results";
import { DAPODIK_BENTUK_ID, SCHOOL_FORMS, SCHOOL_STATUSES } from "@/lib/shared/schools";
import { moveSchoolTickets } from "./move-tickets";
import { ADDRESS_MAX, NAME_MAX } from "./school-csv";
import { tryLockSchoolWrites } from "./write-lock";

export const SCHOOL_CHANGED_MESSAGE =
  "Data sekolah ini baru saja diubah oleh orang lain atau oleh impor. Muat ulang halaman, periksa datanya, lalu simpan lagi.";
export const SCHOOL_BUSY_MESSAGE = "Impor data sekolah sedang berjalan. Tunggu sampai selesai, lalu simpan lagi.";

const blankToNull = (value: unknown) => (typeof value === "string" && value.trim() === "" ? null : value);

export const updateSchoolSchema = z.object({
  schoolId: z
    .string({ error: "Sekolah tidak dikenali." })
    .trim()
    .min(1, "Sekolah tidak dikenali.")
    .max(64, "Sekolah tidak dikenali."),
  /** The school's updatedAt when the form was shown (ISO). */
  expectedUpdatedAt: z.iso.datetime({ error: "Muat ulang halaman, lalu coba lagi." }),
  name: z
    .string({ error: "Nama wajib diisi." })
    .trim()
    .min(3, "Nama minimal 3 karakter.")
    .max(NAME_MAX, `Nama paling banyak ${NAME_MAX} karakter.`)
    .transform((name) => name.replace(/\s+/g, " ")),
  form: z.enum(SCHOOL_FORMS, { error: "Pilih bentuk pendidikan." }),
  status: z.enum(SCHOOL_STATUSES, { error: "Pilih status negeri atau swasta." }),
  regencyCode: z
    .string({ error: "Pilih kabupaten/kota." })
    .trim()
    .regex(/^\d{2}\.\d{2}$/, "Pilih kabupaten/kota dari daftar."),
  address: z.preprocess(
    blankToNull,
    z.string().trim().max(ADDRESS_MAX, `Alamat paling banyak ${ADDRESS_MAX} karakter.`).nullable().default(null),
  ),
  /** A checkbox: "on" when ticked, absent when not. */
  isActive: z.preprocess((value) => value === "on" || value === "true" || value === true, z.boolean()),
});
export type UpdateSchoolInput = z.input<typeof updateSchoolSchema>;

export type SchoolUpdate = ServiceResult<{ movedTickets: number; fromRegency: string; toRegency: string }>;

class Stop extends Error {
  constructor(readonly failure: ServiceFailure) {
    super(failure.message);
  }
}

export async function updateSchool(
  prisma: PrismaClient,
  actor: Actor,
  input: UpdateSchoolInput,
  now: Date = new Date(),
): Promise<SchoolUpdate> {
  const allowed = authorize(actor, "admin.manage");
  if (!allowed.ok) return refusal(allowed.code, allowed.message);
  const parsed = updateSchoolSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const { schoolId, expectedUpdatedAt, regencyCode, ...fields } = parsed.data;

  const regency = await prisma.regency.findUnique({ where: { code: regencyCode }, select: { code: true } });
  if (!regency) return invalidField("regencyCode", "Kabupaten/kota tidak dikenal. Pilih dari daftar.");
  try {
    return await prisma.$transaction(async (tx) => {
      if (!(await tryLockSchoolWrites(tx)))
        throw new Stop({ ok: false, code: "CONFLICT", message: SCHOOL_BUSY_MESSAGE });
      const current = await tx.school.findUnique({
        where: { id: schoolId },
        select: { regencyCode: true, updatedAt: true },
      });
      if (!current) throw new Stop({ ok: false, code: "NOT_FOUND", message: "Sekolah tidak ditemukan." });
      if (current.updatedAt.toISOString() !== new Date(expectedUpdatedAt).toISOString()) {
        throw new Stop({ ok: false, code: "CONFLICT", message: SCHOOL_CHANGED_MESSAGE });
      }
      await tx.school.update({
        where: { id: schoolId },
        data: { ...fields, regencyCode, dapodikBentukId: DAPODIK_BENTUK_ID[fields.form] ?? null, updatedAt: now },
      });
      const movedTickets =
        current.regencyCode === regencyCode
          ? 0
          : await moveSchoolTickets(tx, [{ schoolId, toRegency: regencyCode }], actor.userId, now);
      return { ok: true as const, movedTickets, fromRegency: current.regencyCode, toRegency: regencyCode };
    });
  } catch (error) {
    if (error instanceof Stop) return error.failure;
    throw error;
  }
}
