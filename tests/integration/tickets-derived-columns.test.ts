// The columns stored for speed at national scale hold what lib/domain and the history say, whatever
// writes the ticket: Ticket.nextDeadlineAt (the lists' "most urgent first"), escalatedEventSeq and
// expiredEventSeq (the clock notices); and the keyset pages never skip or repeat a ticket while other
// tickets arrive and change, with counts that stay true.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { nextDeadlineAt, type ClockDurations } from "@/lib/domain";
import { COUNT_CAP } from "@/lib/server/tickets/list-tickets";
import { REPAIR_WINDOW_MS, refreshDeadlines, refreshDeadlinesAfterChange } from "@/lib/server/tickets/deadline-column";
import { snapshotSelect, toSnapshot } from "@/lib/server/tickets/ticket-store";
import { HOUR_MS, after, sweepAt } from "./helpers/clock-fixtures";
import {
  DAY_MS,
  DEFAULT_DURATIONS,
  T0,
  createTicketWorld,
  expectOk,
  openTicketAs,
  type TicketWorld,
} from "./helpers/ticket-fixtures";

let world: TicketWorld;
beforeAll(async () => {
  world = await createTicketWorld();
});
afterAll(async () => world?.db.destroy());

/** Every ticket whose stored next deadline differs from lib/domain's with `durations` (empty = all agree). */
async function deadlineMismatches(durations: ClockDurations = DEFAULT_DURATIONS) {
  const rows = await world.db.prisma.ticket.findMany({
    select: { ...snapshotSelect, number: true, nextDeadlineAt: true },
  });
  return rows
    .filter(
      ({ nextDeadlineAt: stored, number: _n, ...row }) =>
        (stored?.getTime() ?? null) !== (nextDeadlineAt(toSnapshot(row), durations)?.getTime() ?? null),
    )
    .map((row) => `${row.number} ${row.state}/${row.tier}: ${row.nextDeadlineAt?.toISOString()}`);
}

/** Every ticket whose clock seq columns differ from its history. */
async function clockSeqMismatches() {
  return world.db.sql.query(`
    SELECT t."number" FROM "Ticket" t
    LEFT JOIN (SELECT "ticketId", max(seq) FILTER (WHERE type = 'ESCALATED') AS esc, max(seq) FILTER (WHERE type = 'EXPIRED') AS exp
      FROM "TicketEvent" GROUP BY "ticketId") e ON e."ticketId" = t."id"
    WHERE t."escalatedEventSeq" IS DISTINCT FROM e.esc OR t."expiredEventSeq" IS DISTINCT FROM e.exp`);
}

describe("stored next deadline and clock seqs", () => {
  it("equal lib/domain's and the history's after every kind of transition, by the service and by the sweep", async () => {
    const { actors: a, service, clock } = world;
    clock.set(T0);
    const check = async (step: string) => {
      expect(await deadlineMismatches(), `after ${step}`).toEqual([]);
      expect(await clockSeqMismatches(), `after ${step}`).toEqual([]);
    };
    const school1 = await openTicketAs(world, a.opA);
    const school2 = await openTicketAs(world, a.opB);
    const school3 = await openTicketAs(world, a.opKendal);
    const dinas = await openTicketAs(world, a.dinasSemarang);
    await check("opening");
    clock.advance(HOUR_MS);
    expectOk(
      await service.replyToTicket(a.dinasSemarang, { ticketId: school1, body: "Coba sinkron ulang malam hari." }),
    );
    await check("a district reply");
    expectOk(await service.forwardTicket(a.dinasSemarang, { ticketId: school2, note: "Mohon bantuan pusat." }));
    await check("a forward");
    expectOk(await service.assignTicket(a.helpdesk1, { ticketId: school2, assigneeId: a.helpdesk1.userId }));
    expectOk(await service.addInternalNote(a.helpdesk1, { ticketId: school2, body: "Cek server pusat." }));
    await check("an assignment and a note");
    clock.advance(HOUR_MS);
    expectOk(await service.replyToTicket(a.opA, { ticketId: school1, body: "Masih gagal, Bapak." }));
    expectOk(await service.replyToTicket(a.helpdesk1, { ticketId: dinas, body: "Sudah kami periksa." }));
    await check("an asker's and a helpdesk reply");
    expectOk(await service.closeTicket(a.dinasSemarang, { ticketId: dinas }));
    await check("a close");
    for (const outcome of ["CONTINUE", "RESOLVED"] as const) {
      expectOk(
        await service.openWalkInTicket(a.helpdesk1, {
          npsn: world.schools.a.npsn,
          visitorName: "Bu Sri",
          categoryId: world.categories.sinkronisasi,
          question: "Bagaimana cara tarik data peserta didik?",
          answer: "Sudah dijelaskan di loket.",
          outcome,
        }),
      );
    }
    await check("a walk-in visit");

    // The clocks: school3 escalates at T0 + 3 d, school2's helpdesk target breaches, school3 then expires.
    clock.set(after(T0, 3 * DAY_MS + HOUR_MS));
    await sweepAt(world, clock.now());
    await check("an escalation and a breach by the sweep");
    expect(await service.applyDueClocks(school3)).toMatchObject({ ok: true, applied: [] });
    clock.set(after(T0, 8 * DAY_MS));
    await sweepAt(world, clock.now());
    await check("expiries by the sweep");
    const ended = await world.db.prisma.ticket.findMany({
      where: { endedAt: { not: null } },
      select: { nextDeadlineAt: true },
    });
    expect(ended.length).toBeGreaterThan(0);
    expect(ended.every((t) => t.nextDeadlineAt === null)).toBe(true);
  });

  it("follow new clock durations: refreshDeadlines rewrites exactly the running tickets that differ, and the sweep repairs", async () => {
    const { actors: a, clock } = world;
    clock.set(after(T0, 20 * DAY_MS));
    await openTicketAs(world, a.opA);
    await openTicketAs(world, a.dinasKendal);
    const longer: ClockDurations = { ...DEFAULT_DURATIONS, escalationMs: 5 * DAY_MS, expiryMs: 10 * DAY_MS };
    expect((await deadlineMismatches(longer)).length).toBeGreaterThan(0);
    const running = await world.db.prisma.ticket.count({ where: { endedAt: null } });
    const differing = (await deadlineMismatches(longer)).length;
    expect(await refreshDeadlines(world.db.prisma, longer)).toBe(differing);
    expect(await deadlineMismatches(longer)).toEqual([]);
    expect(await refreshDeadlines(world.db.prisma, longer)).toBe(0);
    // After a change of durations, sweeps keep repairing for a while what a server still on the old
    // values writes; later they skip the work (nothing can be stale any more).
    const t = Date.now();
    await refreshDeadlinesAfterChange(world.db.prisma, DEFAULT_DURATIONS, t); // this process's durations so far
    const stale = async () =>
      world.db.prisma.ticket.updateMany({ where: { endedAt: null }, data: { nextDeadlineAt: new Date(0) } });
    expect(await refreshDeadlinesAfterChange(world.db.prisma, longer, t)).toBe(0); // the change itself (already in line above)
    await stale();
    expect(await refreshDeadlinesAfterChange(world.db.prisma, longer, t + 60_000)).toBe(running);
    expect(await deadlineMismatches(longer)).toEqual([]);
    await stale();
    expect(await refreshDeadlinesAfterChange(world.db.prisma, longer, t + REPAIR_WINDOW_MS + 60_000)).toBe(0);
    // Back to the defaults (a change again): the sweep repairs within its window.
    const swept = await sweepAt(world, clock.now());
    expect(swept.deadlinesRefreshed).toBe(running);
    expect(await deadlineMismatches()).toEqual([]);
  });
});

describe("keyset pages", () => {
  it("never skip or repeat a ticket while tickets arrive and change between two pages", async () => {
    const { actors: a, service, clock } = world;
    clock.set(after(T0, 40 * DAY_MS));
    for (let i = 0; i < 7; i++) {
      await openTicketAs(world, a.opB, { subject: `Antrean halaman ${i}` });
      clock.advance(10 * 60_000);
    }
    for (const sort of ["deadline", "age", "activity"] as const) {
      const query = { view: "inbox", sort, pageSize: 4 };
      const before = (await service.listTickets(a.dinasSemarang, { ...query, pageSize: 100 })).rows.map((r) => r.id);
      const seen: string[] = [];
      let page = await service.listTickets(a.dinasSemarang, query);
      seen.push(...page.rows.map((r) => r.id));
      // Between pages: new questions arrive (they sort first by age desc, last by deadline) and an
      // ended ticket of an earlier page is untouched; none of the rows already seen changes.
      clock.advance(60_000);
      await openTicketAs(world, a.opA, { subject: `Baru saat ${sort}` });
      while (page.after) {
        page = await service.listTickets(a.dinasSemarang, { ...query, after: page.after });
        seen.push(...page.rows.map((r) => r.id));
        clock.advance(60_000);
        await openTicketAs(world, a.opB, { subject: `Baru lagi saat ${sort}` });
      }
      expect(new Set(seen).size, `${sort}: no ticket twice`).toBe(seen.length);
      expect(
        before.filter((id) => !seen.includes(id)),
        `${sort}: none of the earlier tickets missing`,
      ).toEqual([]);
    }
  });

  it("walk back with `before` to the same pages, and the deadline order runs from the running tickets to the ended ones", async () => {
    const { actors: a, service } = world;
    const all = (await service.listTickets(a.supervisor, { sort: "deadline", pageSize: 100 })).rows;
    const deadlines = all.map((r) => r.nextDeadline?.at.getTime() ?? Infinity);
    const running = deadlines.filter((d) => d !== Infinity);
    expect(running).toEqual([...running].sort((x, y) => x - y));
    expect(deadlines.slice(running.length).every((d) => d === Infinity)).toBe(true);
    const pages = [await service.listTickets(a.supervisor, { sort: "deadline", pageSize: 5 })];
    while (pages.at(-1)?.after)
      pages.push(
        await service.listTickets(a.supervisor, { sort: "deadline", pageSize: 5, after: pages.at(-1)?.after }),
      );
    expect(pages.flatMap((p) => p.rows.map((r) => r.id))).toEqual(all.map((r) => r.id));
    for (let i = pages.length - 1; i > 0; i--) {
      const back = await service.listTickets(a.supervisor, { sort: "deadline", pageSize: 5, before: pages[i]?.before });
      expect(back.rows.map((r) => r.id)).toEqual(pages[i - 1]?.rows.map((r) => r.id));
    }
  });

  it("count exactly up to the cap, then say so", async () => {
    const { actors: a, service } = world;
    const exact = await service.listTickets(a.dinasSemarang, { view: "inbox" });
    expect(exact.totalIsCapped).toBe(false);
    expect(exact.total).toBe(
      await world.db.prisma.ticket.count({ where: { regencyCode: "33.74", askerType: "SEKOLAH" } }),
    );
    // More tickets than the cap in Kendal, written directly (the rules are not what is tested here).
    await world.db.sql.query(
      `INSERT INTO "Ticket" ("id", "number", "subject", "categoryId", "askerType", "askerId", "schoolId", "regencyCode", "state", "tier",
         "openedAt", "tierSince", "lastMessageAt", "lastMessageBy", "endedAt", "endReason", "updatedAt")
       SELECT 'cap-' || i, 'HD-CAP-' || i, 'Tiket lama ' || i, $1, 'SEKOLAH', $2, $3, '33.24', 'CLOSED', 'DINAS',
         $4::timestamp - i * interval '1 minute', $4::timestamp - i * interval '1 minute', $4::timestamp, 'HANDLER', $4::timestamp, 'CLOSED_BY_ASKER', now()
       FROM generate_series(1, $5::int) i`,
      [
        world.categories.sinkronisasi,
        a.opKendal.userId,
        world.schools.kendal.id,
        after(T0, -DAY_MS).toISOString(),
        COUNT_CAP + 5,
      ],
    );
    const capped = await service.listTickets(a.dinasKendal, { view: "inbox" });
    expect(capped).toMatchObject({ total: COUNT_CAP, totalIsCapped: true });
    expect(capped.rows).toHaveLength(25);
  });
});
