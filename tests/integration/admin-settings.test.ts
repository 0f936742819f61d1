// The installation settings against a real database: admin value > environment variable > default,
// validation and audit of a save, the cache that keeps the accessors synchronous (reloaded after a
// save, refreshed in the background when stale), and the app's ticket service and clock following a
// changed duration.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { DAY_MS } from "@/lib/domain";
import { getAppClockDeps } from "@/lib/server/clock/app-clock";
import { sweepNow } from "@/lib/server/clock/deps";
import { getSettingsOverview, saveSettings, type SaveSettingsInput } from "@/lib/server/settings";
import {
  SETTINGS_STALE_MS,
  getAttachmentLimits,
  getClockDurations,
  loadSettings,
  resetSettingsCache,
} from "@/lib/server/settings";
import { getTicketService } from "@/lib/server/tickets/ticket-service";
import { createTicketWorld, type TicketWorld } from "./helpers/ticket-fixtures";

// Read lazily by lib/server/env on first use, so set before any test runs.
vi.stubEnv("ESCALATION_DELAY", "2d");
vi.stubEnv("ATTACHMENT_MAX_FILES", "4");
vi.stubEnv("HELPDESK_ANSWER_TARGET", "");
vi.stubEnv("EXPIRY_DELAY", "");
vi.stubEnv("ATTACHMENT_MAX_MB", "");

const HOUR_MS = 3_600_000;
const MB = 1024 * 1024;
const appDb = globalThis as unknown as { __helpdeskDb?: unknown };

let world: TicketWorld;
beforeAll(async () => {
  resetSettingsCache();
  world = await createTicketWorld();
});
afterAll(async () => {
  delete appDb.__helpdeskDb;
  resetSettingsCache();
  vi.unstubAllEnvs();
  await world?.db.destroy();
});

const blank: SaveSettingsInput = {
  escalationMs: "",
  helpdeskAnswerMs: "",
  expiryMs: "",
  attachmentMaxFiles: "",
  attachmentMaxMb: "",
};
const save = (input: Partial<SaveSettingsInput>, actor = world.actors.admin) =>
  saveSettings(world.db.prisma, actor, { ...blank, ...input });
const storedRows = () =>
  world.db.prisma.setting.findMany({ orderBy: { key: "asc" }, select: { key: true, value: true } });
const settingAudits = () =>
  world.db.prisma.auditLog.findMany({
    where: { action: "SETTINGS_UPDATED" },
    orderBy: { seq: "asc" },
    select: { actorId: true, detail: true },
  });

describe("precedence: admin value > environment > default", () => {
  it("uses the environment and the defaults before anything is loaded (scripts, tests)", () => {
    expect(getClockDurations()).toEqual({
      escalationMs: 2 * DAY_MS,
      helpdeskAnswerMs: 3 * DAY_MS,
      expiryMs: 7 * DAY_MS,
    });
    expect(getAttachmentLimits()).toEqual({ maxFiles: 4, maxFileBytes: 5 * MB });
  });

  it("shows each value with where it comes from", async () => {
    const items = await getSettingsOverview(world.db.prisma);
    expect(items.escalationMs).toEqual({
      key: "escalationMs",
      text: "2 hari",
      source: "env",
      adminInput: "",
      envName: "ESCALATION_DELAY",
      envText: "2 hari",
      defaultText: "3 hari",
    });
    expect(items.expiryMs).toMatchObject({ text: "7 hari", source: "default", envText: null });
    expect(items.attachmentMaxFiles).toMatchObject({ text: "4 berkas", source: "env" });
  });
});

describe("saving", () => {
  it("stores the admin's values, uses them at once and writes one audit entry naming each change", async () => {
    await loadSettings(world.db.prisma);
    const result = await save({
      escalationMs: "36h",
      expiryMs: "10d",
      attachmentMaxFiles: "0",
      attachmentMaxMb: "2,5",
    });
    expect(result).toEqual({
      ok: true,
      changed: ["escalationMs", "expiryMs", "attachmentMaxFiles", "attachmentMaxMb"],
    });
    expect(await storedRows()).toEqual([
      { key: "attachmentMaxFiles", value: 0 },
      { key: "attachmentMaxMb", value: 2.5 },
      { key: "escalationMs", value: 36 * HOUR_MS },
      { key: "expiryMs", value: 10 * DAY_MS },
    ]);
    expect(getClockDurations()).toEqual({
      escalationMs: 36 * HOUR_MS,
      helpdeskAnswerMs: 3 * DAY_MS,
      expiryMs: 10 * DAY_MS,
    });
    expect(getAttachmentLimits()).toEqual({ maxFiles: 0, maxFileBytes: Math.round(2.5 * MB) });
    expect(await settingAudits()).toEqual([
      {
        actorId: world.actors.admin.userId,
        detail: {
          escalationMs: "2 hari (variabel lingkungan) → 36 jam",
          expiryMs: "7 hari (nilai bawaan) → 10 hari",
          attachmentMaxFiles: "4 berkas (variabel lingkungan) → 0 berkas",
          attachmentMaxMb: "5 MB (nilai bawaan) → 2,5 MB",
        },
      },
    ]);
    const items = await getSettingsOverview(world.db.prisma);
    expect(items.escalationMs).toMatchObject({ text: "36 jam", source: "admin", adminInput: "1d12h" });
    expect(items.attachmentMaxMb).toMatchObject({ text: "2,5 MB", source: "admin", adminInput: "2,5" });
  });

  it("saving the same values again changes nothing and writes no audit entry", async () => {
    expect(
      await save({ escalationMs: "1d12h", expiryMs: "240h", attachmentMaxFiles: "0", attachmentMaxMb: "2.5" }),
    ).toEqual({ ok: true, changed: [] });
    expect(await settingAudits()).toHaveLength(1);
  });

  it("refuses values out of bounds, malformed, or an expiry not longer than the escalation — and writes nothing", async () => {
    const before = await storedRows();
    const cases: [Partial<SaveSettingsInput>, Record<string, string[]>][] = [
      [
        { escalationMs: "3 hari" },
        { escalationMs: ["Tulis durasi seperti 3d (3 hari), 72h (72 jam) atau 90m (90 menit)."] },
      ],
      [{ escalationMs: "30s" }, { escalationMs: ["Paling singkat 1 menit (1m)."] }],
      [{ helpdeskAnswerMs: "31d" }, { helpdeskAnswerMs: ["Paling lama 30 hari (30d)."] }],
      [{ attachmentMaxFiles: "11" }, { attachmentMaxFiles: [expect.stringContaining("0 sampai 10")] }],
      [{ attachmentMaxFiles: "1,5" }, { attachmentMaxFiles: [expect.stringContaining("bulat")] }],
      [{ attachmentMaxMb: "0" }, { attachmentMaxMb: [expect.stringContaining("0,1 sampai 20")] }],
      [{ attachmentMaxMb: "25" }, { attachmentMaxMb: [expect.any(String)] }],
      [
        { escalationMs: "5d", expiryMs: "5d" },
        { expiryMs: [expect.stringContaining("harus lebih lama dari batas eskalasi (5 hari)")] },
      ],
      // Only escalation set by the admin: checked against the expiry in use (7 days, the default).
      [{ escalationMs: "8d" }, { escalationMs: [expect.stringContaining("(8 hari)")] }],
      // One message's files must fit in one request (64 MB): 10 × 20 MB does not; 4 (env) × 20 MB does not.
      [
        { attachmentMaxFiles: "10", attachmentMaxMb: "20" },
        {
          attachmentMaxMb: [
            "Jumlah berkas × ukuran paling besar boleh sampai 60 MB per pesan; 10 berkas × 20 MB melebihi itu.",
          ],
        },
      ],
      [{ attachmentMaxMb: "20" }, { attachmentMaxMb: [expect.stringContaining("4 berkas × 20 MB")] }],
    ];
    for (const [input, fieldErrors] of cases) {
      expect(await save(input), JSON.stringify(input)).toMatchObject({ ok: false, code: "INVALID_INPUT", fieldErrors });
    }
    expect(await storedRows()).toEqual(before);
    expect(await settingAudits()).toHaveLength(1);
  });

  it("an emptied field hands the setting back to the environment variable, or the default", async () => {
    const result = await save({ expiryMs: "10d" });
    expect(result).toEqual({ ok: true, changed: ["escalationMs", "attachmentMaxFiles", "attachmentMaxMb"] });
    expect(getClockDurations().escalationMs).toBe(2 * DAY_MS);
    expect(getAttachmentLimits()).toEqual({ maxFiles: 4, maxFileBytes: 5 * MB });
    expect((await storedRows()).map((row) => row.key)).toEqual(["expiryMs"]);
    expect((await settingAudits()).at(-1)?.detail).toMatchObject({
      escalationMs: "36 jam → 2 hari (variabel lingkungan)",
    });
  });

  it("refuses every role but the admin", async () => {
    for (const actor of [
      world.actors.helpdesk1,
      world.actors.supervisor,
      world.actors.dinasSemarang,
      world.actors.opA,
    ]) {
      expect(await save({ expiryMs: "20d" }, actor)).toMatchObject({ ok: false, code: "FORBIDDEN" });
    }
    expect(getClockDurations().expiryMs).toBe(10 * DAY_MS);
  });
});

describe("the cache", () => {
  it("returns the cached values and refreshes them in the background once they are stale", async () => {
    // Another server process saved a value.
    await world.db.prisma.setting.update({ where: { key: "expiryMs" }, data: { value: 12 * DAY_MS } });
    expect(getClockDurations().expiryMs).toBe(10 * DAY_MS);
    const later = performance.now() + SETTINGS_STALE_MS + 1000;
    const clock = vi.spyOn(performance, "now").mockImplementation(() => later);
    try {
      expect(getClockDurations().expiryMs).toBe(10 * DAY_MS);
      await vi.waitFor(() => expect(getClockDurations().expiryMs).toBe(12 * DAY_MS));
    } finally {
      clock.mockRestore();
    }
    await world.db.prisma.setting.update({ where: { key: "expiryMs" }, data: { value: 10 * DAY_MS } });
    await loadSettings(world.db.prisma);
  });
});

describe("the app's ticket service and clock follow a changed duration", () => {
  it("shows the new deadlines of a running ticket and escalates it by the new duration", async () => {
    appDb.__helpdeskDb = world.db;
    const service = getTicketService();
    const opened = await service.openTicket(world.actors.opA, {
      categoryId: world.categories.sinkronisasi,
      subject: "Sinkronisasi terhenti di tengah",
      body: "Sinkronisasi berhenti di 60 persen sejak kemarin sore.",
    });
    if (!opened.ok) expect.fail(opened.message);
    const ticketId = opened.ticket.id;
    const before = await getTicketService().getTicketForActor(world.actors.opA, ticketId);
    const openedAt = before?.openedAt as Date;
    expect(before?.deadlines.escalationDueAt).toEqual(new Date(openedAt.getTime() + 2 * DAY_MS));

    expect(await save({ escalationMs: "1d", expiryMs: "10d" })).toMatchObject({ ok: true });
    const after = await getTicketService().getTicketForActor(world.actors.opA, ticketId);
    expect(after?.deadlines.escalationDueAt).toEqual(new Date(openedAt.getTime() + DAY_MS));
    expect(after?.deadlines.expiryDueAt).toEqual(new Date(openedAt.getTime() + 10 * DAY_MS));

    // The sweep (in-process or Inngest's cron) takes the durations in use at each run.
    const deps = getAppClockDeps();
    expect(deps.durations.escalationMs).toBe(DAY_MS);
    const swept = await sweepNow({ ...deps, now: () => new Date(openedAt.getTime() + DAY_MS + 60_000) });
    expect(swept.escalated).toBe(1);
    expect((await world.db.prisma.ticket.findUniqueOrThrow({ where: { id: ticketId } })).tier).toBe("HELPDESK");
  });
});
