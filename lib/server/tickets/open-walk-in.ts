// A visit to the ULT counter, recorded by the helpdesk member who served it. The visitor is found by
// NPSN (a school's operator) or by kab/kota (a district office); the ticket is opened on the
// visitor's behalf with the number in the same transaction, then either ends at once (resolved at the
// counter) or continues at tier HELPDESK, assigned to the recording member. The asker account is that
// member: what lets the school's (or district's) own operators follow it online is the ticket's
// school/kab-kota scope, not the asker id.
import "server-only";
import crypto from "node:crypto";
import { z } from "zod";
import { authorize, normalizeNpsn, openWalkInTicket as openWalkInTransition, type Actor } from "@/lib/domain";
import { Prisma } from "../generated/prisma/client";
import type { TicketServiceDeps } from "./deps";
import { changedTicket } from "./mutate-ticket";
import { writeOpenedTicket } from "./write-opened";
import { fromRefusal, invalidField, invalidInput, type ServiceFailure, type TicketChangeResult } from "./results";
import { loadTicketByFormKey } from "./scope";
import { QUESTION_MIN, SUBJECT_MAX, SUBJECT_MIN, TEXT_MAX } from "@/lib/shared/ticket-input";

export const WALK_IN_OUTCOMES = ["RESOLVED", "CONTINUE"] as const;
export type WalkInOutcome = (typeof WALK_IN_OUTCOMES)[number];

export const ANSWER_REQUIRED_MESSAGE = "Tuliskan jawaban yang diberikan di loket bila masalahnya selesai di tempat.";
export const VISITOR_REQUIRED_MESSAGE =
  "Pilih satuan pendidikan (NPSN) atau kabupaten/kota pengunjung terlebih dahulu.";

const blankToUndefined = (value: unknown) =>
  value === null || (typeof value === "string" && value.trim() === "") ? undefined : value;
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blankToUndefined, schema.optional());
const text = (label: string, min: number, max = TEXT_MAX) =>
  z
    .string({ error: `${label} wajib diisi.` })
    .trim()
    .min(min, min <= 1 ? `${label} wajib diisi.` : `${label} minimal ${min} karakter.`)
    .max(max, `${label} paling banyak ${max.toLocaleString("id-ID")} karakter.`);

export const openWalkInSchema = z
  .object({
    /** A school's visitor: its NPSN (normalised: case and spaces forgiven). */
    npsn: optional(z.string().trim().max(20, "NPSN tidak sah.")),
    /** A district office's visitor: its kab/kota (Kemendagri code, e.g. 33.74). */
    regencyCode: optional(z.string().trim().max(16, "Pilih kabupaten/kota dari daftar.")),
    visitorName: text("Nama pengunjung", 2, 100),
    visitorPhone: optional(
      z
        .string()
        .trim()
        .regex(/^\+?[0-9][0-9 -]{6,18}[0-9]$/, "Nomor telepon tidak sah (contoh: 0812 3456 7890)."),
    ),
    categoryId: z
      .string({ error: "Pilih kategori pertanyaan." })
      .trim()
      .min(1, "Pilih kategori pertanyaan.")
      .max(64, "Pilih kategori pertanyaan."),
    /** Optional at the counter: taken from the question when left empty. */
    subject: optional(
      z
        .string()
        .trim()
        .min(SUBJECT_MIN, `Judul minimal ${SUBJECT_MIN} karakter.`)
        .max(SUBJECT_MAX, `Judul paling banyak ${SUBJECT_MAX} karakter.`),
    ),
    question: text("Pertanyaan", QUESTION_MIN),
    answer: optional(text("Jawaban", 1)),
    outcome: z.enum(WALK_IN_OUTCOMES, { error: "Pilih: selesai di tempat atau lanjutkan sebagai tiket." }),
    clientKey: optional(z.uuid({ error: "Kunci pengiriman formulir tidak sah. Muat ulang halaman lalu coba lagi." })),
  })
  .superRefine((input, ctx) => {
    if (input.npsn === undefined && input.regencyCode === undefined) {
      ctx.addIssue({ code: "custom", path: ["npsn"], message: VISITOR_REQUIRED_MESSAGE });
    }
    if (input.outcome === "RESOLVED" && input.answer === undefined) {
      ctx.addIssue({ code: "custom", path: ["answer"], message: ANSWER_REQUIRED_MESSAGE });
    }
  });

export interface OpenWalkInInput {
  npsn?: string | null;
  regencyCode?: string | null;
  visitorName: string;
  visitorPhone?: string | null;
  categoryId: string;
  subject?: string | null;
  question: string;
  answer?: string | null;
  outcome: WalkInOutcome;
  clientKey?: string | null;
}

/** A title for the list when the counter left it empty: the question's first line, cut at a word. */
export function subjectFromQuestion(question: string): string {
  const firstLine = (question.split(/\r?\n/).find((line) => line.trim() !== "") ?? question)
    .replace(/\s+/g, " ")
    .trim();
  if (firstLine.length <= SUBJECT_MAX) return firstLine;
  const cut = firstLine.slice(0, SUBJECT_MAX - 1);
  const space = cut.lastIndexOf(" ");
  return `${space > SUBJECT_MAX / 2 ? cut.slice(0, space) : cut}…`;
}

type Db = TicketServiceDeps["prisma"];
type VisitorPlace =
  { ok: true; askerType: "SEKOLAH" | "DINAS"; schoolId: string | null; regencyCode: string } | ServiceFailure;

/** NPSN wins over kab/kota: a school's visitor belongs to the school's own kab/kota. */
async function resolveVisitor(
  db: Db,
  npsnText: string | undefined,
  regencyCode: string | undefined,
): Promise<VisitorPlace> {
  if (npsnText !== undefined) {
    const npsn = normalizeNpsn(npsnText);
    if (!npsn) return invalidField("npsn", `NPSN "${npsnText}" tidak sah: 8 angka, atau 1 huruf diikuti 7 angka.`);
    const school = await db.school.findUnique({
      where: { npsn },
      select: { id: true, regencyCode: true, isActive: true },
    });
    if (!school)
      return invalidField("npsn", `Satuan pendidikan dengan NPSN ${npsn} tidak terdaftar. Cari dengan nama sekolah.`);
    if (!school.isActive) return invalidField("npsn", `Satuan pendidikan dengan NPSN ${npsn} tidak aktif lagi.`);
    return { ok: true, askerType: "SEKOLAH", schoolId: school.id, regencyCode: school.regencyCode };
  }
  const regency = regencyCode
    ? await db.regency.findUnique({ where: { code: regencyCode }, select: { code: true } })
    : null;
  if (!regency) return invalidField("regencyCode", "Kabupaten/kota tidak dikenal. Pilih dari daftar.");
  return { ok: true, askerType: "DINAS", schoolId: null, regencyCode: regency.code };
}

type Reader = Parameters<typeof loadTicketByFormKey>[0];

/** The ticket this member already recorded with this form submit, if any (a retried submit). */
function findRecordedWithKey(db: Reader, actor: Actor, clientKey: string) {
  return loadTicketByFormKey(db, actor, clientKey, Prisma.sql`t."channel" = 'WALK_IN'`);
}

export async function openWalkInTicket(
  deps: TicketServiceDeps,
  actor: Actor,
  input: OpenWalkInInput,
): Promise<TicketChangeResult> {
  const allowed = authorize(actor, "ticket.openWalkIn");
  if (!allowed.ok) return fromRefusal(allowed);
  const parsed = openWalkInSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const { npsn, regencyCode, visitorName, visitorPhone, categoryId, subject, question, answer, outcome, clientKey } =
    parsed.data;

  if (clientKey) {
    const existing = await findRecordedWithKey(deps.prisma, actor, clientKey);
    if (existing) return changedTicket(existing.number, existing.snapshot, true);
  }
  const place = await resolveVisitor(deps.prisma, npsn, regencyCode);
  if (!place.ok) return place;
  const category = await deps.prisma.category.count({ where: { id: categoryId, isActive: true } });
  if (category !== 1) return invalidField("categoryId", "Kategori yang dipilih tidak tersedia. Pilih kategori lain.");

  const now = deps.now();
  const opened = openWalkInTransition(
    actor,
    {
      id: crypto.randomUUID(),
      askerType: place.askerType,
      schoolId: place.schoolId,
      regencyCode: place.regencyCode,
      question,
      answer: answer ?? null,
      resolvedAtCounter: outcome === "RESOLVED",
    },
    now,
  );
  if (!opened.ok) return fromRefusal(opened);

  return writeOpenedTicket(deps, actor, opened, {
    lockName: "ticket.walkIn",
    clientKey,
    sameKind: Prisma.sql`t."channel" = 'WALK_IN'`,
    fields: {
      subject: subject ?? subjectFromQuestion(question),
      categoryId,
      askerId: actor.userId,
      visitorName,
      visitorPhone: visitorPhone ?? null,
    },
  });
}
