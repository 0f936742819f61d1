// Several app servers on one PostgreSQL database (issue #17), each played here by a connection pool of
// its own: a saved setting reaches the others through LISTEN/NOTIFY (also after the listening connection
// was cut), a background job runs on one server at a time and another takes over when that one dies, a
// daily job stays daily however many servers ask, and a school-import file can be sent piece by piece
// to different servers. The parts that need a server run on the embedded database too where they apply.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import pg from "pg";
import { openDatabase, type Database, listenForChanges, runAlone } from "@/lib/server/database";
import { saveSettings } from "@/lib/server/settings";
import {
  appendUploadPiece,
  completedUpload,
  openUpload,
  removeUpload,
  STALE_UPLOAD_MS,
  UPLOAD_CHUNK_BYTES,
} from "@/lib/server/schools";
import { serverUrl } from "./helpers/test-database";
import { createTicketWorld, type TicketWorld } from "./helpers/ticket-fixtures";

let world: TicketWorld;
/** The second server: its own pool on the same database (PGlite: the same handle; one process). */
let other: Database;

beforeAll(async () => {
  world = await createTicketWorld();
  other = world.db.target.kind === "postgres" ? openDatabase(world.db.target) : world.db;
});
afterAll(async () => {
  if (other !== world.db) await other.close();
  await world?.db.destroy();
});

const blank = { escalationMs: "", helpdeskAnswerMs: "", expiryMs: "", attachmentMaxFiles: "", attachmentMaxMb: "" };

async function waitFor(check: () => boolean, ms: number): Promise<number> {
  const started = Date.now();
  while (!check()) {
    if (Date.now() - started > ms) throw new Error(`not within ${ms} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return Date.now() - started;
}

async function adminQuery(sql: string, values: unknown[] = []) {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return (await client.query(sql, values)).rows;
  } finally {
    await client.end();
  }
}

describe.skipIf(!serverUrl)("settings saved on one server reach the others", () => {
  it("within moments, and again after the listening connection was cut", async () => {
    const heard: string[] = [];
    const listening = listenForChanges(other.prisma, "settings", (why) => heard.push(why))!;
    try {
      await listening.ready;
      const save = (attachmentMaxFiles: string) =>
        saveSettings(world.db.prisma, world.actors.admin, { ...blank, attachmentMaxFiles });
      expect((await save("2")).ok).toBe(true);
      expect(await waitFor(() => heard.includes("notified"), 2_000)).toBeLessThan(2_000);

      // A save that changes nothing writes nothing and notifies nobody.
      heard.length = 0;
      await save("2");
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(heard).toEqual([]);

      // The database ends the listening connection (a restart, a failover): it comes back, says so (the
      // listener reloads what it may have missed), and hears the next save.
      const [cut] = await adminQuery(
        "SELECT count(pg_terminate_backend(pid))::int AS n FROM pg_stat_activity WHERE application_name = 'helpdesk-listen-settings' AND datname = $1",
        [world.db.target.kind === "postgres" ? new URL(world.db.target.url).pathname.slice(1) : ""],
      );
      expect(cut.n).toBe(1);
      await waitFor(() => heard.includes("reconnected"), 5_000);
      expect((await save("3")).ok).toBe(true);
      await waitFor(() => heard.includes("notified"), 2_000);
    } finally {
      await listening.stop();
      await saveSettings(world.db.prisma, world.actors.admin, blank);
    }
  });
});

describe("background jobs: one server at a time", () => {
  it.skipIf(!serverUrl)(
    "a second server skips the turn while the first runs the job, and takes over when the first dies",
    async () => {
      let release: () => void = () => undefined;
      const running = new Promise<void>((resolve) => (release = resolve));
      let startedOnFirst = false;
      const first = runAlone(world.db.prisma, "reportRefresh", async () => {
        startedOnFirst = true;
        await running;
        return "pertama";
      });
      await waitFor(() => startedOnFirst, 5_000);
      expect(await runAlone(other.prisma, "reportRefresh", async () => "kedua")).toBeNull();
      release();
      expect(await first).toBe("pertama");
      expect(await runAlone(other.prisma, "reportRefresh", async () => "kedua")).toBe("kedua");

      // A server dies mid-job (played by a connection that holds the job's lock in an open transaction, as
      // runAlone does, and then drops without a word): while it holds the lock the others skip; once its
      // connection is gone, the next server's turn runs the job.
      const dying = new pg.Client({ connectionString: world.db.target.kind === "postgres" ? world.db.target.url : "" });
      await dying.connect();
      dying.on("error", () => undefined);
      await dying.query("BEGIN");
      expect((await dying.query("SELECT pg_try_advisory_xact_lock(720001) AS locked")).rows[0].locked).toBe(true);
      expect(await runAlone(other.prisma, "clockSweep", async () => "kedua")).toBeNull();
      (dying as unknown as { connection: { stream: { destroy(): void } } }).connection.stream.destroy();
      let took: string | null = null;
      for (let attempt = 0; attempt < 50 && took === null; attempt++) {
        took = await runAlone(other.prisma, "clockSweep", async () => "kedua");
        if (took === null) await new Promise((resolve) => setTimeout(resolve, 100));
      }
      expect(took).toBe("kedua");
    },
  );

  it("a daily job runs once a day however many servers ask, and the record says which server ran it", async () => {
    let runs = 0;
    const clean = async () => ++runs;
    const at = (iso: string) => () => new Date(iso);
    const day = 24 * 3_600_000;
    expect(
      await runAlone(world.db.prisma, "attachmentCleanup", clean, { everyMs: day, now: at("2026-12-07T01:00:00Z") }),
    ).toBe(1);
    expect(
      await runAlone(other.prisma, "attachmentCleanup", clean, { everyMs: day, now: at("2026-12-07T02:00:00Z") }),
    ).toBeNull();
    expect(
      await runAlone(world.db.prisma, "attachmentCleanup", clean, { everyMs: day, now: at("2026-12-07T23:00:00Z") }),
    ).toBeNull();
    expect(
      await runAlone(other.prisma, "attachmentCleanup", clean, { everyMs: day, now: at("2026-12-08T01:00:01Z") }),
    ).toBe(2);
    const record = await world.db.prisma.jobRun.findUniqueOrThrow({ where: { job: "attachmentCleanup" } });
    expect(record.lastRunAt.toISOString()).toBe("2026-12-08T01:00:01.000Z");
    expect(record.server).toMatch(/.+/);
  });
});

describe("a school-import file sent to several servers", () => {
  const bytes = (n: number, fill: number) => new Uint8Array(n).fill(fill);
  const uuid = () => crypto.randomUUID();

  it("arrives whole when its pieces go to different servers, and is read back piece by piece", async () => {
    const admin = world.actors.admin.userId;
    const id = uuid();
    const a = bytes(UPLOAD_CHUNK_BYTES, 65);
    const b = bytes(1000, 66);
    expect(await appendUploadPiece(world.db.prisma, admin, id, 0, a)).toEqual({ ok: true, size: a.length });
    expect(await appendUploadPiece(other.prisma, admin, id, a.length, b)).toEqual({
      ok: true,
      size: a.length + b.length,
    });
    // A piece that does not continue the file (a retry of one already stored, a lost one) is refused.
    expect(await appendUploadPiece(world.db.prisma, admin, id, a.length, b)).toMatchObject({ ok: false, status: 409 });
    expect(await appendUploadPiece(world.db.prisma, admin, id, 5, b)).toMatchObject({ ok: false, status: 409 });

    const done = await completedUpload(world.db.prisma, admin, id, a.length + b.length);
    if (!done.ok) expect.fail(done.message);
    // Another admin cannot reach it by its id.
    expect(
      await completedUpload(world.db.prisma, world.actors.helpdesk1.userId, id, a.length + b.length),
    ).toMatchObject({ ok: false });
    const pieces: Uint8Array[] = [];
    for await (const piece of openUpload(other.prisma, done.upload)) pieces.push(piece);
    expect(pieces.map((p) => p.length)).toEqual([a.length, b.length]);
    expect(Buffer.concat(pieces).equals(Buffer.concat([a, b]))).toBe(true);
    await removeUpload(world.db.prisma, done.upload);
    expect(await world.db.prisma.importUploadPiece.count({ where: { uploadId: id } })).toBe(0);
  });

  it("an upload that was cut short is refused whole; one abandoned for a day is removed by the next upload", async () => {
    const admin = world.actors.admin.userId;
    const cut = uuid();
    await appendUploadPiece(world.db.prisma, admin, cut, 0, bytes(10, 1));
    expect(await completedUpload(world.db.prisma, admin, cut, 20)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/tidak terunggah utuh/),
    });
    expect(await world.db.prisma.importUploadPiece.count({ where: { uploadId: cut } })).toBe(0);

    const abandoned = uuid();
    await appendUploadPiece(world.db.prisma, admin, abandoned, 0, bytes(10, 1));
    await world.db.prisma.importUploadPiece.updateMany({
      where: { uploadId: abandoned },
      data: { createdAt: new Date(Date.now() - STALE_UPLOAD_MS - 60_000) },
    });
    await appendUploadPiece(other.prisma, admin, uuid(), 0, bytes(10, 2));
    expect(await world.db.prisma.importUploadPiece.count({ where: { uploadId: abandoned } })).toBe(0);
  });
});
