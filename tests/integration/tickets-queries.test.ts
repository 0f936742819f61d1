import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { can, isTicketInScope, ticketScopeOf } from "@/lib/domain";
import { snapshotSelect, toSnapshot } from "@/lib/server/tickets/ticket-store";
import { scopeSql, scopeWhere } from "@/lib/server/tickets/scope";
import { DAY_MS, T0, createTicketWorld, expectOk, openTicketAs, type TicketWorld } from "./helpers/ticket-fixtures";

let world: TicketWorld;
/** The tickets of this file, by name; see beforeAll for the story of each. */
const t = {} as Record<"a1" | "a2" | "b1" | "k1" | "k2" | "d1" | "dk" | "e1", string>;
const HOUR = 3600_000;

beforeAll(async () => {
  world = await createTicketWorld();
  const { actors: a, service, clock } = world;
  const step = () => clock.advance(HOUR);
  t.a1 = await openTicketAs(world, a.opA, { subject: "Lupa kata sandi operator", categoryId: world.categories.akun });
  step();
  t.a2 = await openTicketAs(world, a.opA, { subject: "Tarik data gagal" });
  step();
  t.b1 = await openTicketAs(world, a.opB, { subject: "Data PTK ganda" });
  step();
  t.k1 = await openTicketAs(world, a.opKendal, { subject: "Sinkronisasi Kendal" });
  step();
  t.k2 = await openTicketAs(world, a.opKendal, { subject: "Rombel hilang Kendal" });
  step();
  t.d1 = await openTicketAs(world, a.dinasSemarang, { subject: "Pertanyaan dinas Semarang" });
  step();
  t.dk = await openTicketAs(world, a.dinasKendal, { subject: "Pertanyaan dinas Kendal" });
  step();
  t.e1 = await openTicketAs(world, a.opA, { subject: "Sudah selesai" });
  step();
  expectOk(await service.replyToTicket(a.dinasSemarang, { ticketId: t.b1, body: "Hapus salah satu PTK ganda." }));
  expectOk(
    await service.forwardTicket(a.dinasSemarang, { ticketId: t.a2, note: "catatan-forward-rahasia dari dinas" }),
  );
  expectOk(await service.forwardTicket(a.dinasKendal, { ticketId: t.k2, note: "Mohon bantuan pusat." }));
  step();
  expectOk(
    await service.addInternalNote(a.helpdesk1, { ticketId: t.a2, body: "catatan-internal-rahasia: cek server" }),
  );
  expectOk(await service.assignTicket(a.helpdesk1, { ticketId: t.a2, assigneeId: a.helpdesk1.userId }));
  expectOk(await service.replyToTicket(a.helpdesk1, { ticketId: t.a2, body: "Silakan unduh ulang prefill." }));
  expectOk(await service.closeTicket(a.opA, { ticketId: t.e1 }));
  step();
});
afterAll(async () => world?.db.destroy());

type Who = keyof TicketWorld["actors"];
const list = (who: Who, query: Record<string, unknown> = {}) => world.service.listTickets(world.actors[who], query);
const ids = async (who: Who, query: Record<string, unknown> = {}) =>
  (await list(who, { pageSize: 100, ...query })).rows.map((r) => r.id).sort();
const names = (...keys: (keyof typeof t)[]) => keys.map((k) => t[k]).sort();

describe("scope: who sees which ticket", () => {
  const visible: Record<string, (keyof typeof t)[]> = {
    opA: ["a1", "a2", "e1"],
    opA2: ["a1", "a2", "e1"],
    opB: ["b1"],
    opKendal: ["k1", "k2"],
    dinasSemarang: ["a1", "a2", "b1", "d1", "e1"],
    dinasKendal: ["k1", "k2", "dk"],
    helpdesk1: ["a2", "k2", "d1", "dk"],
    supervisor: ["a1", "a2", "b1", "k1", "k2", "d1", "dk", "e1"],
    admin: [],
    opUnlinked: [],
  };

  it.each(Object.entries(visible))(
    "%s gets exactly its tickets from getTicketForActor; the rest are null",
    async (who, keys) => {
      for (const [key, id] of Object.entries(t)) {
        const detail = await world.service.getTicketForActor(world.actors[who as Who], id);
        expect(detail === null ? "hidden" : "visible", `${who} → ${key}`).toBe(
          keys.includes(key as keyof typeof t) ? "visible" : "hidden",
        );
      }
    },
  );

  it.each(Object.entries(visible))("%s lists exactly the same tickets across its views", async (who, keys) => {
    const views = {
      opA: ["mine"],
      dinasSemarang: ["inbox", "asked"],
      dinasKendal: ["inbox", "asked"],
      helpdesk1: ["all"],
    } as Record<string, string[]>;
    const all = new Set<string>();
    for (const view of views[who] ?? [undefined]) for (const id of await ids(who as Who, { view })) all.add(id);
    expect([...all].sort()).toEqual(names(...keys));
  });

  it("agrees with the domain's isTicketInScope and ticket.view permission for every actor and ticket", async () => {
    for (const [who, actor] of Object.entries(world.actors)) {
      for (const id of Object.values(t)) {
        const snapshot = toSnapshot(
          await world.db.prisma.ticket.findUniqueOrThrow({ where: { id }, select: snapshotSelect }),
        );
        const expected = isTicketInScope(ticketScopeOf(actor), snapshot);
        expect(can(actor, "ticket.view", snapshot), `${who} may view ${id}`).toBe(expected);
        expect((await world.service.getTicketForActor(actor, id)) !== null, `${who} → ${id}`).toBe(expected);
      }
    }
  });

  it("has the same scope in SQL (the hot queries) as in Prisma (everything else), for every actor", async () => {
    for (const [who, actor] of Object.entries(world.actors)) {
      const byPrisma = (await world.db.prisma.ticket.findMany({ where: scopeWhere(actor), select: { id: true } }))
        .map((r) => r.id)
        .sort();
      const bySql = (
        await world.db.prisma.$queryRaw<{ id: string }[]>`SELECT t."id" FROM "Ticket" t WHERE ${scopeSql(actor)}`
      )
        .map((r) => r.id)
        .sort();
      expect(bySql, who).toEqual(byPrisma);
    }
  });

  it("never lets a district reach another district's ticket, by list, detail or search", async () => {
    expect(await world.service.getTicketForActor(world.actors.dinasSemarang, t.k1)).toBeNull();
    expect(await ids("dinasSemarang", { view: "inbox", q: "Kendal" })).toEqual([]);
    expect(await ids("dinasSemarang", { view: "inbox", npsn: world.schools.kendal.npsn })).toEqual([]);
  });
});

describe("getTicketForActor", () => {
  it("shows the asker the conversation but never the notes, and what they can do", async () => {
    const detail = await world.service.getTicketForActor(world.actors.opA, t.a2);
    expect(detail).toMatchObject({
      number: expect.stringMatching(/^HD-2026-/),
      subject: "Tarik data gagal",
      category: { name: "Sinkronisasi" },
      school: { name: "TK Pelita Harapan", npsn: "69900001" },
      regency: { name: "Kota Semarang" },
      asker: { displayName: "Nama op.a" },
      assignee: { displayName: "Nama helpdesk1" },
      state: "ANSWERED",
      tier: "HELPDESK",
      relation: "ASKER",
      can: { reply: true, close: true, forward: false, assign: false, note: false },
      helpdeskTargetStatus: "MET",
      visitor: null,
    });
    expect(detail?.messages.map((m) => [m.kind, m.side])).toEqual([
      ["PUBLIC", "ASKER"],
      ["PUBLIC", "HANDLER"],
    ]);
    expect(detail?.messages[1]?.author).toEqual({ displayName: "Nama helpdesk1", role: "HELPDESK" });
    expect(detail?.events.map((e) => e.type)).toEqual(["OPENED", "FORWARDED", "ASSIGNED", "HANDLER_REPLIED"]);
    expect(JSON.stringify(detail)).not.toMatch(
      /catatan-internal-rahasia|catatan-forward-rahasia|argon2-never-leaves|passwordHash/,
    );
  });

  it("shows the district its forward note but not the helpdesk's internal note, read-only", async () => {
    const detail = await world.service.getTicketForActor(world.actors.dinasSemarang2, t.a2);
    expect(detail?.messages.map((m) => m.kind)).toEqual(["PUBLIC", "FORWARD_NOTE", "PUBLIC"]);
    expect(detail?.events.map((e) => e.type)).not.toContain("INTERNAL_NOTE_ADDED");
    expect(detail?.can).toEqual({ reply: false, forward: false, assign: false, note: false, close: false });
    expect(JSON.stringify(detail)).not.toContain("catatan-internal-rahasia");
  });

  it("shows the helpdesk and the supervisor every message and event, in order", async () => {
    for (const who of ["helpdesk2", "supervisor"] as const) {
      const detail = await world.service.getTicketForActor(world.actors[who], t.a2);
      expect(detail?.messages.map((m) => m.kind)).toEqual(["PUBLIC", "FORWARD_NOTE", "INTERNAL_NOTE", "PUBLIC"]);
      expect(detail?.events.map((e) => e.type)).toEqual([
        "OPENED",
        "FORWARDED",
        "INTERNAL_NOTE_ADDED",
        "ASSIGNED",
        "HANDLER_REPLIED",
      ]);
    }
    const detail = await world.service.getTicketForActor(world.actors.helpdesk2, t.a2);
    expect(detail?.can).toMatchObject({ reply: true, assign: true, note: true, close: false, forward: false });
  });

  it("gives the school the deadline that applies now and the district its actions", async () => {
    const detail = await world.service.getTicketForActor(world.actors.dinasSemarang, t.a1);
    expect(detail?.deadlines.next).toEqual({ kind: "ESCALATION", at: new Date(T0.getTime() + 3 * DAY_MS) });
    expect(detail?.can).toMatchObject({ reply: true, forward: true, close: false });
    expect(detail?.events[0]).toMatchObject({ type: "OPENED", actor: { displayName: "Nama op.a", role: "SEKOLAH" } });
    const ended = await world.service.getTicketForActor(world.actors.opA, t.e1);
    expect(ended).toMatchObject({
      state: "CLOSED",
      solved: true,
      deadlines: { next: null },
      can: { reply: false, close: false },
    });
  });

  it("answers null for an unknown or empty id", async () => {
    expect(await world.service.getTicketForActor(world.actors.supervisor, "tidak-ada")).toBeNull();
    expect(await world.service.getTicketForActor(world.actors.supervisor, "")).toBeNull();
  });
});

describe("listTickets", () => {
  it("gives each role its views", async () => {
    expect(await ids("dinasSemarang", { view: "asked" })).toEqual(names("d1"));
    expect(await ids("dinasSemarang", { view: "action" })).toEqual(names("a1"));
    expect(await ids("dinasSemarang", { view: "inbox" })).toEqual(names("a1", "a2", "b1", "e1"));
    expect(await ids("dinasSemarang", { view: "ended" })).toEqual(names("e1"));
    expect(await ids("helpdesk1", { view: "action" })).toEqual(names("k2", "d1", "dk"));
    expect(await ids("helpdesk1", { view: "ended" })).toEqual([]);
    expect(await ids("helpdesk1", { view: "unassigned" })).toEqual(names("k2", "d1", "dk"));
    expect(await ids("helpdesk1", { view: "mine" })).toEqual(names("a2"));
    expect(await ids("helpdesk2", { view: "mine" })).toEqual([]);
    expect((await list("admin")).rows).toEqual([]);
  });

  it("falls back to the role's main view and to defaults for anything invalid", async () => {
    const result = await list("dinasSemarang", {
      view: "all",
      sort: "bogus",
      dir: "up",
      after: "abc",
      pageSize: "-3",
      state: "X",
      tier: 7,
    });
    // The district's main view is "Perlu tindakan": of its schools' tickets only a1 waits for it.
    expect(result).toMatchObject({
      view: "action",
      sort: "deadline",
      dir: "asc",
      before: null,
      after: null,
      pageSize: 25,
      total: 1,
      totalIsCapped: false,
    });
    expect((await list("dinasSemarang", { view: "inbox", before: "%%%" })).rows).toHaveLength(4);
    expect((await list("opA", { pageSize: "1000" })).pageSize).toBe(100);
    expect(await list("opA", { view: "mine", sort: "activity" })).toMatchObject({ sort: "activity", dir: "desc" });
  });

  it("combines filters: state, tier, category, NPSN or school name prefix", async () => {
    expect(await ids("dinasSemarang", { view: "inbox", state: "CLOSED" })).toEqual(names("e1"));
    expect(await ids("dinasSemarang", { view: "inbox", tier: "HELPDESK" })).toEqual(names("a2"));
    expect(await ids("dinasSemarang", { view: "inbox", categoryId: world.categories.akun })).toEqual(names("a1"));
    expect(await ids("dinasSemarang", { view: "inbox", npsn: "69900002" })).toEqual(names("b1"));
    expect(await ids("dinasSemarang", { view: "inbox", npsn: "tk pelita" })).toEqual(names("a1", "a2", "e1"));
    expect(await ids("dinasSemarang", { view: "inbox", npsn: "tk pelita", state: "OPEN" })).toEqual(names("a1"));
    expect(await ids("supervisor", { tier: "DINAS", npsn: "699" })).toEqual(names("a1", "b1", "k1", "e1"));
  });

  it("searches subjects, numbers and only the messages the actor may read", async () => {
    expect(await ids("opA", { q: "KATA SANDI" })).toEqual(names("a1"));
    expect(await ids("opA", { q: "unduh ulang prefill" })).toEqual(names("a2"));
    const number = (await world.service.getTicketForActor(world.actors.supervisor, t.b1))?.number ?? "";
    expect(await ids("dinasSemarang", { view: "inbox", q: ` #${number.toLowerCase()} ` })).toEqual(names("b1"));
    expect(await ids("opA", { q: "catatan-internal-rahasia" })).toEqual([]);
    expect(await ids("opA", { q: "catatan-forward-rahasia" })).toEqual([]);
    expect(await ids("dinasSemarang", { view: "inbox", q: "catatan-internal-rahasia" })).toEqual([]);
    expect(await ids("dinasSemarang", { view: "inbox", q: "catatan-forward-rahasia" })).toEqual(names("a2"));
    expect(await ids("helpdesk1", { view: "all", q: "catatan-internal-rahasia" })).toEqual(names("a2"));
  });

  it("returns rows as DTOs with the school or kab/kota, the next deadline and the assignee", async () => {
    const { rows } = await list("supervisor", { pageSize: 100 });
    const row = rows.find((r) => r.id === t.a2);
    expect(row).toEqual({
      id: t.a2,
      number: expect.stringMatching(/^HD-2026-\d{6}$/),
      subject: "Tarik data gagal",
      state: "ANSWERED",
      tier: "HELPDESK",
      askerType: "SEKOLAH",
      category: "Sinkronisasi",
      school: { name: "TK Pelita Harapan", npsn: "69900001" },
      regencyName: "Kota Semarang",
      openedAt: new Date(T0.getTime() + HOUR),
      lastMessageAt: new Date(T0.getTime() + 9 * HOUR),
      lastMessageBy: "HANDLER",
      nextDeadline: { kind: "EXPIRY", at: new Date(T0.getTime() + 9 * HOUR + 7 * DAY_MS) },
      assigneeName: "Nama helpdesk1",
      unread: false,
    });
    expect(rows.find((r) => r.id === t.dk)).toMatchObject({ school: null, regencyName: "Kabupaten Kendal" });
  });

  it("sorts by age, activity and deadline, and pages without overlap", async () => {
    expect(await list("supervisor", { sort: "age", dir: "asc" }).then((r) => r.rows.map((x) => x.id))).toEqual(
      Object.values(t),
    );
    expect(await list("supervisor", { sort: "age", dir: "desc" }).then((r) => r.rows.map((x) => x.id))).toEqual(
      Object.values(t).reverse(),
    );
    const byActivity = (await list("supervisor", { sort: "activity" })).rows.map((r) => r.lastMessageAt.getTime());
    expect(byActivity).toEqual([...byActivity].sort((x, y) => y - x));
    // Deadline: ended tickets last; a1 (escalates at T0 + 3 d) before k1 (T0 + 3 h + 3 d).
    const byDeadline = (await list("supervisor", { sort: "deadline" })).rows.map((r) => r.id);
    expect(byDeadline.at(-1)).toBe(t.e1);
    expect(byDeadline.indexOf(t.a1)).toBeLessThan(byDeadline.indexOf(t.k1));
    const inbox = (await list("dinasSemarang", { view: "inbox", sort: "deadline", state: "OPEN" })).rows;
    expect(inbox.map((r) => r.nextDeadline?.kind)).toEqual(["ESCALATION"]);

    // Keyset pages: "after" the last row, "before" the first, until there is none.
    const first = await list("supervisor", { sort: "age", pageSize: 3 });
    const second = await list("supervisor", { sort: "age", pageSize: 3, after: first.after });
    const third = await list("supervisor", { sort: "age", pageSize: 3, after: second.after });
    expect([first, second, third].map((p) => p.rows.length)).toEqual([3, 3, 2]);
    expect([first, second, third].every((p) => p.total === 8)).toBe(true);
    expect([first, second, third].flatMap((p) => p.rows.map((r) => r.id))).toEqual(Object.values(t));
    expect([first.before, third.after]).toEqual([null, null]);
    const back = await list("supervisor", { sort: "age", pageSize: 3, before: third.before });
    expect(back.rows.map((r) => r.id)).toEqual(second.rows.map((r) => r.id));
    const backToStart = await list("supervisor", { sort: "age", pageSize: 3, before: second.before });
    expect(backToStart).toMatchObject({ before: null, after: first.after });
  });
});
