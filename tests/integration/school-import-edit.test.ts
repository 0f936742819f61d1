// The admin's school pages: the list's search and filters, and editing one school — whose kab/kota
// change moves its running tickets exactly as the import does (the same code).
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  BUSY_MESSAGE,
  importSchoolsFromFile,
  listSchools,
  SCHOOL_BUSY_MESSAGE,
  SCHOOL_CHANGED_MESSAGE,
  updateSchool,
  type UpdateSchoolInput,
} from "@/lib/server/schools";
import { isPostgresServer } from "./helpers/test-database";
import {
  KENDAL,
  SEMARANG,
  createTicketWorld,
  expectOk,
  openTicketAs,
  ticketState,
  type TicketWorld,
} from "./helpers/ticket-fixtures";

let world: TicketWorld;
beforeAll(async () => {
  world = await createTicketWorld();
});
afterAll(async () => world?.db.destroy());

async function editInput(schoolId: string, overrides: Partial<UpdateSchoolInput> = {}): Promise<UpdateSchoolInput> {
  const school = await world.db.prisma.school.findUniqueOrThrow({ where: { id: schoolId } });
  return {
    schoolId,
    expectedUpdatedAt: school.updatedAt.toISOString(),
    name: school.name,
    form: school.form,
    status: school.status,
    regencyCode: school.regencyCode,
    address: school.address ?? "",
    isActive: school.isActive ? "on" : undefined,
    ...overrides,
  };
}

describe("listSchools", () => {
  it("finds a school by its exact NPSN or by part of its name", async () => {
    expect((await listSchools(world.db.prisma, { q: world.schools.kendal.npsn })).rows.map((s) => s.name)).toEqual([
      "PKBM Kendal Maju",
    ]);
    expect((await listSchools(world.db.prisma, { q: "melati" })).rows.map((s) => [s.name, s.regencyName])).toEqual([
      ["KB Melati", "Kota Semarang"],
    ]);
  });

  it("filters by kab/kota, bentuk and status, and pages by name", async () => {
    const semarang = await listSchools(world.db.prisma, { kab: SEMARANG });
    expect(semarang.rows.map((s) => s.name)).toEqual(["KB Melati", "TK Pelita Harapan", "TK Tutup"]);
    expect((await listSchools(world.db.prisma, { kab: SEMARANG, status: "inactive" })).rows.map((s) => s.name)).toEqual(
      ["TK Tutup"],
    );
    expect((await listSchools(world.db.prisma, { bentuk: "KB" })).total).toBe(0);
    expect(await listSchools(world.db.prisma, { page: "2" })).toMatchObject({ rows: [], total: 4, page: 2 });
  });

  it("falls back to defaults for tampered parameters", async () => {
    const list = await listSchools(world.db.prisma, { kab: "'; DROP", bentuk: "SD", page: "-3" });
    expect(list.query).toEqual({ page: 1 });
    expect(list.total).toBe(4);
  });
});

describe("updateSchool", () => {
  it("saves the new data", async () => {
    const result = await updateSchool(
      world.db.prisma,
      world.actors.admin,
      await editInput(world.schools.b.id, {
        name: "  KB   Melati  Indah ",
        form: "KB",
        status: "NEGERI",
        address: "Jl. Melati 3",
      }),
      world.clock.now(),
    );
    expect(result).toMatchObject({ ok: true, movedTickets: 0 });
    expect(await world.db.prisma.school.findUniqueOrThrow({ where: { id: world.schools.b.id } })).toMatchObject({
      name: "KB Melati Indah",
      form: "KB",
      dapodikBentukId: 2,
      status: "NEGERI",
      address: "Jl. Melati 3",
      isActive: true,
    });
  });

  it("moves the running tickets to the new kab/kota with a SCHOOL_MOVED event, as the import does", async () => {
    const running = await openTicketAs(world, world.actors.opB);
    const ended = await openTicketAs(world, world.actors.opB);
    expectOk(await world.service.closeTicket(world.actors.opB, { ticketId: ended }));
    world.clock.advance(60_000);
    const result = await updateSchool(
      world.db.prisma,
      world.actors.admin,
      await editInput(world.schools.b.id, { regencyCode: KENDAL }),
      world.clock.now(),
    );
    expect(result).toMatchObject({ ok: true, movedTickets: 1, fromRegency: SEMARANG, toRegency: KENDAL });
    expect((await ticketState(world, running)).ticket.regencyCode).toBe(KENDAL);
    expect((await ticketState(world, ended)).ticket.regencyCode).toBe(SEMARANG);
    expect((await ticketState(world, running)).events.at(-1)).toMatchObject({
      type: "SCHOOL_MOVED",
      actorId: world.actors.admin.userId,
      detail: { from: SEMARANG, to: KENDAL, fromName: "Kota Semarang", toName: "Kabupaten Kendal" },
    });
    expect(await world.service.getTicketForActor(world.actors.dinasKendal, running)).not.toBeNull();
    expect(await world.service.getTicketForActor(world.actors.dinasSemarang, running)).toBeNull();
  });

  it("deactivates a school: its operators can no longer open tickets", async () => {
    expect(
      await updateSchool(
        world.db.prisma,
        world.actors.admin,
        await editInput(world.schools.kendal.id, { isActive: undefined }),
      ),
    ).toMatchObject({ ok: true });
    const opened = await world.service.openTicket(world.actors.opKendal, {
      categoryId: world.categories.sinkronisasi,
      subject: "Sinkronisasi gagal",
      body: "Sinkronisasi gagal terus sejak pagi.",
    });
    expect(opened).toMatchObject({ ok: false, code: "FORBIDDEN" });
  });

  it("refuses to overwrite a change made since the form was shown", async () => {
    const stale = await editInput(world.schools.a.id, { name: "TK Nama Lama" });
    expect(
      await updateSchool(
        world.db.prisma,
        world.actors.admin,
        await editInput(world.schools.a.id, { name: "TK Pelita Harapan Baru" }),
      ),
    ).toMatchObject({ ok: true });
    const result = await updateSchool(world.db.prisma, world.actors.admin, stale);
    expect(result).toMatchObject({ ok: false, code: "CONFLICT", message: SCHOOL_CHANGED_MESSAGE });
    expect((await world.db.prisma.school.findUniqueOrThrow({ where: { id: world.schools.a.id } })).name).toBe(
      "TK Pelita Harapan Baru",
    );
  });

  it("names every invalid field in Indonesian and writes nothing", async () => {
    const before = await world.db.prisma.school.findUniqueOrThrow({ where: { id: world.schools.a.id } });
    const result = await updateSchool(
      world.db.prisma,
      world.actors.admin,
      await editInput(world.schools.a.id, { name: "T", form: "SD" as never, regencyCode: "Semarang" }),
    );
    expect(result.ok ? {} : result.fieldErrors).toEqual({
      name: ["Nama minimal 3 karakter."],
      form: ["Pilih bentuk pendidikan."],
      regencyCode: ["Pilih kabupaten/kota dari daftar."],
    });
    const unknown = await updateSchool(
      world.db.prisma,
      world.actors.admin,
      await editInput(world.schools.a.id, { regencyCode: "99.99" }),
    );
    expect(unknown).toMatchObject({
      ok: false,
      fieldErrors: { regencyCode: ["Kabupaten/kota tidak dikenal. Pilih dari daftar."] },
    });
    expect(await world.db.prisma.school.findUniqueOrThrow({ where: { id: world.schools.a.id } })).toEqual(before);
  });

  it("is refused to anyone but an admin", async () => {
    for (const actor of [world.actors.helpdesk1, world.actors.dinasSemarang, world.actors.opA]) {
      expect(
        await updateSchool(world.db.prisma, actor, await editInput(world.schools.a.id, { name: "TK Diambil Alih" })),
      ).toMatchObject({ ok: false, code: "FORBIDDEN" });
    }
  });
});

// PGlite has one connection: a second writer cannot even start there, so this needs a server.
describe.skipIf(!isPostgresServer)("one writer of school data at a time", () => {
  it("refuses an import while another import or edit holds the school data", async () => {
    const result = await world.db.sql.withConnection(async (connection) => {
      await connection.exec("BEGIN");
      await connection.query(`SELECT pg_advisory_xact_lock(hashtextextended('school.write', 0))`);
      try {
        return await importSchoolsFromFile(world.db, path.resolve(__dirname, "../fixtures/schools/baik.csv"), {
          actor: world.actors.admin,
        });
      } finally {
        await connection.exec("ROLLBACK");
      }
    });
    expect(result).toEqual({ ok: false, code: "BUSY", message: BUSY_MESSAGE });
  });

  it("refuses an admin's edit while an import holds the school data, and saves nothing", async () => {
    const before = await world.db.prisma.school.findUniqueOrThrow({ where: { id: world.schools.b.id } });
    const input = await editInput(world.schools.b.id, { name: "KB Melati Saat Impor" });
    const result = await world.db.sql.withConnection(async (connection) => {
      await connection.exec("BEGIN");
      await connection.query(`SELECT pg_advisory_xact_lock(hashtextextended('school.write', 0))`);
      try {
        return await updateSchool(world.db.prisma, world.actors.admin, input, world.clock.now());
      } finally {
        await connection.exec("ROLLBACK");
      }
    });
    expect(result).toEqual({ ok: false, code: "CONFLICT", message: SCHOOL_BUSY_MESSAGE });
    expect(await world.db.prisma.school.findUniqueOrThrow({ where: { id: world.schools.b.id } })).toEqual(before);
  });
});
