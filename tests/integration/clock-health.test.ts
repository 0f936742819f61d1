// Clocks that cannot stop silently: the backstop turn that runs beside Inngest, the health the app
// reports (when the sweep last ran, the oldest event waiting for Inngest), and the removal of sent
// outbox rows after their retention.
import net from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createInngestClient, sendWith } from "@/lib/server/outbox/inngest-client";
import { DEFAULT_DURATIONS } from "@/lib/domain";
import { clockTurn, readClockHealth, type ClockDeps } from "@/lib/server/clock";
import { createTicketOutbox, pruneSentOutbox, SENT_RETENTION_MS } from "@/lib/server/outbox";
import { after, MINUTE_MS, retireActiveTickets, serviceWithOutbox } from "./helpers/clock-fixtures";
import { DAY_MS, T0, createTicketWorld, openTicketAs, ticketState, type TicketWorld } from "./helpers/ticket-fixtures";

let world: TicketWorld;
beforeAll(async () => {
  world = await createTicketWorld();
});
afterAll(async () => world?.db.destroy());
beforeEach(async () => {
  await retireActiveTickets(world);
  await world.db.prisma.outboxEvent.deleteMany();
  await world.db.prisma.jobRun.deleteMany();
  world.clock.set(T0);
});

/** A port on 127.0.0.1 nobody listens on: Inngest configured but unreachable. */
async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

const outbox = createTicketOutbox();

describe("the backstop turn beside Inngest", () => {
  it("escalates and expires on time when Inngest is unreachable; the events wait in the outbox and the health says so", async () => {
    const service = serviceWithOutbox(world, outbox);
    const id = await openTicketAs({ ...world, service }, world.actors.opA);
    const port = await closedPort();
    const deps: ClockDeps = {
      prisma: world.db.prisma,
      durations: DEFAULT_DURATIONS,
      now: world.clock.now,
      outbox,
      send: sendWith(
        createInngestClient({
          isDev: false,
          eventKey: "test-event-key",
          signingKey: "signkey-test-0123",
          baseUrl: `http://127.0.0.1:${port}`,
        }),
      ),
    };
    const logged: string[] = [];

    world.clock.set(after(T0, 3 * DAY_MS + MINUTE_MS));
    const escalation = await clockTurn(deps, (line) => logged.push(line));
    expect(escalation).toMatchObject({ escalated: 1 });
    expect((await ticketState(world, id)).ticket).toMatchObject({ tier: "HELPDESK", handoff: "ESCALATION" });
    expect(logged.join("\n")).toMatch(/belum terkirim ke Inngest/);

    world.clock.set(after(T0, 7 * DAY_MS + MINUTE_MS));
    expect(await clockTurn(deps, (line) => logged.push(line))).toMatchObject({ expired: 1 });
    expect((await ticketState(world, id)).ticket).toMatchObject({ state: "EXPIRED", endReason: "NO_RESPONSE" });

    // The sweep ran (recorded), but the timers never reached Inngest: a monitor is told.
    const unsent = await world.db.prisma.outboxEvent.count({ where: { sentAt: null } });
    expect(unsent).toBeGreaterThan(0);
    const [oldest] = await world.db.prisma.outboxEvent.findMany({
      where: { sentAt: null },
      orderBy: { createdAt: "asc" },
      take: 1,
    });
    const health = await readClockHealth(world.db.prisma, {
      now: after(oldest!.createdAt, 20 * MINUTE_MS),
      expectedEveryMs: 10 * MINUTE_MS,
      serverStartedAt: oldest!.createdAt,
    });
    expect(health).toMatchObject({ sweepLate: false, outbox: { unsent, late: true }, ok: false });
    expect(health.lastSweepAt).not.toBeNull();
  });
});

describe("the health of the clocks", () => {
  const EVERY = MINUTE_MS;
  const started = new Date("2026-12-07T00:00:00Z");

  it("is fine right after a server starts, before any sweep ran", async () => {
    const health = await readClockHealth(world.db.prisma, {
      now: after(started, 2 * EVERY),
      expectedEveryMs: EVERY,
      serverStartedAt: started,
    });
    expect(health).toMatchObject({ lastSweepAt: null, sweepLate: false, ok: true, outbox: { unsent: 0, late: false } });
  });

  it("is late when no sweep ran for three intervals, or none ran since the server started three intervals ago", async () => {
    expect(
      await readClockHealth(world.db.prisma, {
        now: after(started, 4 * EVERY),
        expectedEveryMs: EVERY,
        serverStartedAt: started,
      }),
    ).toMatchObject({
      sweepLate: true,
      ok: false,
    });
    await world.db.prisma.jobRun.create({
      data: { job: "clockSweep", lastRunAt: after(started, 10 * EVERY), server: "app-1", durationMs: 40 },
    });
    const fresh = await readClockHealth(world.db.prisma, {
      now: after(started, 12 * EVERY),
      expectedEveryMs: EVERY,
      serverStartedAt: started,
    });
    expect(fresh).toMatchObject({ sweepLate: false, lastSweepServer: "app-1", ok: true });
    const stale = await readClockHealth(world.db.prisma, {
      now: after(started, 14 * EVERY),
      expectedEveryMs: EVERY,
      serverStartedAt: started,
    });
    expect(stale).toMatchObject({ sweepLate: true, ok: false });
  });
});

describe("sent outbox rows", () => {
  it("are removed after their retention; unsent rows and recent ones stay", async () => {
    const now = new Date("2026-12-07T00:00:00Z");
    const row = (name: string, sentAt: Date | null) => ({ name, payload: {}, sentAt, createdAt: sentAt ?? now });
    await world.db.prisma.outboxEvent.createMany({
      data: [
        row("lama-terkirim", after(now, -SENT_RETENTION_MS - MINUTE_MS)),
        row("baru-terkirim", after(now, -DAY_MS)),
        row("belum-terkirim", null),
      ],
    });
    expect(await pruneSentOutbox(world.db.prisma, now)).toBe(1);
    const left = await world.db.prisma.outboxEvent.findMany({ orderBy: { name: "asc" } });
    expect(left.map((r) => r.name)).toEqual(["baru-terkirim", "belum-terkirim"]);
  });
});
