import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DAY_MS, T0, createTicketWorld, expectOk, openTicketAs, type TicketWorld } from "./helpers/ticket-fixtures";

let world: TicketWorld;
beforeAll(async () => {
  world = await createTicketWorld();
});
afterAll(async () => world?.db.destroy());

const at = (days: number) => new Date(T0.getTime() + days * DAY_MS);

async function markRead(who: keyof TicketWorld["actors"], ticketId: string) {
  const detail = await world.service.getTicketForActor(world.actors[who], ticketId);
  if (!detail) throw new Error("ticket should be visible");
  await world.service.markTicketRead(world.actors[who], ticketId, new Date(detail.lastMessageAt));
}

describe("unread counts in the navigation", () => {
  it("counts a new school question for its district, not for another district, and clears when read", async () => {
    const before = await world.service.countUnread(world.actors.dinasSemarang);
    const id = await openTicketAs(world, world.actors.opA);
    expect(await world.service.countUnread(world.actors.dinasSemarang)).toBe(before + 1);
    expect(await world.service.countUnread(world.actors.dinasKendal)).toBe(0);
    await markRead("dinasSemarang", id);
    expect(await world.service.countUnread(world.actors.dinasSemarang)).toBe(before);
  });

  it("counts the district's answer for the school (every operator of it) until each has looked", async () => {
    const id = await openTicketAs(world, world.actors.opA);
    world.clock.set(at(1));
    expectOk(
      await world.service.replyToTicket(world.actors.dinasSemarang, {
        ticketId: id,
        body: "Silakan sinkron ulang malam hari.",
      }),
    );
    const schoolBefore = await world.service.countUnread(world.actors.opA);
    expect(schoolBefore).toBeGreaterThanOrEqual(1);
    expect(await world.service.countUnread(world.actors.opA2)).toBe(schoolBefore);
    await markRead("opA", id);
    expect(await world.service.countUnread(world.actors.opA)).toBe(schoolBefore - 1);
    expect(await world.service.countUnread(world.actors.opA2)).toBe(schoolBefore); // a colleague has not seen it
    // A newer answer after the visit is unread again.
    world.clock.set(at(1.5));
    expectOk(
      await world.service.replyToTicket(world.actors.dinasSemarang, {
        ticketId: id,
        body: "Tambahan: cek juga prefill.",
      }),
    );
    expect(await world.service.countUnread(world.actors.opA)).toBe(schoolBefore);
    world.clock.set(T0);
  });

  it("never counts the user's own side's messages, nor ended tickets", async () => {
    const id = await openTicketAs(world, world.actors.opA);
    const own = await world.service.countUnread(world.actors.opA);
    expectOk(
      await world.service.replyToTicket(world.actors.opA, { ticketId: id, body: "Menambahkan tangkapan layar." }),
    );
    expect(await world.service.countUnread(world.actors.opA)).toBe(own);
    const before = await world.service.countUnread(world.actors.dinasSemarang);
    expectOk(await world.service.closeTicket(world.actors.opA, { ticketId: id, solved: true }));
    expect(await world.service.countUnread(world.actors.dinasSemarang)).toBe(before - 1);
  });
});
