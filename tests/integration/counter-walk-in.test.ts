import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { searchSchoolsForCounter } from "@/lib/server/schools";
import {
  ANSWER_REQUIRED_MESSAGE,
  VISITOR_REQUIRED_MESSAGE,
  type OpenWalkInInput,
} from "@/lib/server/tickets/open-walk-in";
import {
  KENDAL,
  SEMARANG,
  createTicketWorld,
  expectOk,
  newClientKey,
  ticketState,
  type TicketWorld,
} from "./helpers/ticket-fixtures";

let world: TicketWorld;
beforeAll(async () => {
  world = await createTicketWorld();
});
afterAll(async () => world?.db.destroy());

const visit = (overrides: Partial<OpenWalkInInput> = {}): OpenWalkInInput => ({
  npsn: world.schools.a.npsn,
  visitorName: "Ibu Suparmi",
  visitorPhone: "0812 3456 7890",
  categoryId: world.categories.sinkronisasi,
  question: "Sinkronisasi berhenti di 10% lalu kembali ke awal.",
  answer: "Hapus cache aplikasi, lalu sinkron ulang di luar jam sibuk.",
  outcome: "RESOLVED",
  ...overrides,
});
const counts = async () => ({
  tickets: await world.db.prisma.ticket.count(),
  messages: await world.db.prisma.message.count(),
  events: await world.db.prisma.ticketEvent.count(),
});

describe("openWalkInTicket: a visit resolved at the counter", () => {
  it("opens and ends the ticket at once, with the question, the answer and the visitor recorded", async () => {
    const result = expectOk(
      await world.service.openWalkInTicket(world.actors.helpdesk1, visit({ npsn: ` ${world.schools.a.npsn} ` })),
    );
    expect(result.ticket).toMatchObject({ state: "CLOSED", tier: "HELPDESK" });
    expect(result.ticket.number).toMatch(/^HD-2026-\d{6}$/);
    const { ticket, messages, events } = await ticketState(world, result.ticket.id);
    expect(ticket).toMatchObject({
      channel: "WALK_IN",
      askerType: "SEKOLAH",
      schoolId: world.schools.a.id,
      regencyCode: SEMARANG,
      askerId: world.actors.helpdesk1.userId,
      assigneeId: world.actors.helpdesk1.userId,
      endReason: "RESOLVED_AT_COUNTER",
      visitorName: "Ibu Suparmi",
      visitorPhone: "0812 3456 7890",
      subject: "Sinkronisasi berhenti di 10% lalu kembali ke awal.",
    });
    expect(messages.map((m) => [m.authorSide, m.body])).toEqual([
      ["ASKER", visit().question],
      ["HANDLER", visit().answer],
    ]);
    expect(events.map((e) => e.type)).toEqual(["OPENED", "HANDLER_REPLIED", "CLOSED"]);
  });
});

describe("openWalkInTicket: a visit continued as a ticket", () => {
  let ticketId: string;
  let number: string;

  beforeAll(async () => {
    const result = expectOk(
      await world.service.openWalkInTicket(
        world.actors.helpdesk2,
        visit({
          npsn: world.schools.b.npsn.toLowerCase(),
          answer: "",
          outcome: "CONTINUE",
          subject: "Sinkron gagal di loket",
          visitorPhone: "",
        }),
      ),
    );
    ticketId = result.ticket.id;
    number = result.ticket.number;
  });

  it("stays open at tier HELPDESK, assigned to the member who recorded it", async () => {
    const { ticket, messages, events } = await ticketState(world, ticketId);
    expect(ticket).toMatchObject({
      state: "OPEN",
      tier: "HELPDESK",
      channel: "WALK_IN",
      schoolId: world.schools.b.id,
      assigneeId: world.actors.helpdesk2.userId,
      endedAt: null,
      visitorPhone: null,
      subject: "Sinkron gagal di loket",
    });
    expect(messages).toHaveLength(1);
    expect(events.map((e) => e.type)).toEqual(["OPENED"]);
  });

  it("appears in the school's own list and opens for its operator", async () => {
    const list = await world.service.listTickets(world.actors.opB, { view: "mine" });
    expect(list.rows.map((row) => row.number)).toContain(number);
    const detail = await world.service.getTicketForActor(world.actors.opB, ticketId);
    expect(detail).toMatchObject({ number, channel: "WALK_IN", relation: "ASKER", can: { reply: true, close: true } });
    // The visitor's name and phone are for the helpdesk, not shown back to the school.
    expect(detail?.visitor).toBeNull();
  });

  it("is not visible to another school, nor to another district", async () => {
    for (const outsider of [world.actors.opA, world.actors.opKendal, world.actors.dinasKendal]) {
      const list = await world.service.listTickets(outsider);
      expect(list.rows.map((row) => row.id)).not.toContain(ticketId);
      expect(await world.service.getTicketForActor(outsider, ticketId)).toBeNull();
    }
  });

  it("is visible to the school's district office and in the recording member's own queue", async () => {
    expect(await world.service.getTicketForActor(world.actors.dinasSemarang, ticketId)).not.toBeNull();
    const mine = await world.service.listTickets(world.actors.helpdesk2, { view: "mine" });
    expect(mine.rows.map((row) => row.id)).toContain(ticketId);
  });

  it("lets the school reply online, which keeps the conversation going", async () => {
    expectOk(await world.service.replyToTicket(world.actors.opB, { ticketId, body: "Sudah kami coba, masih gagal." }));
    const { ticket } = await ticketState(world, ticketId);
    expect(ticket.state).toBe("OPEN");
  });
});

describe("openWalkInTicket: a district office's visitor", () => {
  it("is recorded by kab/kota, and the district's operators follow it as their own question", async () => {
    const result = expectOk(
      await world.service.openWalkInTicket(
        world.actors.helpdesk1,
        visit({ npsn: null, regencyCode: KENDAL, outcome: "CONTINUE" }),
      ),
    );
    const { ticket } = await ticketState(world, result.ticket.id);
    expect(ticket).toMatchObject({ askerType: "DINAS", schoolId: null, regencyCode: KENDAL, state: "ANSWERED" });
    const asked = await world.service.listTickets(world.actors.dinasKendal, { view: "asked" });
    expect(asked.rows.map((row) => row.id)).toContain(result.ticket.id);
    expect(await world.service.getTicketForActor(world.actors.dinasSemarang, result.ticket.id)).toBeNull();
  });
});

describe("openWalkInTicket: refusals write nothing", () => {
  it.each([
    ["a school operator", "opA"],
    ["a district operator", "dinasSemarang"],
    ["a supervisor", "supervisor"],
    ["an admin", "admin"],
  ] as const)("refuses %s", async (_label, who) => {
    const before = await counts();
    const result = await world.service.openWalkInTicket(world.actors[who], visit());
    expect(result).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(result.ok ? "" : result.message).toContain("loket ULT");
    expect(await counts()).toEqual(before);
  });

  it.each([
    [
      "an NPSN no school has",
      { npsn: "69999999" },
      "npsn",
      "Satuan pendidikan dengan NPSN 69999999 tidak terdaftar. Cari dengan nama sekolah.",
    ],
    ["a malformed NPSN", { npsn: "12345" }, "npsn", 'NPSN "12345" tidak sah: 8 angka, atau 1 huruf diikuti 7 angka.'],
    [
      "a school that is no longer active",
      { npsn: "69900004" },
      "npsn",
      "Satuan pendidikan dengan NPSN 69900004 tidak aktif lagi.",
    ],
    ["no visitor at all", { npsn: "", regencyCode: "" }, "npsn", VISITOR_REQUIRED_MESSAGE],
    [
      "an unknown kab/kota",
      { npsn: null, regencyCode: "99.99" },
      "regencyCode",
      "Kabupaten/kota tidak dikenal. Pilih dari daftar.",
    ],
    ["an empty question", { question: "   " }, "question", "Pertanyaan minimal 10 karakter."],
    ["“selesai di tempat” without an answer", { answer: " " }, "answer", ANSWER_REQUIRED_MESSAGE],
    ["no category", { categoryId: "" }, "categoryId", "Pilih kategori pertanyaan."],
    [
      "a bad phone number",
      { visitorPhone: "telepon saya" },
      "visitorPhone",
      "Nomor telepon tidak sah (contoh: 0812 3456 7890).",
    ],
  ] as const)("refuses %s with an Indonesian field error", async (_label, overrides, field, message) => {
    const before = await counts();
    const result = await world.service.openWalkInTicket(world.actors.helpdesk1, visit(overrides));
    expect(result).toMatchObject({ ok: false, code: "INVALID_INPUT" });
    expect(result.ok ? undefined : result.fieldErrors?.[field]).toEqual([message]);
    expect(await counts()).toEqual(before);
  });

  it("names every problem of one submit at once", async () => {
    const result = await world.service.openWalkInTicket(
      world.actors.helpdesk1,
      visit({ visitorName: "", question: "", answer: "", npsn: "" }),
    );
    expect(result.ok ? [] : Object.keys(result.fieldErrors ?? {}).sort()).toEqual([
      "answer",
      "npsn",
      "question",
      "visitorName",
    ]);
  });

  it("refuses a retired category", async () => {
    const result = await world.service.openWalkInTicket(
      world.actors.helpdesk1,
      visit({ categoryId: world.categories.retired }),
    );
    expect(result).toMatchObject({ ok: false, fieldErrors: { categoryId: [expect.stringContaining("Kategori")] } });
  });
});

describe("openWalkInTicket: a retried submit", () => {
  it("records the visit once when the same form is sent twice, even at the same time", async () => {
    const clientKey = newClientKey();
    const before = await counts();
    const [first, second] = await Promise.all([
      world.service.openWalkInTicket(world.actors.helpdesk1, visit({ clientKey })),
      world.service.openWalkInTicket(world.actors.helpdesk1, visit({ clientKey })),
    ]);
    expect(expectOk(first).ticket.id).toBe(expectOk(second).ticket.id);
    expect([expectOk(first).replayed, expectOk(second).replayed].sort()).toEqual([false, true]);
    expect((await counts()).tickets).toBe(before.tickets + 1);
  });
});

describe("searchSchoolsForCounter", () => {
  it("finds a school by its exact NPSN, whatever the case and spaces", async () => {
    const found = await searchSchoolsForCounter(world.db.prisma, ` ${world.schools.kendal.npsn} `);
    expect(found).toMatchObject({
      kind: "npsn",
      rows: [{ name: "PKBM Kendal Maju", regencyName: "Kabupaten Kendal" }],
    });
  });

  it("finds active schools by name, those starting with it first, with their kab/kota", async () => {
    const found = await searchSchoolsForCounter(world.db.prisma, "melati");
    expect(found.rows.map((row) => [row.name, row.regencyName])).toEqual([["KB Melati", "Kota Semarang"]]);
    const byPart = await searchSchoolsForCounter(world.db.prisma, "HARAPAN");
    expect(byPart.rows.map((row) => row.name)).toEqual(["TK Pelita Harapan"]);
    // "TK Tutup" is no longer active: the counter cannot record for it.
    expect((await searchSchoolsForCounter(world.db.prisma, "tutup")).rows).toEqual([]);
  });

  it("asks for more than two letters", async () => {
    expect(await searchSchoolsForCounter(world.db.prisma, "tk")).toMatchObject({ kind: "tooShort", rows: [] });
    expect(await searchSchoolsForCounter(world.db.prisma, "")).toMatchObject({ kind: "none", rows: [] });
  });
});
