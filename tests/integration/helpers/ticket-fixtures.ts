// A small hand-made world for the ticket service tests: one province, two kab/kota, a few schools and
// one account per kind of person, on a fresh database per test file, with a clock the test moves.
import { expect } from "vitest";
import { DAY_MS, DEFAULT_DURATIONS, type Actor } from "@/lib/domain";
import { createTicketService, type TicketChangeResult, type TicketService } from "@/lib/server/tickets";
import { createTestDatabase, type TestDatabase } from "./test-database";

export { DAY_MS, DEFAULT_DURATIONS };
/** Monday 2 March 2026, 08:00 WIB. */
export const T0 = new Date("2026-03-02T01:00:00.000Z");
export const SEMARANG = "33.74";
export const KENDAL = "33.24";

export interface TestClock {
  now(): Date;
  set(at: Date): void;
  advance(ms: number): Date;
}

export function createClock(start: Date = T0): TestClock {
  let current = start;
  return {
    now: () => current,
    set: (at) => void (current = at),
    advance: (ms) => (current = new Date(current.getTime() + ms)),
  };
}

export interface TicketWorld {
  db: TestDatabase;
  clock: TestClock;
  service: TicketService;
  actors: Record<ActorKey, Actor>;
  /** Accounts that are not actors of the tests but may be chosen in forms. */
  users: { helpdeskInactive: string };
  schools: Record<"a" | "b" | "kendal" | "closed", { id: string; npsn: string; name: string }>;
  categories: { sinkronisasi: string; akun: string; retired: string };
}

type ActorKey =
  | "opA" // operator of TK Pelita (Semarang)
  | "opA2" // a second operator of TK Pelita
  | "opB" // operator of KB Melati (Semarang)
  | "opKendal" // operator of PKBM Kendal
  | "opClosed" // operator of a school that is no longer active
  | "opUnlinked" // a SEKOLAH account without a school
  | "dinasSemarang"
  | "dinasSemarang2"
  | "dinasKendal"
  | "helpdesk1"
  | "helpdesk2"
  | "supervisor"
  | "admin";

export async function createTicketWorld(): Promise<TicketWorld> {
  const db = await createTestDatabase();
  const p = db.prisma;
  await p.province.create({ data: { code: "33", name: "Jawa Tengah", timeZone: "Asia/Jakarta" } });
  await p.regency.createMany({
    data: [
      { code: SEMARANG, provinceCode: "33", name: "Kota Semarang" },
      { code: KENDAL, provinceCode: "33", name: "Kabupaten Kendal" },
    ],
  });
  const school = (npsn: string, name: string, regencyCode: string, isActive = true) =>
    p.school.create({
      data: { npsn, name, form: "TK", status: "SWASTA", regencyCode, isActive },
      select: { id: true, npsn: true, name: true },
    });
  const schools = {
    a: await school("69900001", "TK Pelita Harapan", SEMARANG),
    b: await school("69900002", "KB Melati", SEMARANG),
    kendal: await school("69900003", "PKBM Kendal Maju", KENDAL),
    closed: await school("69900004", "TK Tutup", SEMARANG, false),
  };

  const user = async (
    username: string,
    role: Actor["role"],
    link: { schoolId?: string; regencyCode?: string } = {},
    isActive = true,
  ) => {
    const row = await p.user.create({
      data: { username, displayName: `Nama ${username}`, role, isActive, passwordHash: "argon2-never-leaves", ...link },
    });
    return {
      userId: row.id,
      role,
      schoolId: link.schoolId ?? null,
      regencyCode: link.regencyCode ?? null,
    } satisfies Actor;
  };
  const actors: Record<ActorKey, Actor> = {
    opA: await user("op.a", "SEKOLAH", { schoolId: schools.a.id }),
    opA2: await user("op.a2", "SEKOLAH", { schoolId: schools.a.id }),
    opB: await user("op.b", "SEKOLAH", { schoolId: schools.b.id }),
    opKendal: await user("op.kendal", "SEKOLAH", { schoolId: schools.kendal.id }),
    opClosed: await user("op.closed", "SEKOLAH", { schoolId: schools.closed.id }),
    opUnlinked: await user("op.unlinked", "SEKOLAH"),
    dinasSemarang: await user("dinas.semarang", "DINAS", { regencyCode: SEMARANG }),
    dinasSemarang2: await user("dinas.semarang2", "DINAS", { regencyCode: SEMARANG }),
    dinasKendal: await user("dinas.kendal", "DINAS", { regencyCode: KENDAL }),
    helpdesk1: await user("helpdesk1", "HELPDESK"),
    helpdesk2: await user("helpdesk2", "HELPDESK"),
    supervisor: await user("supervisor", "SUPERVISOR"),
    admin: await user("admin", "ADMIN"),
  };
  const helpdeskInactive = (await user("helpdesk.old", "HELPDESK", {}, false)).userId;

  const category = (code: string, name: string, isActive = true) =>
    p.category.create({ data: { code, name, isActive }, select: { id: true } }).then((c) => c.id);
  const categories = {
    sinkronisasi: await category("SINK", "Sinkronisasi"),
    akun: await category("AKUN", "Akun dan login"),
    retired: await category("LAMA", "Kategori lama", false),
  };

  const clock = createClock();
  const service = createTicketService({ prisma: p, durations: DEFAULT_DURATIONS, now: clock.now });
  return { db, clock, service, actors, users: { helpdeskInactive }, schools, categories };
}

/** Unwraps a success, failing the test with the refusal when there is none. */
export function expectOk<T extends TicketChangeResult>(result: T): Extract<T, { ok: true }> {
  if (!result.ok) expect.fail(`expected success, got ${result.code}: ${result.message}`);
  return result as Extract<T, { ok: true }>;
}

let questionCounter = 0;

/** Opens a ticket through the service (the real rules) and returns its id. */
export async function openTicketAs(
  world: TicketWorld,
  actor: Actor,
  overrides: Partial<{ subject: string; body: string; categoryId: string }> = {},
): Promise<string> {
  questionCounter += 1;
  const result = await world.service.openTicket(actor, {
    categoryId: overrides.categoryId ?? world.categories.sinkronisasi,
    subject: overrides.subject ?? `Sinkronisasi gagal ${questionCounter}`,
    body: overrides.body ?? `Sinkronisasi data peserta didik gagal terus sejak pagi (${questionCounter}).`,
  });
  return expectOk(result).ticket.id;
}

/** What a user would notice changing: the ticket row, its messages and its history. */
export async function ticketState(world: TicketWorld, ticketId: string) {
  const p = world.db.prisma;
  const [ticket, messages, events] = await Promise.all([
    p.ticket.findUniqueOrThrow({ where: { id: ticketId } }),
    p.message.findMany({ where: { ticketId }, orderBy: [{ createdAt: "asc" }, { seq: "asc" }] }),
    p.ticketEvent.findMany({ where: { ticketId }, orderBy: [{ at: "asc" }, { seq: "asc" }] }),
  ]);
  return { ticket, messages, events };
}

export const newClientKey = () => crypto.randomUUID();
