import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  importSchools,
  importSchoolsFromFile,
  type ImportProgress,
  type ImportReport,
  type ImportSchoolsOptions,
  appendUploadPiece,
  completedUpload,
  copyUploadToFile,
  removeUpload,
} from "@/lib/server/schools";
import {
  KENDAL,
  SEMARANG,
  createTicketWorld,
  expectOk,
  openTicketAs,
  ticketState,
  type TicketWorld,
} from "./helpers/ticket-fixtures";

const TEGAL = "33.76";
const fixture = (name: string) => path.resolve(__dirname, "../fixtures/schools", name);

let world: TicketWorld;
beforeAll(async () => {
  world = await createTicketWorld();
  await world.db.prisma.regency.create({ data: { code: TEGAL, provinceCode: "33", name: "Kota Tegal" } });
});
afterAll(async () => world?.db.destroy());

async function importFile(name: string, options: Partial<ImportSchoolsOptions> = {}) {
  return importSchoolsFromFile(world.db, fixture(name), {
    actor: world.actors.admin,
    now: world.clock.now,
    ...options,
  });
}

async function importOk(name: string, options: Partial<ImportSchoolsOptions> = {}): Promise<ImportReport> {
  const result = await importFile(name, options);
  if (!result.ok) expect.fail(`import refused: ${result.code} ${result.message}`);
  return result.report;
}

/** Everything a re-import could change in the school table. */
const schoolTable = () =>
  world.db.prisma.school.findMany({
    orderBy: { npsn: "asc" },
    select: {
      npsn: true,
      name: true,
      form: true,
      dapodikBentukId: true,
      status: true,
      regencyCode: true,
      address: true,
      isActive: true,
      updatedAt: true,
    },
  });

describe("importing a good Dapodik export", () => {
  let first: ImportReport;
  beforeAll(async () => {
    first = await importOk("baik.csv");
  });

  it("adds every school, reading Dapodik's names, quoted fields and a kab/kota code without its dot", async () => {
    expect(first).toMatchObject({
      rows: 7,
      valid: 7,
      inserted: 7,
      updated: 0,
      unchanged: 0,
      rejectedCount: 0,
      rejected: [],
    });
    const schools = await world.db.prisma.school.findMany({
      where: { npsn: { in: ["69910003", "P9910006", "K9910007", "69910002"] } },
      orderBy: { npsn: "asc" },
    });
    expect(
      schools.map((s) => [s.npsn, s.name, s.form, s.dapodikBentukId, s.status, s.regencyCode, s.address, s.isActive]),
    ).toEqual([
      ["69910002", "KB Al-Hidayah Tembalang", "KB", 2, "SWASTA", SEMARANG, null, true],
      ["69910003", "TPA Permata Hati; Unit 2", "TPA", 3, "SWASTA", SEMARANG, 'Jl. Kaligawe Raya No. 5, "Blok B"', true],
      ["K9910007", "LKP Pradata Komputer", "LKP", null, "SWASTA", TEGAL, "Jl. Ahmad Yani No. 9 (depan pasar)", true],
      ["P9910006", "UPTD SPNF SKB Kabupaten Kendal", "SKB", null, "NEGERI", KENDAL, "Jl. Pemuda No. 17", true],
    ]);
  });

  it("changes nothing when the same file is imported again", async () => {
    const before = await schoolTable();
    world.clock.advance(60_000);
    const again = await importOk("baik.csv");
    expect(again).toMatchObject({
      rows: 7,
      valid: 7,
      inserted: 0,
      updated: 0,
      unchanged: 7,
      movedSchools: 0,
      movedTickets: 0,
    });
    expect(await schoolTable()).toEqual(before);
  });

  it("updates what changed, and leaves addresses alone when the file has no alamat column", async () => {
    const report = await importOk("baik-koma.csv");
    expect(report).toMatchObject({ rows: 2, inserted: 1, updated: 0, unchanged: 1 });
    const pembina = await world.db.prisma.school.findUniqueOrThrow({ where: { npsn: "69910001" } });
    expect(pembina.address).toBe("Jl. Pemuda No. 1");
    expect(await world.db.prisma.school.findUniqueOrThrow({ where: { npsn: "69910008" } })).toMatchObject({
      name: "KB Tunas Bangsa, Ngaliyan",
      form: "KB",
    });
  });

  it("reports its progress up to the last row", async () => {
    const progress: ImportProgress[] = [];
    await importOk("baik.csv", { onProgress: (p) => progress.push(p), batchSize: 3 });
    expect(progress.filter((p) => p.phase === "write")).toEqual([
      { phase: "write", done: 3, total: 7 },
      { phase: "write", done: 6, total: 7 },
      { phase: "write", done: 7, total: 7 },
    ]);
    expect(progress[0]).toEqual({ phase: "check", rows: 7 });
  });
});

describe("importing a file with good and bad rows", () => {
  let report: ImportReport;
  beforeAll(async () => {
    report = await importOk("campuran.csv");
  });

  it("imports the good rows and names every rejected row with its line and reason", () => {
    // Blank lines (11, and the ";;;;;" of line 14) are not rows.
    expect(report).toMatchObject({ rows: 11, valid: 2, inserted: 2, rejectedCount: 9 });
    const duplicate = "NPSN 69920005 muncul 2 kali di berkas (baris 7, 9); tidak ada yang diimpor.";
    expect(report.rejected).toEqual([
      { line: 3, npsn: null, reason: "NPSN kosong." },
      { line: 4, npsn: null, reason: "NPSN “6992-002” tidak sah: harus 8 angka, atau 1 huruf diikuti 7 angka." },
      { line: 5, npsn: "69920003", reason: "Kode kabupaten/kota “99.99” tidak dikenal (kode Kemendagri, mis. 33.74)." },
      {
        line: 6,
        npsn: "69920004",
        reason: "Bentuk pendidikan “SD” tidak dikenal (yang diterima: TK, KB, TPA, SPS, PKBM, SKB, LKP).",
      },
      { line: 7, npsn: "69920005", reason: duplicate },
      { line: 8, npsn: "69920006", reason: "Jumlah kolom 5, seharusnya 6 seperti baris judul." },
      { line: 9, npsn: "69920005", reason: duplicate },
      { line: 10, npsn: "69920007", reason: "Status “YAYASAN” tidak dikenal (NEGERI atau SWASTA)." },
      { line: 12, npsn: "69920008", reason: "Nama satuan pendidikan kosong." },
    ]);
  });

  it("writes only the good rows", async () => {
    const imported = await world.db.prisma.school.findMany({
      where: { npsn: { startsWith: "69920" } },
      orderBy: { npsn: "asc" },
    });
    expect(imported.map((s) => [s.npsn, s.form, s.regencyCode])).toEqual([
      ["69920001", "TK", SEMARANG],
      ["69920009", "KB", KENDAL],
    ]);
  });
});

describe("a broken file changes nothing", () => {
  it.each([
    ["a file without a required column", "tanpa-kolom-wajib.csv", /^Kolom wajib tidak ditemukan: kode_kab_kota\./],
    [
      "a quote that is never closed",
      "petik-terbuka.csv",
      /^Tanda petik \("\) yang dibuka di baris 3 tidak pernah ditutup/,
    ],
    ["an Excel workbook", "bukan-csv.xlsx.csv", /^Berkas ini bukan CSV/],
    ["a file that is not UTF-8", "bukan-utf8.csv", /^Berkas ini bukan teks UTF-8/],
    ["an empty file", "kosong.csv", /^Berkas kosong/],
  ])("%s", async (_label, name, message) => {
    const before = await schoolTable();
    const result = await importFile(name);
    expect(result).toMatchObject({ ok: false, code: "BROKEN_FILE", message: expect.stringMatching(message) });
    expect(await schoolTable()).toEqual(before);
  });

  it("a failure half-way through the writing rolls every written row back (one transaction)", async () => {
    // Fresh NPSNs; the second read of the file (the writing pass) finds a row that changed.
    const good = fs.readFileSync(fixture("baik.csv"), "utf8").replaceAll("699100", "699400");
    const changed = good.replace("PKBM Bina Harapan;PKBM", "PKBM Bina Harapan;SD");
    let reads = 0;
    const source = () =>
      (async function* () {
        yield Buffer.from(reads++ === 0 ? good : changed);
      })();
    const before = await schoolTable();
    await expect(importSchools(world.db, source, { actor: world.actors.admin, batchSize: 1 })).rejects.toThrow(
      /changed between the passes/,
    );
    expect(await schoolTable()).toEqual(before);
  });

  it("is refused to anyone but an admin", async () => {
    for (const actor of [world.actors.helpdesk1, world.actors.supervisor, world.actors.dinasSemarang]) {
      expect(await importFile("baik.csv", { actor })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    }
  });
});

describe("a school that moves to another kab/kota", () => {
  const ids: Record<"open" | "answered" | "closed" | "walkIn" | "otherSchool", string> = {
    open: "",
    answered: "",
    closed: "",
    walkIn: "",
    otherSchool: "",
  };

  beforeAll(async () => {
    ids.open = await openTicketAs(world, world.actors.opA);
    ids.answered = await openTicketAs(world, world.actors.opA);
    expectOk(
      await world.service.replyToTicket(world.actors.dinasSemarang, {
        ticketId: ids.answered,
        body: "Silakan sinkron ulang.",
      }),
    );
    ids.closed = await openTicketAs(world, world.actors.opA);
    expectOk(await world.service.closeTicket(world.actors.opA, { ticketId: ids.closed }));
    ids.walkIn = expectOk(
      await world.service.openWalkInTicket(world.actors.helpdesk1, {
        npsn: world.schools.a.npsn,
        visitorName: "Ibu Endah",
        categoryId: world.categories.akun,
        question: "Lupa kata sandi akun operator.",
        outcome: "CONTINUE",
      }),
    ).ticket.id;
    ids.otherSchool = await openTicketAs(world, world.actors.opB);
  });

  it("a dry run reports the move and writes nothing", async () => {
    const before = await Promise.all([
      schoolTable(),
      world.db.prisma.ticketEvent.count(),
      ticketState(world, ids.open),
    ]);
    const report = await importOk("pindah.csv", { dryRun: true });
    expect(report).toMatchObject({ dryRun: true, updated: 1, movedSchools: 1, movedTickets: 3 });
    expect(
      await Promise.all([schoolTable(), world.db.prisma.ticketEvent.count(), ticketState(world, ids.open)]),
    ).toEqual(before);
  });

  it("takes its running tickets to the new district inbox, each with a SCHOOL_MOVED event; ended ones stay", async () => {
    world.clock.advance(60_000);
    const versions = await world.db.prisma.ticket.findMany({
      where: { id: { in: Object.values(ids) } },
      select: { id: true, version: true },
    });
    const report = await importOk("pindah.csv");
    expect(report).toMatchObject({ updated: 1, movedSchools: 1, movedTickets: 3 });

    const tickets = await world.db.prisma.ticket.findMany({
      where: { id: { in: Object.values(ids) } },
      select: { id: true, regencyCode: true, version: true },
    });
    const regencyOf = Object.fromEntries(tickets.map((t) => [t.id, t.regencyCode]));
    expect([ids.open, ids.answered, ids.walkIn].map((id) => regencyOf[id])).toEqual([KENDAL, KENDAL, KENDAL]);
    expect([regencyOf[ids.closed], regencyOf[ids.otherSchool]]).toEqual([SEMARANG, SEMARANG]);
    const versionBefore = Object.fromEntries(versions.map((t) => [t.id, t.version]));
    expect(tickets.find((t) => t.id === ids.open)?.version).toBe((versionBefore[ids.open] ?? 0) + 1);

    const { events } = await ticketState(world, ids.answered);
    expect(events.at(-1)).toMatchObject({
      type: "SCHOOL_MOVED",
      actorId: world.actors.admin.userId,
      at: world.clock.now(),
      fromState: "ANSWERED",
      toState: "ANSWERED",
      detail: { from: SEMARANG, to: KENDAL, fromName: "Kota Semarang", toName: "Kabupaten Kendal" },
    });
    expect((await ticketState(world, ids.closed)).events.map((e) => e.type)).not.toContain("SCHOOL_MOVED");
  });

  it("the new district now sees them and the old one no longer does; the school still does", async () => {
    const kendalInbox = await world.service.listTickets(world.actors.dinasKendal, { view: "inbox" });
    expect(kendalInbox.rows.map((row) => row.id)).toEqual(expect.arrayContaining([ids.open, ids.answered, ids.walkIn]));
    expect(kendalInbox.rows.map((row) => row.id)).not.toContain(ids.closed);
    expect(await world.service.getTicketForActor(world.actors.dinasSemarang, ids.open)).toBeNull();
    expect(await world.service.getTicketForActor(world.actors.dinasSemarang, ids.closed)).not.toBeNull();
    const mine = await world.service.listTickets(world.actors.opA, { view: "mine" });
    expect(mine.rows.map((row) => row.id)).toEqual(expect.arrayContaining([ids.open, ids.closed, ids.walkIn]));
    // The district it moved to can answer it.
    expectOk(
      await world.service.replyToTicket(world.actors.dinasKendal, {
        ticketId: ids.open,
        body: "Kami bantu dari Kendal.",
      }),
    );
  });

  it("importing the same file again moves nothing twice", async () => {
    const again = await importOk("pindah.csv");
    expect(again).toMatchObject({ unchanged: 1, movedSchools: 0, movedTickets: 0 });
  });
});

describe("an uploaded export (pieces in the database) is imported", () => {
  it("whole, through a local copy — also on the embedded database, whose one connection the import's transaction holds", async () => {
    const admin = world.actors.admin.userId;
    const id = crypto.randomUUID();
    const csv = fs.readFileSync(fixture("baik.csv"));
    const half = Math.floor(csv.length / 2);
    expect(await appendUploadPiece(world.db.prisma, admin, id, 0, csv.subarray(0, half))).toMatchObject({ ok: true });
    expect(await appendUploadPiece(world.db.prisma, admin, id, half, csv.subarray(half))).toMatchObject({ ok: true });
    const upload = await completedUpload(world.db.prisma, admin, id, csv.length);
    if (!upload.ok) expect.fail(upload.message);
    const local = await copyUploadToFile(world.db.prisma, upload.upload);
    expect(fs.readFileSync(local.file).equals(csv)).toBe(true);
    const result = await importSchoolsFromFile(world.db, local.file, {
      actor: world.actors.admin,
      now: world.clock.now,
      dryRun: true,
    });
    if (!result.ok) expect.fail(`import refused: ${result.code} ${result.message}`);
    expect(result.report).toMatchObject({ rows: 7, valid: 7, rejectedCount: 0 });
    await local.remove();
    await removeUpload(world.db.prisma, upload.upload);
    expect(fs.existsSync(local.file)).toBe(false);
    expect(await world.db.prisma.importUploadPiece.count({ where: { uploadId: id } })).toBe(0);
  });
});
