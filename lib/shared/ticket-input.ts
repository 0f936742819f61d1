// Input validation for the ticket service (zod v4). Every message is what the user reads next to the
// field, in Bahasa Indonesia. The domain checks again (non-empty text); these are the form's rules.
import { z } from "zod";
import { TICKET_STATES, TIERS } from "@/lib/domain";

export const SUBJECT_MIN = 5;
export const SUBJECT_MAX = 150;
export const QUESTION_MIN = 10;
export const TEXT_MAX = 5000;
export const PAGE_SIZE_DEFAULT = 25;
export const PAGE_SIZE_MAX = 100;

/** Forms send "" for an empty optional field; treat it as absent. */
const blankToUndefined = (value: unknown) =>
  value === null || (typeof value === "string" && value.trim() === "") ? undefined : value;

const idField = (message: string) => z.string({ error: message }).trim().min(1, message).max(64, message);

const ticketIdField = idField("Tiket tidak dikenali.");

/** A UUID the form generates once per submit, so a retried submit is recognised. */
const clientKeyField = z.preprocess(
  blankToUndefined,
  z.uuid({ error: "Kunci pengiriman formulir tidak sah. Muat ulang halaman lalu coba lagi." }).optional(),
);

const textField = (label: string, min: number) =>
  z
    .string({ error: `${label} wajib diisi.` })
    .trim()
    .min(min, min <= 1 ? `${label} wajib diisi.` : `${label} minimal ${min} karakter.`)
    .max(TEXT_MAX, `${label} paling banyak ${TEXT_MAX.toLocaleString("id-ID")} karakter.`);

export const openTicketSchema = z.object({
  categoryId: idField("Pilih kategori pertanyaan."),
  subject: z
    .string({ error: "Judul wajib diisi." })
    .trim()
    .min(SUBJECT_MIN, `Judul minimal ${SUBJECT_MIN} karakter.`)
    .max(SUBJECT_MAX, `Judul paling banyak ${SUBJECT_MAX} karakter.`),
  body: textField("Pertanyaan", QUESTION_MIN),
  followUpOfId: z.preprocess(blankToUndefined, idField("Tiket yang dilanjutkan tidak dikenali.").optional()),
  clientKey: clientKeyField,
});
export interface OpenTicketInput {
  categoryId: string;
  subject: string;
  body: string;
  followUpOfId?: string | null;
  clientKey?: string | null;
}

export const replyToTicketSchema = z.object({
  ticketId: ticketIdField,
  body: textField("Balasan", 1),
  clientKey: clientKeyField,
});
export interface ReplyToTicketInput {
  ticketId: string;
  body: string;
  clientKey?: string | null;
}

export const forwardTicketSchema = z.object({
  ticketId: ticketIdField,
  note: textField("Catatan untuk Helpdesk", 1),
});
export interface ForwardTicketInput {
  ticketId: string;
  note: string;
}

export const assignTicketSchema = z.object({
  ticketId: ticketIdField,
  // null (or "") clears the assignment.
  assigneeId: z.preprocess(blankToUndefined, idField("Pilih petugas yang akan ditugaskan.").optional()),
});
export interface AssignTicketInput {
  ticketId: string;
  assigneeId: string | null;
}

export const addInternalNoteSchema = z.object({
  ticketId: ticketIdField,
  body: textField("Catatan internal", 1),
});
export interface AddInternalNoteInput {
  ticketId: string;
  body: string;
}

export const closeTicketSchema = z.object({
  ticketId: ticketIdField,
  // "Ya, masalah selesai" is the usual way to close; closing without it records solved = false.
  solved: z.boolean({ error: "Pilih apakah masalahnya sudah selesai." }).default(true),
});
export interface CloseTicketInput {
  ticketId: string;
  solved?: boolean;
}

export const TICKET_SORTS = ["age", "deadline", "activity"] as const;
export type TicketSort = (typeof TICKET_SORTS)[number];
export type SortDirection = "asc" | "desc";

/**
 * The list's URL state. Never refuses: a bad or tampered value falls back to its default, so a hand-
 * edited URL shows the default table instead of an error page. `view`, `sort` and `dir` stay undefined
 * when absent because their defaults depend on the actor's role (list-views.ts).
 */
const optionalText = (max: number) => z.string().trim().min(1).max(max).optional().catch(undefined);

export const listTicketsQuerySchema = z
  .object({
    view: z.string().trim().min(1).max(32).optional().catch(undefined),
    state: z.enum(TICKET_STATES).optional().catch(undefined),
    tier: z.enum(TIERS).optional().catch(undefined),
    categoryId: optionalText(64),
    npsn: optionalText(100),
    q: optionalText(200),
    sort: z.enum(TICKET_SORTS).optional().catch(undefined),
    dir: z.enum(["asc", "desc"]).optional().catch(undefined),
    // Keyset cursors (list-cursor.ts): the page after / before a row; a bad one means the first page.
    after: optionalText(300),
    before: optionalText(300),
    // Capped rather than refused: ?pageSize=1000 shows 100 rows.
    pageSize: z.coerce
      .number()
      .int()
      .min(1)
      .transform((size) => Math.min(size, PAGE_SIZE_MAX))
      .catch(PAGE_SIZE_DEFAULT),
  })
  .catch({ pageSize: PAGE_SIZE_DEFAULT });
export type ListTicketsQuery = z.output<typeof listTicketsQuerySchema>;
/** What callers pass: usually the page's URL search params, unparsed. */
export type ListTicketsInput = Partial<Record<keyof ListTicketsQuery, unknown>>;
