// Random sequences of everything that can happen to a school's ticket — replies, forwards, assignments,
// internal notes, closes, the clock running for hours or days and a sweep — by random people, including
// another school and another district, on the real service and database (fast-check, bounded so CI stays
// fast: 25 sequences; PROPERTY_RUNS=500 for a longer search, PROPERTY_SEED to repeat one). After every step:
// - a foreign actor is refused as "not found" and changes nothing;
// - an ended ticket never changes again;
// - the version goes up by one exactly when history was written, by at most one per step;
// - the ticket reaches the helpdesk at most once and never goes back;
// - the state and tier are what the history says (ended by its last CLOSED/EXPIRED event, at the helpdesk
//   exactly when a DINAS → HELPDESK event exists);
// - who may open it, and who finds it in their role's lists, is exactly the domain's ticket scope.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isTicketInScope, ticketScopeOf, type Actor } from "@/lib/domain";
import { TICKET_VIEWS } from "@/lib/server/tickets/list-views";
import { DAY_MS, T0, createTicketWorld, openTicketAs, ticketState, type TicketWorld } from "./helpers/ticket-fixtures";

let world: TicketWorld;
beforeAll(async () => {
  world = await createTicketWorld();
});
afterAll(async () => world?.db.destroy());

type Who =
  | "opA"
  | "opA2"
  | "opB"
  | "opKendal"
  | "dinasSemarang"
  | "dinasSemarang2"
  | "dinasKendal"
  | "helpdesk1"
  | "helpdesk2"
  | "supervisor";
const PEOPLE: Who[] = [
  "opA",
  "opA2",
  "opB",
  "opKendal",
  "dinasSemarang",
  "dinasSemarang2",
  "dinasKendal",
  "helpdesk1",
  "helpdesk2",
  "supervisor",
];
/** Never allowed near a Semarang school's ticket of TK Pelita. */
const FOREIGN: Who[] = ["opB", "opKendal", "dinasKendal"];

type Step =
  | { kind: "reply"; who: Who }
  | { kind: "forward"; who: Who }
  | { kind: "assign"; who: Who; to: "helpdesk1" | "helpdesk2" | null }
  | { kind: "note"; who: Who }
  | { kind: "close"; who: Who; solved: boolean }
  | { kind: "time"; hours: number };

const who = fc.constantFrom(...PEOPLE);
const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant("reply" as const), who }),
  fc.record({ kind: fc.constant("forward" as const), who }),
  fc.record({
    kind: fc.constant("assign" as const),
    who,
    to: fc.constantFrom("helpdesk1" as const, "helpdesk2" as const, null),
  }),
  fc.record({ kind: fc.constant("note" as const), who }),
  fc.record({ kind: fc.constant("close" as const), who, solved: fc.boolean() }),
  // From a few minutes to more than the 7-day expiry.
  fc.record({ kind: fc.constant("time" as const), hours: fc.integer({ min: 0, max: 200 }) }),
);

async function run(ticketId: string, s: Step) {
  const { service, actors } = world;
  switch (s.kind) {
    case "reply":
      return service.replyToTicket(actors[s.who], { ticketId, body: `Balasan dari ${s.who}.` });
    case "forward":
      return service.forwardTicket(actors[s.who], { ticketId, note: `Diteruskan oleh ${s.who}.` });
    case "assign":
      return service.assignTicket(actors[s.who], { ticketId, assigneeId: s.to ? actors[s.to].userId : null });
    case "note":
      return service.addInternalNote(actors[s.who], { ticketId, body: `Catatan ${s.who}.` });
    case "close":
      return service.closeTicket(actors[s.who], { ticketId, solved: s.solved });
    case "time":
      world.clock.advance(s.hours * 3_600_000 + 60_000);
      return service.applyDueClocks(ticketId);
  }
}

const ENDED = new Set(["CLOSED", "EXPIRED"]);

async function checkInvariants(
  ticketId: string,
  before: Awaited<ReturnType<typeof ticketState>>,
  s: Step,
  result: Awaited<ReturnType<typeof run>>,
) {
  const after = await ticketState(world, ticketId);
  const label = JSON.stringify(s);

  if (s.kind !== "time" && FOREIGN.includes(s.who)) {
    expect(result, label).toMatchObject({ ok: false, code: "NOT_FOUND" });
  }
  if (ENDED.has(before.ticket.state) || (s.kind !== "time" && FOREIGN.includes(s.who))) {
    expect(after.ticket, label).toEqual(before.ticket);
    expect(after.events.length, label).toBe(before.events.length);
    expect(after.messages.length, label).toBe(before.messages.length);
  }

  const wrote = after.events.length > before.events.length;
  expect(after.ticket.version - before.ticket.version, label).toBe(wrote ? 1 : 0);

  const moves = after.events.filter((e) => e.fromTier === "DINAS" && e.toTier === "HELPDESK");
  expect(moves.length, label).toBeLessThanOrEqual(1);
  expect(after.ticket.tier, label).toBe(moves.length === 1 ? "HELPDESK" : "DINAS");
  if (before.ticket.tier === "HELPDESK") expect(after.ticket.tier, label).toBe("HELPDESK");

  const ends = after.events.filter((e) => e.type === "CLOSED" || e.type === "EXPIRED");
  expect(ends.length, label).toBeLessThanOrEqual(1);
  if (ends.length === 1) {
    expect(after.ticket.state, label).toBe(ends[0]?.type);
    // Nothing happens to a ticket after it ended.
    expect(
      after.events.at(-1)?.type === ends[0]?.type || after.events.at(-1)?.type === "HELPDESK_TARGET_BREACHED",
      label,
    ).toBe(true);
  } else {
    expect(ENDED.has(after.ticket.state), label).toBe(false);
  }

  for (const person of PEOPLE) {
    const actor: Actor = world.actors[person];
    const mayOpen = isTicketInScope(ticketScopeOf(actor), after.ticket);
    const opened = await world.service.getTicketForActor(actor, ticketId);
    expect(opened !== null, `${label}: ${person} opens it`).toBe(mayOpen);
    // … and finds it in one of the lists its role works from (searched by its number) exactly then.
    let listed = false;
    for (const view of TICKET_VIEWS[actor.role]) {
      const list = await world.service.listTickets(actor, { view, q: after.ticket.number });
      listed ||= list.rows.some((row) => row.id === ticketId);
    }
    expect(listed, `${label}: ${person} lists it`).toBe(mayOpen);
  }
}

describe("random sequences of actions on one ticket", () => {
  it("keep every rule after every step", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 10 }), async (steps) => {
        world.clock.set(T0);
        const ticketId = await openTicketAs(world, world.actors.opA);
        for (const s of steps) {
          const before = await ticketState(world, ticketId);
          const result = await run(ticketId, s);
          await checkInvariants(ticketId, before, s, result);
        }
        // However long nobody acts, the ticket ends within the 7-day expiry plus the 3-day escalation.
        world.clock.advance(11 * DAY_MS);
        await world.service.applyDueClocks(ticketId);
        expect(ENDED.has((await ticketState(world, ticketId)).ticket.state)).toBe(true);
      }),
      {
        numRuns: Number(process.env.PROPERTY_RUNS ?? 25),
        seed: Number(process.env.PROPERTY_SEED ?? Date.now() % 2_147_483_647),
      },
    );
  }, 120_000);
});
