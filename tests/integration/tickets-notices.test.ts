// Notices of the clocks' doings (issue #5 item 6): the school learns its ticket went to the helpdesk
// and why, the asker learns a ticket ended and why; a notice stays until the ticket is opened or the
// notices are dismissed, per user, and never reaches another school or kab/kota.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/domain";
import { after, retireActiveTickets, sweepAt } from "./helpers/clock-fixtures";
import { DAY_MS, T0, createTicketWorld, expectOk, openTicketAs, type TicketWorld } from "./helpers/ticket-fixtures";

let world: TicketWorld;
beforeAll(async () => {
  world = await createTicketWorld();
});
afterAll(async () => world?.db.destroy());
beforeEach(async () => {
  // Each test sees only its own tickets' notices: earlier ones are ended and marked seen by everybody.
  await retireActiveTickets(world);
  await world.db.sql.query(
    `INSERT INTO "TicketRead" ("userId", "ticketId", "readAt", "eventSeq")
     SELECT u."id", t."id", t."lastMessageAt", 2147483647 FROM "User" u CROSS JOIN "Ticket" t
     ON CONFLICT ("userId", "ticketId") DO UPDATE SET "readAt" = EXCLUDED."readAt", "eventSeq" = EXCLUDED."eventSeq"`,
  );
  world.clock.set(T0);
});

const notices = (actor: Actor) => world.service.listClockNotices(actor);
const kinds = async (actor: Actor, ticketId: string) =>
  (await notices(actor)).filter((n) => n.ticket.id === ticketId).map((n) => `${n.kind}/${n.relation}`);

async function open(actor: Actor, ticketId: string) {
  const detail = await world.service.getTicketForActor(actor, ticketId);
  if (!detail) throw new Error("ticket should be visible");
  await world.service.markTicketRead(
    actor,
    ticketId,
    detail.lastMessageAt,
    Math.max(...detail.events.map((e) => e.seq)),
  );
}

describe("clock notices", () => {
  it("tells the school and its district of an automatic escalation, nobody else, until each has looked", async () => {
    const id = await openTicketAs(world, world.actors.opA);
    await sweepAt(world, after(T0, 3 * DAY_MS));
    world.clock.set(after(T0, 3 * DAY_MS + 60_000));

    expect(await kinds(world.actors.opA, id)).toEqual(["ESCALATED/ASKER"]);
    expect(await kinds(world.actors.opA2, id)).toEqual(["ESCALATED/ASKER"]);
    expect(await kinds(world.actors.dinasSemarang, id)).toEqual(["ESCALATED/DINAS_HANDLER"]);
    for (const other of [
      world.actors.opB,
      world.actors.opKendal,
      world.actors.dinasKendal,
      world.actors.helpdesk1,
      world.actors.supervisor,
      world.actors.admin,
    ]) {
      expect(await kinds(other, id)).toEqual([]);
    }
    const [notice] = await notices(world.actors.opA);
    expect(notice?.ticket).toMatchObject({ id, endedAt: null, askerType: "SEKOLAH" });
    expect(notice?.at).toEqual(after(T0, 3 * DAY_MS));

    // The badge counts the ticket although no message is new.
    expect(await world.service.countUnread(world.actors.opA)).toBe(1);
    await open(world.actors.opA, id);
    expect(await kinds(world.actors.opA, id)).toEqual([]);
    expect(await world.service.countUnread(world.actors.opA)).toBe(0);
    expect(await kinds(world.actors.opA2, id)).toEqual(["ESCALATED/ASKER"]); // a colleague has not looked yet
  });

  it("tells the asker a ticket ended and why (both reasons); a district is not told of its schools' endings", async () => {
    const silent = await openTicketAs(world, world.actors.opA);
    expectOk(
      await world.service.replyToTicket(world.actors.dinasSemarang, {
        ticketId: silent,
        body: "Silakan sinkron ulang.",
      }),
    );
    const unanswered = await openTicketAs(world, world.actors.dinasSemarang);
    await sweepAt(world, after(T0, 7 * DAY_MS));
    world.clock.set(after(T0, 8 * DAY_MS));

    // Left unresolved at the district for 3 days, it went to the helpdesk, then ended: the school hears both.
    expect((await kinds(world.actors.opA, silent)).sort()).toEqual(["ESCALATED/ASKER", "EXPIRED_ASKER_SILENT/ASKER"]);
    // The district hears that it moved, not that it ended.
    expect(await kinds(world.actors.dinasSemarang, silent)).toEqual(["ESCALATED/DINAS_HANDLER"]);
    expect(await kinds(world.actors.dinasSemarang, unanswered)).toEqual(["EXPIRED_NO_RESPONSE/ASKER"]);
    expect(await kinds(world.actors.dinasSemarang2, unanswered)).toEqual(["EXPIRED_NO_RESPONSE/ASKER"]);
    expect(await kinds(world.actors.dinasKendal, unanswered)).toEqual([]);
    // An ended ticket is news even though its messages are not counted any more.
    expect(await world.service.countUnread(world.actors.opA)).toBe(1);
  });

  it("dismisses up to the newest notice shown, for that user only, without marking messages read", async () => {
    const first = await openTicketAs(world, world.actors.opA);
    await sweepAt(world, after(T0, 3 * DAY_MS));
    world.clock.set(after(T0, 3 * DAY_MS + 1));
    const shown = await notices(world.actors.opA);
    expect(shown).toHaveLength(1);
    // A second escalation arrives after the page was rendered.
    const second = await openTicketAs(world, world.actors.opA);
    await sweepAt(world, after(T0, 6 * DAY_MS + 2));
    world.clock.set(after(T0, 6 * DAY_MS + 3));

    expect(await world.service.dismissClockNotices(world.actors.opA, shown[0]!.eventSeq)).toBe(1);
    expect((await notices(world.actors.opA)).map((n) => n.ticket.id)).toEqual([second]);
    expect(await kinds(world.actors.opA2, first)).toEqual(["ESCALATED/ASKER"]);

    // The district answers the first ticket: its message is still unread for the school after dismissal.
    expectOk(await world.service.replyToTicket(world.actors.helpdesk1, { ticketId: first, body: "Sudah kami cek." }));
    await world.service.dismissClockNotices(world.actors.opA, 2 ** 31 - 1);
    expect(await notices(world.actors.opA)).toEqual([]);
    expect(await world.service.countUnread(world.actors.opA)).toBe(1);
  });

  it("forgets notices older than 30 days and never lowers a read marker", async () => {
    const id = await openTicketAs(world, world.actors.opA);
    await sweepAt(world, after(T0, 3 * DAY_MS));
    world.clock.set(after(T0, 3 * DAY_MS + 31 * DAY_MS));
    expect(await kinds(world.actors.opA, id)).toEqual([]);

    world.clock.set(after(T0, 4 * DAY_MS));
    await open(world.actors.opA, id);
    // An older tab marks the ticket read with an older event: the notice does not come back.
    const detail = await world.service.getTicketForActor(world.actors.opA, id);
    await world.service.markTicketRead(world.actors.opA, id, detail!.lastMessageAt, 1);
    expect(await kinds(world.actors.opA, id)).toEqual([]);
  });
});
