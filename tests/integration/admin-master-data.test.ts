// The admin's master data against a real database: ticket categories (add, rename, retire without
// breaking old tickets, duplicates, refusals for everyone but an admin) and the kab/kota overview with
// its district operators (the counts and the "tanpa operator dinas" gap).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listActiveCategories, listCategoriesForFilter } from "@/lib/server/tickets/categories";
import {
  LAST_ACTIVE_MESSAGE,
  createCategory,
  listCategoriesForAdmin,
  setCategoryActive,
  updateCategory,
} from "@/lib/server/admin";
import { countRegenciesWithoutOperator, getRegencyDetail, listRegencies } from "@/lib/server/admin";
import {
  KENDAL,
  SEMARANG,
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

const auditOf = (action: string) =>
  world.db.prisma.auditLog.findMany({
    where: { action },
    orderBy: { seq: "asc" },
    select: { actorId: true, detail: true },
  });

describe("categories", () => {
  it("adds a category after the others, upper-casing its code, with an audit entry", async () => {
    const result = await createCategory(world.db.prisma, world.actors.admin, {
      code: " bos_2 ",
      name: "  BOP   Kinerja ",
      description: "",
      sortOrder: "",
    });
    expect(result).toMatchObject({ ok: true, code: "BOS_2" });
    const row = await world.db.prisma.category.findUniqueOrThrow({ where: { code: "BOS_2" } });
    expect(row).toMatchObject({ name: "BOP Kinerja", description: null, sortOrder: 1, isActive: true });
    expect(await auditOf("CATEGORY_CREATED")).toEqual([
      { actorId: world.actors.admin.userId, detail: { code: "BOS_2", name: "BOP Kinerja", sortOrder: 1 } },
    ]);
    expect((await listActiveCategories(world.db.prisma)).map((c) => c.name)).toContain("BOP Kinerja");
  });

  it("refuses a code or a name already used — also by a retired category — naming the field", async () => {
    const sameCode = await createCategory(world.db.prisma, world.actors.admin, { code: "sink", name: "Sinkron lain" });
    expect(sameCode).toMatchObject({
      ok: false,
      code: "INVALID_INPUT",
      fieldErrors: { code: [expect.stringContaining("sudah dipakai")] },
    });
    const retiredCode = await createCategory(world.db.prisma, world.actors.admin, {
      code: "LAMA",
      name: "Benar-benar baru",
    });
    expect(retiredCode).toMatchObject({ ok: false, fieldErrors: { code: [expect.any(String)] } });
    const sameName = await createCategory(world.db.prisma, world.actors.admin, {
      code: "SINK2",
      name: "sinkronisasi ",
    });
    expect(sameName).toMatchObject({
      ok: false,
      fieldErrors: { name: ["Nama ini sudah dipakai kategori SINK. Pilih nama lain."] },
    });
    const badCode = await createCategory(world.db.prisma, world.actors.admin, {
      code: "SIN K",
      name: "Ab",
      sortOrder: "-1",
    });
    expect(badCode).toMatchObject({
      ok: false,
      fieldErrors: { code: [expect.any(String)], name: ["Nama minimal 3 karakter."], sortOrder: [expect.any(String)] },
    });
    expect(await world.db.prisma.category.count({ where: { code: { in: ["SINK2", "SIN K"] } } })).toBe(0);
  });

  it("two admins adding the same code at once: one wins, the other gets the field error", async () => {
    const results = await Promise.all(
      ["Pengaduan", "Pengaduan Layanan"].map((name) =>
        createCategory(world.db.prisma, world.actors.admin, { code: "ADUAN", name }),
      ),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toMatchObject({
      code: "INVALID_INPUT",
      fieldErrors: { code: [expect.stringContaining("ADUAN")] },
    });
    expect(await world.db.prisma.category.count({ where: { code: "ADUAN" } })).toBe(1);
  });

  it("renames a category: its old tickets show the new name; a name taken by another is refused", async () => {
    const ticketId = await openTicketAs(world, world.actors.opA, { categoryId: world.categories.akun });
    const result = await updateCategory(world.db.prisma, world.actors.admin, {
      categoryId: world.categories.akun,
      name: "Akun & Hak Akses",
      description: "Lupa kata sandi, ganti operator",
      sortOrder: "7",
    });
    expect(result).toEqual({ ok: true, changed: true });
    const detail = await world.service.getTicketForActor(world.actors.opA, ticketId);
    expect(detail?.category.name).toBe("Akun & Hak Akses");
    expect((await auditOf("CATEGORY_UPDATED")).at(-1)?.detail).toEqual({
      code: "AKUN",
      name: "Akun dan login → Akun & Hak Akses",
      description: "diubah",
      sortOrder: "0 → 7",
    });

    const taken = await updateCategory(world.db.prisma, world.actors.admin, {
      categoryId: world.categories.akun,
      name: "SINKRONISASI",
      sortOrder: "7",
    });
    expect(taken).toMatchObject({ ok: false, fieldErrors: { name: [expect.any(String)] } });
    const unchanged = await updateCategory(world.db.prisma, world.actors.admin, {
      categoryId: world.categories.akun,
      name: "Akun & Hak Akses",
      description: "Lupa kata sandi, ganti operator",
      sortOrder: "7",
    });
    expect(unchanged).toEqual({ ok: true, changed: false });
    expect(await auditOf("CATEGORY_UPDATED")).toHaveLength(1);
  });

  it("retires a category: not offered for new tickets, old tickets keep it; reactivating offers it again", async () => {
    const old = await openTicketAs(world, world.actors.opB, { categoryId: world.categories.akun });
    expect(
      await setCategoryActive(world.db.prisma, world.actors.admin, {
        categoryId: world.categories.akun,
        active: "false",
      }),
    ).toEqual({ ok: true, changed: true });

    expect((await listActiveCategories(world.db.prisma)).map((c) => c.id)).not.toContain(world.categories.akun);
    const forFilter = await listCategoriesForFilter(world.db.prisma);
    expect(forFilter.at(-1)?.isActive).toBe(false);
    expect(forFilter.map((c) => c.id)).toContain(world.categories.akun);
    const refused = await world.service.openTicket(world.actors.opB, {
      categoryId: world.categories.akun,
      subject: "Kategori yang sudah pensiun",
      body: "Pertanyaan baru dengan kategori yang sudah dipensiunkan.",
    });
    expect(refused).toMatchObject({ ok: false, code: "INVALID_INPUT" });

    const detail = await world.service.getTicketForActor(world.actors.opB, old);
    expect(detail?.category.name).toBe("Akun & Hak Akses");
    expect(
      expectOk(
        await world.service.replyToTicket(world.actors.dinasSemarang, {
          ticketId: old,
          body: "Tiket lama tetap bisa dijawab.",
        }),
      ).ticket.state,
    ).toBe("ANSWERED");
    const admin = (await listCategoriesForAdmin(world.db.prisma)).find((c) => c.id === world.categories.akun);
    expect(admin).toMatchObject({ isActive: false, ticketCount: 2 });

    expect(
      await setCategoryActive(world.db.prisma, world.actors.admin, {
        categoryId: world.categories.akun,
        active: "true",
      }),
    ).toEqual({ ok: true, changed: true });
    expect((await listActiveCategories(world.db.prisma)).map((c) => c.id)).toContain(world.categories.akun);
    expect((await auditOf("CATEGORY_RETIRED")).map((e) => e.detail)).toEqual([
      { code: "AKUN", name: "Akun & Hak Akses" },
    ]);
    expect(await auditOf("CATEGORY_REACTIVATED")).toHaveLength(1);
  });

  it("keeps at least one category active", async () => {
    const active = await world.db.prisma.category.findMany({ where: { isActive: true }, select: { id: true } });
    const [last, ...others] = active.map((c) => c.id);
    for (const id of others)
      expectOkSet(await setCategoryActive(world.db.prisma, world.actors.admin, { categoryId: id, active: "false" }));
    expect(
      await setCategoryActive(world.db.prisma, world.actors.admin, { categoryId: last as string, active: "false" }),
    ).toEqual({
      ok: false,
      code: "INVALID_INPUT",
      message: LAST_ACTIVE_MESSAGE,
    });
    for (const id of others)
      expectOkSet(await setCategoryActive(world.db.prisma, world.actors.admin, { categoryId: id, active: "true" }));
  });

  it("refuses every role but the admin, and changes nothing", async () => {
    const before = await world.db.prisma.category.findMany({ orderBy: { code: "asc" } });
    const audits = await world.db.prisma.auditLog.count();
    for (const actor of [
      world.actors.helpdesk1,
      world.actors.supervisor,
      world.actors.dinasSemarang,
      world.actors.opA,
    ]) {
      expect(await createCategory(world.db.prisma, actor, { code: "CURANG", name: "Tidak boleh" })).toMatchObject({
        ok: false,
        code: "FORBIDDEN",
      });
      expect(
        await updateCategory(world.db.prisma, actor, {
          categoryId: world.categories.sinkronisasi,
          name: "Diubah",
          sortOrder: "1",
        }),
      ).toMatchObject({ ok: false, code: "FORBIDDEN" });
      expect(
        await setCategoryActive(world.db.prisma, actor, { categoryId: world.categories.sinkronisasi, active: "false" }),
      ).toMatchObject({ ok: false, code: "FORBIDDEN" });
    }
    expect(await world.db.prisma.category.findMany({ orderBy: { code: "asc" } })).toEqual(before);
    expect(await world.db.prisma.auditLog.count()).toBe(audits);
  });
});

function expectOkSet(result: { ok: boolean }) {
  expect(result.ok).toBe(true);
}

describe("kab/kota and their district operators", () => {
  const CILACAP = "33.01";
  const BANYUMAS = "33.02";
  const PURBALINGGA = "33.03";

  beforeAll(async () => {
    const p = world.db.prisma;
    await p.regency.createMany({
      data: [
        { code: CILACAP, provinceCode: "33", name: "Kabupaten Cilacap" },
        { code: BANYUMAS, provinceCode: "33", name: "Kabupaten Banyumas" },
        { code: PURBALINGGA, provinceCode: "33", name: "Kabupaten Purbalingga" },
      ],
    });
    await p.province.create({ data: { code: "73", name: "Sulawesi Selatan", timeZone: "Asia/Makassar" } });
    await p.regency.create({ data: { code: "73.71", provinceCode: "73", name: "Kota Makassar" } });
    // Cilacap: an active school, and only a deactivated district account: the gap.
    await p.school.create({
      data: { npsn: "69900101", name: "TK Cilacap", form: "TK", status: "SWASTA", regencyCode: CILACAP },
    });
    await p.user.create({
      data: {
        username: "dinas.cilacap.lama",
        displayName: "Operator lama",
        role: "DINAS",
        regencyCode: CILACAP,
        isActive: false,
      },
    });
    // Purbalingga: only a school that is no longer active (nobody can ask): no gap.
    await p.school.create({
      data: {
        npsn: "69900102",
        name: "TK Purbalingga",
        form: "TK",
        status: "SWASTA",
        regencyCode: PURBALINGGA,
        isActive: false,
      },
    });
    // Kendal: two running tickets and one ended.
    await openTicketAs(world, world.actors.opKendal);
    await openTicketAs(world, world.actors.opKendal);
    const ended = await openTicketAs(world, world.actors.opKendal);
    expectOk(await world.service.closeTicket(world.actors.opKendal, { ticketId: ended }));
  });

  it("lists every kab/kota by code with its active schools, active district operators and running tickets", async () => {
    const list = await listRegencies(world.db.prisma, {});
    expect(list.total).toBe(6);
    expect(list.rows.map((r) => r.code)).toEqual([CILACAP, BANYUMAS, PURBALINGGA, KENDAL, SEMARANG, "73.71"]);
    const byCode = Object.fromEntries(list.rows.map((r) => [r.code, r]));
    expect(byCode[KENDAL]).toEqual({
      code: KENDAL,
      name: "Kabupaten Kendal",
      provinceName: "Jawa Tengah",
      activeSchools: 1,
      activeOperators: 1,
      runningTickets: 2,
    });
    expect(byCode[SEMARANG]).toMatchObject({ activeSchools: 2, activeOperators: 2 });
    expect(byCode[CILACAP]).toMatchObject({ activeSchools: 1, activeOperators: 0, runningTickets: 0 });
    expect(byCode[PURBALINGGA]).toMatchObject({ activeSchools: 0, activeOperators: 0 });
  });

  it("filters the kab/kota whose schools have no active district operator", async () => {
    const gap = await listRegencies(world.db.prisma, { operator: "tanpa" });
    expect(gap.rows.map((r) => r.code)).toEqual([CILACAP]);
    expect(await countRegenciesWithoutOperator(world.db.prisma)).toBe(1);
    // A new district operator closes the gap.
    const account = await world.db.prisma.user.create({
      data: { username: "dinas.cilacap", displayName: "Operator Cilacap", role: "DINAS", regencyCode: CILACAP },
    });
    expect(await countRegenciesWithoutOperator(world.db.prisma)).toBe(0);
    await world.db.prisma.user.update({ where: { id: account.id }, data: { isActive: false } });
    expect(await countRegenciesWithoutOperator(world.db.prisma)).toBe(1);
  });

  it("searches by name or code and filters by province; tampered parameters fall back to defaults", async () => {
    expect((await listRegencies(world.db.prisma, { q: "kendal" })).rows.map((r) => r.code)).toEqual([KENDAL]);
    expect((await listRegencies(world.db.prisma, { q: "3374" })).rows.map((r) => r.code)).toEqual([SEMARANG]);
    expect((await listRegencies(world.db.prisma, { q: "33.0" })).total).toBe(3);
    expect((await listRegencies(world.db.prisma, { prov: "73" })).rows.map((r) => r.name)).toEqual(["Kota Makassar"]);
    const tampered = await listRegencies(world.db.prisma, { prov: "x'; --", operator: "semua", page: "-2" });
    expect(tampered.query).toEqual({ page: 1 });
    expect(tampered.total).toBe(6);
  });

  it("shows a kab/kota with its district operator accounts, active first", async () => {
    const semarang = await getRegencyDetail(world.db.prisma, SEMARANG);
    expect(semarang?.operators.map((o) => [o.username, o.isActive])).toEqual([
      ["dinas.semarang", true],
      ["dinas.semarang2", true],
    ]);
    expect(semarang).toMatchObject({ activeSchools: 2, allSchools: 3, activeOperators: 2 });
    const cilacap = await getRegencyDetail(world.db.prisma, CILACAP);
    expect(cilacap?.operators.map((o) => [o.username, o.isActive])).toEqual([
      ["dinas.cilacap", false],
      ["dinas.cilacap.lama", false],
    ]);
    const kendal = await getRegencyDetail(world.db.prisma, KENDAL);
    expect(kendal).toMatchObject({ runningTickets: 2, runningAtDinas: 2 });
    expect(await getRegencyDetail(world.db.prisma, "99.99")).toBeNull();
  });
});
