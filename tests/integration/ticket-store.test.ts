import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_DURATIONS, escalateTicket, openTicket, replyToTicket, type Actor } from "@/lib/domain";
import {
  insertOpenedTicket,
  nextTicketSeq,
  snapshotSelect,
  toSnapshot,
  writeTransition,
} from "@/lib/server/tickets/ticket-store";
import { createTestDatabase, type TestDatabase } from "./helpers/test-database";

let db: TestDatabase;
let school: Actor;
let dinas: Actor;
let categoryId: string;
const T = new Date("2026-11-02T01:00:00Z");

beforeAll(async () => {
  db = await createTestDatabase();
  const p = db.prisma;
  await p.province.create({ data: { code: "33", name: "Jawa Tengah", timeZone: "Asia/Jakarta" } });
  await p.regency.create({ data: { code: "33.74", provinceCode: "33", name: "Kota Semarang" } });
  const s = await p.school.create({
    data: { npsn: "99000001", name: "TK Uji", form: "TK", status: "SWASTA", regencyCode: "33.74" },
  });
  const u1 = await p.user.create({ data: { username: "op", displayName: "Op", role: "SEKOLAH", schoolId: s.id } });
  const u2 = await p.user.create({
    data: { username: "dinas", displayName: "Dinas", role: "DINAS", regencyCode: "33.74" },
  });
  categoryId = (await p.category.create({ data: { code: "SINK", name: "Sinkronisasi" } })).id;
  school = { userId: u1.id, role: "SEKOLAH", schoolId: s.id, regencyCode: null };
  dinas = { userId: u2.id, role: "DINAS", schoolId: null, regencyCode: "33.74" };
});
afterAll(async () => db?.destroy());

async function openOne(id: string) {
  const opened = openTicket(school, { id, regencyCode: "33.74", schoolId: school.schoolId, body: "Sinkron gagal" }, T);
  if (!opened.ok) throw new Error(opened.message);
  await insertOpenedTicket(
    db.prisma,
    opened,
    { number: `HD-2026-${id}`, subject: "Sinkron gagal", categoryId, askerId: school.userId },
    DEFAULT_DURATIONS,
  );
  return opened.ticket;
}

describe("ticket store", () => {
  it("writes an opened ticket with its question and OPENED event", async () => {
    const ticket = await openOne("t1");
    const row = await db.prisma.ticket.findUniqueOrThrow({
      where: { id: ticket.id },
      include: { messages: true, events: true },
    });
    expect(row.state).toBe("OPEN");
    expect(row.tier).toBe("DINAS");
    expect(row.messages.map((m) => m.body)).toEqual(["Sinkron gagal"]);
    expect(row.events.map((e) => e.type)).toEqual(["OPENED"]);
  });

  it("lets only one of two writers starting from the same version win (reply vs escalation)", async () => {
    const ticket = await openOne("t2");
    const at = new Date(T.getTime() + DEFAULT_DURATIONS.escalationMs);
    const reply = replyToTicket(ticket, dinas, "Coba sinkron ulang malam hari.", at);
    const escalation = escalateTicket(ticket, at, DEFAULT_DURATIONS);
    if (!reply.ok || !escalation.ok) throw new Error("both transitions should be legal on their own");
    const outcomes = await Promise.all([
      db.prisma.$transaction((tx) => writeTransition(tx, ticket.version, reply, DEFAULT_DURATIONS)),
      db.prisma.$transaction((tx) => writeTransition(tx, ticket.version, escalation, DEFAULT_DURATIONS)),
    ]);
    expect(outcomes.filter(Boolean)).toHaveLength(1);
    const row = await db.prisma.ticket.findUniqueOrThrow({ where: { id: ticket.id }, select: snapshotSelect });
    expect(toSnapshot(row).version).toBe(ticket.version + 1);
    const events = await db.prisma.ticketEvent.count({ where: { ticketId: ticket.id } });
    expect(events).toBe(2); // OPENED + exactly one of the two
  });

  it("hands out distinct ticket numbers to concurrent openers", async () => {
    const seqs = await Promise.all(
      Array.from({ length: 20 }, () => db.prisma.$transaction((tx) => nextTicketSeq(tx, 2027))),
    );
    expect([...seqs].sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
  });

  it("keeps the history append-only: an event cannot be edited", async () => {
    const event = await db.prisma.ticketEvent.findFirstOrThrow();
    await expect(db.prisma.ticketEvent.update({ where: { id: event.id }, data: { type: "CLOSED" } })).rejects.toThrow();
  });
});
