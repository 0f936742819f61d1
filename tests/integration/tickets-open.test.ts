import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  SEMARANG,
  T0,
  createTicketWorld,
  expectOk,
  newClientKey,
  openTicketAs,
  ticketState,
  type TicketWorld,
} from "./helpers/ticket-fixtures";
import { isPostgresServer } from "./helpers/test-database";

let world: TicketWorld;
beforeAll(async () => {
  world = await createTicketWorld();
});
afterAll(async () => world?.db.destroy());

const validInput = () => ({
  categoryId: world.categories.sinkronisasi,
  subject: "Sinkronisasi gagal",
  body: "Setiap kali sinkronisasi muncul pesan galat 500.",
});
const ticketCount = () => world.db.prisma.ticket.count();

describe("openTicket", () => {
  it("puts a school's question in its kab/kota's district inbox, with a number, its question and an OPENED event", async () => {
    const result = expectOk(
      await world.service.openTicket(world.actors.opA, { ...validInput(), subject: "  Sinkronisasi gagal  " }),
    );
    expect(result.ticket).toMatchObject({ state: "OPEN", tier: "DINAS", version: 1 });
    expect(result.ticket.number).toMatch(/^HD-2026-\d{6}$/);
    const { ticket, messages, events } = await ticketState(world, result.ticket.id);
    expect(ticket).toMatchObject({
      regencyCode: SEMARANG,
      schoolId: world.schools.a.id,
      askerType: "SEKOLAH",
      subject: "Sinkronisasi gagal",
      askerId: world.actors.opA.userId,
    });
    expect(messages.map((m) => [m.kind, m.authorSide, m.body])).toEqual([["PUBLIC", "ASKER", validInput().body]]);
    expect(events.map((e) => e.type)).toEqual(["OPENED"]);
  });

  it("sends a district office's own question straight to the helpdesk", async () => {
    const result = expectOk(await world.service.openTicket(world.actors.dinasSemarang, validInput()));
    expect(result.ticket.tier).toBe("HELPDESK");
    const { ticket } = await ticketState(world, result.ticket.id);
    expect(ticket).toMatchObject({ askerType: "DINAS", regencyCode: SEMARANG, schoolId: null });
  });

  it("numbers tickets by the year in WIB (a ticket at 00:30 WIB on 1 January belongs to the new year)", async () => {
    world.clock.set(new Date("2026-12-31T17:30:00Z"));
    const result = expectOk(await world.service.openTicket(world.actors.opB, validInput()));
    expect(result.ticket.number).toBe("HD-2027-000001");
    world.clock.set(T0);
  });

  it.each([
    ["a helpdesk member", "helpdesk1", "FORBIDDEN"],
    ["a supervisor", "supervisor", "FORBIDDEN"],
    ["an admin", "admin", "FORBIDDEN"],
    ["a school account without a school", "opUnlinked", "FORBIDDEN"],
    ["the operator of a school that is no longer active", "opClosed", "FORBIDDEN"],
  ] as const)("refuses %s and writes nothing", async (_label, who, code) => {
    const before = await ticketCount();
    const result = await world.service.openTicket(world.actors[who], validInput());
    expect(result).toMatchObject({ ok: false, code });
    expect(result.ok ? "" : result.message).toMatch(/\S/);
    expect(await ticketCount()).toBe(before);
  });

  it("reports every invalid field in Indonesian and writes nothing", async () => {
    const before = await ticketCount();
    const result = await world.service.openTicket(world.actors.opA, {
      categoryId: "",
      subject: "  Hai ",
      body: "tolong",
    });
    expect(result).toMatchObject({ ok: false, code: "INVALID_INPUT", message: "Periksa kembali isian formulir." });
    if (result.ok) return;
    expect(result.fieldErrors).toEqual({
      categoryId: ["Pilih kategori pertanyaan."],
      subject: ["Judul minimal 5 karakter."],
      body: ["Pertanyaan minimal 10 karakter."],
    });
    const tooLong = await world.service.openTicket(world.actors.opA, {
      ...validInput(),
      subject: "x".repeat(151),
      body: "y".repeat(5001),
    });
    expect(tooLong.ok ? {} : tooLong.fieldErrors).toEqual({
      subject: ["Judul paling banyak 150 karakter."],
      body: ["Pertanyaan paling banyak 5.000 karakter."],
    });
    expect(await ticketCount()).toBe(before);
  });

  it("refuses a retired or unknown category", async () => {
    for (const categoryId of [world.categories.retired, "no-such-category"]) {
      const result = await world.service.openTicket(world.actors.opA, { ...validInput(), categoryId });
      expect(result).toMatchObject({
        ok: false,
        code: "INVALID_INPUT",
        fieldErrors: { categoryId: [expect.stringContaining("Kategori")] },
      });
    }
  });

  it("links a follow-up only to an ended ticket the asker can see", async () => {
    const running = await openTicketAs(world, world.actors.opA);
    const notEnded = await world.service.openTicket(world.actors.opA, { ...validInput(), followUpOfId: running });
    expect(notEnded).toMatchObject({
      ok: false,
      code: "INVALID_INPUT",
      fieldErrors: { followUpOfId: [expect.stringContaining("masih berjalan")] },
    });

    expectOk(await world.service.closeTicket(world.actors.opA, { ticketId: running, solved: false }));
    const followUp = expectOk(
      await world.service.openTicket(world.actors.opA2, { ...validInput(), followUpOfId: running }),
    );
    expect((await ticketState(world, followUp.ticket.id)).ticket.followUpOfId).toBe(running);

    // Another school's ended ticket is not found (its id does not leak).
    const otherSchool = await world.service.openTicket(world.actors.opB, { ...validInput(), followUpOfId: running });
    expect(otherSchool).toMatchObject({
      ok: false,
      code: "INVALID_INPUT",
      fieldErrors: { followUpOfId: ["Tiket yang dilanjutkan tidak ditemukan."] },
    });

    // The district can read its school's ticket, but continuing it is the school's to do.
    const byDinas = await world.service.openTicket(world.actors.dinasSemarang, {
      ...validInput(),
      followUpOfId: running,
    });
    expect(byDinas).toMatchObject({
      ok: false,
      code: "INVALID_INPUT",
      fieldErrors: { followUpOfId: ["Tiket yang dilanjutkan tidak ditemukan."] },
    });
  });

  it("creates one ticket for a retried submit with the same clientKey, even two at once", async () => {
    const clientKey = newClientKey();
    const first = expectOk(await world.service.openTicket(world.actors.opA, { ...validInput(), clientKey }));
    const retry = expectOk(await world.service.openTicket(world.actors.opA, { ...validInput(), clientKey }));
    expect(retry).toMatchObject({ replayed: true, ticket: { id: first.ticket.id, number: first.ticket.number } });

    const racingKey = newClientKey();
    const before = await ticketCount();
    const results = await Promise.all(
      [1, 2, 3].map(() => world.service.openTicket(world.actors.opA, { ...validInput(), clientKey: racingKey })),
    );
    const ids = new Set(results.map((r) => expectOk(r).ticket.id));
    expect(ids.size).toBe(1);
    expect(results.filter((r) => r.ok && !r.replayed)).toHaveLength(1);
    expect(await ticketCount()).toBe(before + 1);
  });

  it("refuses a clientKey that is not a UUID", async () => {
    const result = await world.service.openTicket(world.actors.opA, { ...validInput(), clientKey: "abc" });
    expect(result).toMatchObject({
      ok: false,
      code: "INVALID_INPUT",
      fieldErrors: { clientKey: [expect.stringContaining("Muat ulang")] },
    });
  });

  it("hands out consecutive numbers", async () => {
    world.clock.set(new Date("2028-06-01T01:00:00Z"));
    const numbers = await Promise.all([1, 2, 3, 4].map(() => world.service.openTicket(world.actors.opB, validInput())));
    expect(numbers.map((r) => expectOk(r).ticket.number).sort()).toEqual([
      "HD-2028-000001",
      "HD-2028-000002",
      "HD-2028-000003",
      "HD-2028-000004",
    ]);
    world.clock.set(T0);
  });
});

// PGlite has one connection: a second opener cannot even start while the first waits, so this needs a server.
describe.skipIf(!isPostgresServer)("openTicket under concurrency", () => {
  it("does not make other openers wait while one opening is held up inside its transaction (the number counter is not locked through it)", async () => {
    const db = world.db;
    const year = 2026;
    const [counter] = await db.sql.query<{ lastSeq: number }>(
      `SELECT "lastSeq" FROM "TicketCounter" WHERE "year" = $1`,
      [year],
    );
    const heldNumber = `HD-${year}-${String((counter?.lastSeq ?? 0) + 1).padStart(6, "0")}`;
    // Another transaction inserts a ticket with the number the next opening will get, and waits: that
    // opening takes its number, then stops at its own insert (the unique index) until this one ends.
    await db.sql.withConnection(async (blocker) => {
      await blocker.exec("BEGIN");
      await blocker.query(
        `INSERT INTO "Ticket" SELECT (jsonb_populate_record(NULL::"Ticket", to_jsonb(t) || jsonb_build_object('id', 'blocker', 'number', $1::text))).* FROM "Ticket" t LIMIT 1`,
        [heldNumber],
      );
      const first = world.service.openTicket(world.actors.opA, {
        ...validInput(),
        subject: "Yang tertahan",
        clientKey: newClientKey(),
      });
      try {
        await waitFor(async () => {
          const [row] = await db.sql.query<{ n: number }>(
            `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`,
          );
          return (row?.n ?? 0) > 0;
        });
        const second = await Promise.race([
          world.service.openTicket(world.actors.opB, {
            ...validInput(),
            subject: "Yang tidak menunggu",
            clientKey: newClientKey(),
          }),
          new Promise<"waited">((resolve) => setTimeout(() => resolve("waited"), 10_000)),
        ]);
        expect(second).not.toBe("waited");
        if (second === "waited") return;
        expect(expectOk(second).ticket.number).not.toBe(heldNumber);
      } finally {
        await blocker.exec("ROLLBACK");
      }
      expect(expectOk(await first).ticket.number).toBe(heldNumber);
    });
  });
});

async function waitFor(check: () => Promise<boolean>, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error("waited too long");
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
