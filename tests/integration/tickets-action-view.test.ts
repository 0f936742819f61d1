// "Perlu tindakan": the district inbox and the helpdesk queue open on the tickets waiting for their side,
// the unread ones first, and every list marks the unread rows the way the navigation badge counts them.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DAY_MS, T0, createTicketWorld, expectOk, openTicketAs, type TicketWorld } from "./helpers/ticket-fixtures";

let world: TicketWorld;
beforeAll(async () => {
  world = await createTicketWorld();
});
afterAll(async () => world?.db.destroy());

type Who = keyof TicketWorld["actors"];
const list = (who: Who, query: Record<string, unknown> = {}) => world.service.listTickets(world.actors[who], query);

async function markRead(who: Who, ticketId: string) {
  const detail = await world.service.getTicketForActor(world.actors[who], ticketId);
  if (!detail) throw new Error("ticket should be visible");
  await world.service.markTicketRead(world.actors[who], ticketId, new Date(detail.lastMessageAt));
}

/**
 * Older tickets of TK Pelita (Semarang), written directly (the rules are not what is tested here):
 * `n` tickets per kind, opened a day before T0, in the state, tier and handoff the kind names.
 */
async function insertOlder(kind: "ended" | "escalated" | "answered" | "waiting" | "unseen", n: number) {
  const { state, tier, by, ended } = {
    ended: { state: "CLOSED", tier: "DINAS", by: "HANDLER", ended: true },
    escalated: { state: "OPEN", tier: "HELPDESK", by: "ASKER", ended: false },
    answered: { state: "ANSWERED", tier: "DINAS", by: "HANDLER", ended: false },
    waiting: { state: "OPEN", tier: "DINAS", by: "ASKER", ended: false },
    unseen: { state: "OPEN", tier: "DINAS", by: "ASKER", ended: false },
  }[kind];
  const opened = new Date(T0.getTime() - DAY_MS).toISOString();
  await world.db.sql.query(
    `INSERT INTO "Ticket" ("id", "number", "subject", "categoryId", "askerType", "askerId", "schoolId", "regencyCode", "state", "tier",
       "openedAt", "tierSince", "lastMessageAt", "lastMessageBy", "endedAt", "endReason", "nextDeadlineAt", "updatedAt")
     SELECT $1 || '-' || i, 'HD-OLD-' || $1 || '-' || i, 'Tiket lama ' || i, $2, 'SEKOLAH', $3, $4, '33.74', $5::"TicketState", $6::"Tier",
       $7::timestamp + i * interval '1 minute', $7::timestamp, $7::timestamp + i * interval '1 minute', $8::"MessageAuthorSide",
       CASE WHEN $9 THEN $7::timestamp + interval '1 hour' END, CASE WHEN $9 THEN 'CLOSED_BY_ASKER'::"EndReason" END,
       CASE WHEN $9 THEN NULL ELSE $7::timestamp + interval '3 days' + i * interval '1 minute' END, now()
     FROM generate_series(1, $10::int) i`,
    [
      kind,
      world.categories.sinkronisasi,
      world.actors.opA.userId,
      world.schools.a.id,
      state,
      tier,
      opened,
      by,
      ended,
      n,
    ],
  );
  return Array.from({ length: n }, (_, i) => `${kind}-${i + 1}`);
}

describe("the helpdesk's Perlu tindakan view", () => {
  it("holds the unassigned and the viewer's own tickets that wait for the helpdesk, unread first", async () => {
    const { actors: a, service } = world;
    const kendal = await openTicketAs(world, a.opKendal, { subject: "Rombel hilang setelah sinkron" });
    expectOk(await service.forwardTicket(a.dinasKendal, { ticketId: kendal, note: "Mohon bantuan pusat." }));
    world.clock.advance(60_000);
    const question = await openTicketAs(world, a.dinasKendal, { subject: "Pertanyaan dinas Kendal" });
    const taken = await openTicketAs(world, a.dinasKendal, { subject: "Diambil helpdesk2" });
    expectOk(await service.assignTicket(a.helpdesk2, { ticketId: taken, assigneeId: a.helpdesk2.userId }));

    const first = await list("helpdesk1", { pageSize: 100 });
    expect(first.view).toBe("action");
    const ids = first.rows.map((row) => row.id);
    expect(ids).not.toContain(taken); // someone else's
    expect((await list("helpdesk2", { pageSize: 100 })).rows.map((row) => row.id)).toContain(taken);
    // Unread ones come first, the latest on top; once helpdesk1 has read the district's question it
    // moves below them.
    expect(first.rows.findIndex((row) => !row.unread)).toBe(-1);
    expect(ids).toEqual([question, kendal]);
    await markRead("helpdesk1", question);
    const after = (await list("helpdesk1", { pageSize: 100 })).rows;
    expect(after.at(-1)).toMatchObject({ id: question, unread: false });
    expect(after.slice(0, -1).every((row) => row.unread)).toBe(true);

    // Answered by the helpdesk: it waits for the asker, so it leaves the view.
    expectOk(
      await service.replyToTicket(a.helpdesk1, { ticketId: question, body: "Sudah kami periksa, silakan coba lagi." }),
    );
    expect((await list("helpdesk1", { pageSize: 100 })).rows.map((row) => row.id)).not.toContain(question);
    expect((await list("helpdesk1", { view: "ended" })).rows).toEqual([]);
  });
});

describe("the district's Perlu tindakan view", () => {
  let waiting: string[];
  let unseen: string[];
  let ended: string[];
  let fresh: string;

  beforeAll(async () => {
    ended = await insertOlder("ended", 300);
    await insertOlder("escalated", 100);
    await insertOlder("answered", 40);
    waiting = await insertOlder("waiting", 40);
    // The district has opened 40 of the older questions that wait for it, and not yet 30 others.
    for (const id of waiting) await markRead("dinasSemarang", id);
    unseen = await insertOlder("unseen", 30);
    fresh = await openTicketAs(world, world.actors.opA, { subject: "Pertanyaan baru: NIK siswa tidak valid" });
  });

  it("shows a brand-new question first, marked, on the first page, above 510 older tickets", async () => {
    const page = await list("dinasSemarang");
    expect(page.view).toBe("action");
    expect(page.rows[0]).toMatchObject({ id: fresh, unread: true, state: "OPEN", tier: "DINAS" });
    // The unread ones, latest first, fill the first page (there are 31 of them).
    expect(page.rows.every((row) => row.unread)).toBe(true);
    const times = page.rows.map((row) => row.lastMessageAt.getTime());
    expect(times).toEqual([...times].sort((x, y) => y - x));
    // Only what waits for the district: no ended, escalated or answered ticket.
    expect(page.total).toBe(waiting.length + unseen.length + 1);
    expect(page.rows.every((row) => row.state === "OPEN" && row.tier === "DINAS")).toBe(true);
    // The inbox's "Semua" view (by deadline) would have shown it after the older running tickets.
    const everything = await list("dinasSemarang", { view: "inbox", pageSize: 100 });
    expect(everything.rows.slice(0, 25).map((row) => row.id)).not.toContain(fresh);
  });

  it("counts the same unread tickets in the badge as the rows it marks", async () => {
    const all = [];
    let page = await list("dinasSemarang", { view: "inbox", pageSize: 100 });
    all.push(...page.rows);
    while (page.after) {
      page = await list("dinasSemarang", { view: "inbox", pageSize: 100, after: page.after });
      all.push(...page.rows);
    }
    const unread = all.filter((row) => row.unread);
    // The escalated tickets were never opened either; the answered ones wait for the school.
    expect(unread.map((row) => row.id)).toContain(fresh);
    expect(unread).toHaveLength(131);
    expect(await world.service.countUnread(world.actors.dinasSemarang)).toBe(unread.length);
  });

  it("pages across the unread and read stretches without a gap or a repeat, both ways", async () => {
    const pages = [await list("dinasSemarang", { pageSize: 7 })];
    while (pages.at(-1)?.after) pages.push(await list("dinasSemarang", { pageSize: 7, after: pages.at(-1)?.after }));
    const ids = pages.flatMap((p) => p.rows.map((row) => row.id));
    // The unread ones latest first, then the read ones by deadline (they were opened a minute apart).
    expect(ids).toEqual([fresh, ...[...unseen].reverse(), ...waiting]);
    for (let i = pages.length - 1; i > 0; i--) {
      const back = await list("dinasSemarang", { pageSize: 7, before: pages[i]?.before });
      expect(back.rows.map((row) => row.id)).toEqual(pages[i - 1]?.rows.map((row) => row.id));
    }
  });

  it("moves a question to its deadline place once read, and out of the view once answered", async () => {
    await markRead("dinasSemarang", fresh);
    const afterReading = await list("dinasSemarang", { pageSize: 100 });
    expect(afterReading.rows.at(-1)).toMatchObject({ id: fresh, unread: false });
    // A colleague in the same office has not opened it: for them it is still unread.
    expect((await list("dinasSemarang2", { pageSize: 100 })).rows.find((row) => row.id === fresh)).toMatchObject({
      unread: true,
    });
    expectOk(
      await world.service.replyToTicket(world.actors.dinasSemarang, {
        ticketId: fresh,
        body: "Perbaiki NIK di menu Peserta Didik.",
      }),
    );
    expect((await list("dinasSemarang", { pageSize: 100 })).rows.map((row) => row.id)).not.toContain(fresh);
    // The school sees the answer as unread until it looks.
    const school = (await list("opA", { pageSize: 100 })).rows.find((row) => row.id === fresh);
    expect(school).toMatchObject({ state: "ANSWERED", unread: true });
    await markRead("opA", fresh);
    expect((await list("opA", { pageSize: 100 })).rows.find((row) => row.id === fresh)).toMatchObject({
      unread: false,
    });
  });

  it("keeps ended tickets in their own view, latest first, and another district sees none of it", async () => {
    const view = await list("dinasSemarang", { view: "ended", pageSize: 100 });
    expect(view.total).toBe(ended.length);
    expect(view.rows.every((row) => row.state === "CLOSED" || row.state === "EXPIRED")).toBe(true);
    expect((await list("dinasKendal")).rows).toEqual([]);
    expect((await list("dinasKendal", { view: "ended" })).rows).toEqual([]);
  });

  it("never marks a row unread for a supervisor, who only watches", async () => {
    const rows = (await list("supervisor", { pageSize: 100 })).rows;
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.some((row) => row.unread)).toBe(false);
  });
});
