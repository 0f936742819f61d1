import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { computeDeadlines, DEFAULT_DURATIONS, isValidNpsn, parseTicketNumber } from "@/lib/domain";
import { seedDemo, isSeeded, type SeedSummary } from "@/prisma/seed";
import { DEMO_PASSWORD } from "@/prisma/seed/users";
import { verifyPassword } from "@/lib/server/accounts";
import { snapshotSelect, toSnapshot } from "@/lib/server/tickets/ticket-store";
import { createTestDatabase, type TestDatabase } from "./helpers/test-database";

const now = new Date("2026-11-20T03:00:00Z");
let db: TestDatabase;
let summary: SeedSummary;

beforeAll(async () => {
  db = await createTestDatabase();
  summary = await seedDemo(db.prisma, { now, durations: DEFAULT_DURATIONS });
});
afterAll(async () => db?.destroy());

describe("demo data", () => {
  it("has every province and kab/kota with its official code and time zone", async () => {
    expect(summary.provinces).toBe(38);
    expect(summary.regencies).toBe(514);
    const papua = await db.prisma.province.findUniqueOrThrow({ where: { code: "91" } });
    expect(papua.timeZone).toBe("Asia/Jayapura");
    const semarang = await db.prisma.regency.findUniqueOrThrow({ where: { code: "33.74" } });
    expect(semarang.name).toBe("Kota Semarang");
  });

  it("has at least 2,000 schools with valid, unique NPSNs over several kab/kota", async () => {
    expect(summary.schools).toBeGreaterThanOrEqual(2000);
    const schools = await db.prisma.school.findMany({ select: { npsn: true, regencyCode: true, form: true } });
    expect(schools.every((s) => isValidNpsn(s.npsn))).toBe(true);
    expect(new Set(schools.map((s) => s.regencyCode)).size).toBeGreaterThanOrEqual(10);
    expect(new Set(schools.map((s) => s.form))).toEqual(new Set(["TK", "KB", "TPA", "SPS", "PKBM", "SKB", "LKP"]));
  });

  it("has a demo account for every role, signing in with the documented password", async () => {
    for (const username of ["admin", "supervisor", "helpdesk1", "dinas.semarang1", "sekolah.semarang"]) {
      const user = await db.prisma.user.findUniqueOrThrow({ where: { username } });
      expect(await verifyPassword(user.passwordHash as string, DEMO_PASSWORD)).toBe(true);
    }
    const roles = await db.prisma.user.groupBy({ by: ["role"], _count: true });
    expect(roles.map((r) => r.role).sort()).toEqual(["ADMIN", "DINAS", "HELPDESK", "SEKOLAH", "SUPERVISOR"]);
    const sekolah = await db.prisma.user.findUniqueOrThrow({
      where: { username: "sekolah.semarang" },
      include: { school: true },
    });
    expect(sekolah.school?.regencyCode).toBe("33.74");
  });

  it("has tickets in every state and both tiers, with both expiry reasons and both channels", async () => {
    const combos = await db.prisma.ticket.groupBy({ by: ["state", "tier"], _count: true });
    const seen = new Set(combos.map((c) => `${c.state}/${c.tier}`));
    for (const combo of [
      "OPEN/DINAS",
      "ANSWERED/DINAS",
      "CLOSED/DINAS",
      "OPEN/HELPDESK",
      "ANSWERED/HELPDESK",
      "CLOSED/HELPDESK",
      "EXPIRED/HELPDESK",
    ]) {
      expect(seen).toContain(combo);
    }
    const reasons = await db.prisma.ticket.groupBy({ by: ["endReason"], _count: true });
    expect(reasons.map((r) => r.endReason)).toEqual(
      expect.arrayContaining(["CLOSED_BY_ASKER", "RESOLVED_AT_COUNTER", "NO_RESPONSE", "ASKER_SILENT"]),
    );
    expect(await db.prisma.ticket.count({ where: { channel: "WALK_IN" } })).toBeGreaterThan(0);
    // Walk-in visits are recorded by the helpdesk staff at the counter, as the counter itself records them.
    const walkInAskers = await db.prisma.ticket.findMany({
      where: { channel: "WALK_IN" },
      select: { asker: { select: { role: true } } },
    });
    expect(new Set(walkInAskers.map((t) => t.asker.role))).toEqual(new Set(["HELPDESK"]));
    expect(await db.prisma.ticket.count({ where: { handoff: "ESCALATION" } })).toBeGreaterThan(0);
    expect(await db.prisma.ticket.count({ where: { handoff: "FORWARD" } })).toBeGreaterThan(0);
  });

  it("leaves no ticket past a deadline the clocks would already have acted on", async () => {
    const rows = await db.prisma.ticket.findMany({ select: snapshotSelect });
    for (const ticket of rows.map(toSnapshot)) {
      const { escalationDueAt, expiryDueAt } = computeDeadlines(ticket, DEFAULT_DURATIONS);
      if (escalationDueAt) expect(escalationDueAt.getTime()).toBeGreaterThan(now.getTime());
      if (expiryDueAt) expect(expiryDueAt.getTime()).toBeGreaterThan(now.getTime());
    }
  });

  it("gives every ticket a unique human number and an OPENED event first in its history", async () => {
    const tickets = await db.prisma.ticket.findMany({
      select: { number: true, events: { orderBy: [{ at: "asc" }, { seq: "asc" }], take: 1, select: { type: true } } },
    });
    expect(tickets.length).toBe(summary.tickets);
    expect(tickets.every((t) => parseTicketNumber(t.number) !== null)).toBe(true);
    expect(tickets.every((t) => t.events[0]?.type === "OPENED")).toBe(true);
    const counter = await db.prisma.ticketCounter.findUniqueOrThrow({ where: { year: 2026 } });
    expect(counter.lastSeq).toBe(await db.prisma.ticket.count({ where: { number: { startsWith: "HD-2026-" } } }));
  });

  it("is recognised as seeded, so `npm run demo` does not seed twice", async () => {
    expect(await isSeeded(db.prisma)).toBe(true);
  });
});
