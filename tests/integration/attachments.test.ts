// Attachments on messages (issue #4): the type comes from the content, count and size from the
// settings; files are stored outside the web root and reach only those who may read the message; a
// refused or retried submit leaves no file behind.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withAttachments } from "@/lib/actions/attachment-files";
import {
  findAttachmentForActor,
  filesOf,
  intakeFiles,
  type StoredFile,
  removeOrphanFiles,
  pathOfKey,
  THUMBNAIL_SIZE,
} from "@/lib/server/attachments";
import {
  DAY_MS,
  T0,
  createTicketWorld,
  expectOk,
  newClientKey,
  openTicketAs,
  type TicketWorld,
} from "./helpers/ticket-fixtures";

const folder = fs.mkdtempSync(path.join(os.tmpdir(), "helpdesk-lampiran-"));
process.env.ATTACHMENT_DIR = folder;

let world: TicketWorld;
let png: Buffer;
let photo: Buffer;
const PDF = Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
const LIMITS = { maxFiles: 3, maxFileBytes: 5 * 1024 * 1024 };

beforeAll(async () => {
  world = await createTicketWorld();
  png = await sharp({ create: { width: 1200, height: 800, channels: 3, background: "#3366cc" } })
    .png()
    .toBuffer();
  // A phone photo taken sideways: 600 × 400 pixels stored, EXIF orientation 6 (turn 90°) → 400 × 600 shown.
  photo = await sharp({ create: { width: 600, height: 400, channels: 3, background: "#cc6633" } })
    .jpeg()
    .withMetadata({ orientation: 6 })
    .toBuffer();
});
afterAll(async () => {
  await world?.db.destroy();
  fs.rmSync(folder, { recursive: true, force: true });
});

const file = (bytes: Buffer, name: string, type = "application/octet-stream") =>
  new File([new Uint8Array(bytes)], name, { type });
/** Every file in the attachment folder, relative. */
const storedPaths = () =>
  fs.existsSync(folder)
    ? fs
        .readdirSync(folder, { recursive: true, encoding: "utf8" })
        .filter((p) => fs.statSync(path.join(folder, p)).isFile())
    : [];

function formWith(...files: File[]) {
  const form = new FormData();
  for (const f of files) form.append("lampiran", f);
  // A form submitted with no file chosen sends one empty, nameless entry: ignored.
  if (files.length === 0) form.append("lampiran", new File([], ""));
  return form;
}

describe("intake: what is accepted", () => {
  it("stores a screenshot, a sideways phone photo and a PDF, typed by content, with thumbnails for the images", async () => {
    const result = await intakeFiles(
      [file(png, "layar.png"), file(photo, "foto.JPG"), file(PDF, "surat tugas.pdf")],
      LIMITS,
    );
    if (!result.ok) expect.fail(result.message);
    const [screenshot, sideways, pdf] = result.files as [StoredFile, StoredFile, StoredFile];
    expect(screenshot).toMatchObject({
      fileName: "layar.png",
      mimeType: "image/png",
      sizeBytes: png.length,
      width: 1200,
      height: 800,
    });
    expect(sideways).toMatchObject({ fileName: "foto.JPG", mimeType: "image/jpeg", width: 400, height: 600 });
    expect(pdf).toMatchObject({ fileName: "surat tugas.pdf", mimeType: "application/pdf", width: null, height: null });
    for (const stored of result.files) {
      expect(pathOfKey(stored.storageKey).startsWith(folder + path.sep)).toBe(true);
      expect(fs.readFileSync(pathOfKey(stored.storageKey)).length).toBe(stored.sizeBytes);
    }
    const thumbnail = await sharp(pathOfKey(screenshot.storageKey, "thumbnail")).metadata();
    expect(thumbnail).toMatchObject({
      format: "webp",
      width: THUMBNAIL_SIZE,
      height: Math.round((THUMBNAIL_SIZE * 800) / 1200),
    });
    // The photo's metadata (EXIF: orientation here, GPS on a real phone) is not kept; its pixels are turned
    // upright instead, and the stored size is what was stored. A screenshot without metadata stays byte for byte.
    const keptPhoto = await sharp(pathOfKey(sideways.storageKey)).metadata();
    expect([keptPhoto.exif, keptPhoto.orientation, keptPhoto.width, keptPhoto.height]).toEqual([
      undefined,
      undefined,
      400,
      600,
    ]);
    expect(sideways.sizeBytes).toBe(fs.statSync(pathOfKey(sideways.storageKey)).size);
    expect(fs.readFileSync(pathOfKey(screenshot.storageKey)).equals(png)).toBe(true);
    const uprightThumbnail = await sharp(pathOfKey(sideways.storageKey, "thumbnail")).metadata();
    expect(uprightThumbnail.height).toBeGreaterThan(uprightThumbnail.width ?? 0);
    expect(fs.existsSync(pathOfKey(pdf.storageKey, "thumbnail"))).toBe(false);
  });

  it.each([
    [
      "a program renamed to .png",
      () => [file(Buffer.from("MZ\x90\x00 this is not a picture"), "tangkapan.png", "image/png")],
      /Berkas "tangkapan.png" tidak dapat dilampirkan: hanya gambar PNG, JPEG, WebP, atau PDF\./,
    ],
    [
      "an HTML page calling itself a PDF",
      () => [file(Buffer.from("<html><script>alert(1)</script>"), "a.pdf", "application/pdf")],
      /Berkas "a.pdf" tidak dapat dilampirkan/,
    ],
    [
      "four files",
      () => [1, 2, 3, 4].map((n) => file(PDF, `${n}.pdf`)),
      /Paling banyak 3 lampiran per pesan; Anda memilih 4\./,
    ],
    [
      "a file over the size limit",
      () => [file(Buffer.concat([PDF, Buffer.alloc(5 * 1024 * 1024)]), "besar.pdf")],
      /Berkas "besar.pdf" berukuran 5 MB; paling besar 5 MB per berkas\./,
    ],
    ["a cut-off image", () => [file(png.subarray(0, 200), "rusak.png")], /Gambar tidak dapat dibaca/],
    [
      "an empty file (0 bytes) the user chose",
      () => filesOf(formWith(file(Buffer.alloc(0), "kosong.png", "image/png"))),
      /Berkas "kosong.png" kosong \(0 byte\)\./,
    ],
  ] as [string, () => File[], RegExp][])(
    "refuses %s with a message and stores nothing",
    async (_label, files, message) => {
      const before = storedPaths();
      const result = await intakeFiles(files(), LIMITS);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.message).toMatch(message);
      expect(storedPaths()).toEqual(before);
    },
  );

  it("refuses every file when attachments are switched off (0 files)", async () => {
    expect(await intakeFiles([file(PDF, "a.pdf")], { maxFiles: 0, maxFileBytes: 1 })).toEqual({
      ok: false,
      message: "Lampiran sedang tidak diterima. Kirim pesan tanpa lampiran.",
    });
  });

  it("takes a form sent without a chosen file as no file", () => {
    expect(filesOf(formWith())).toEqual([]);
    // Through a server action the empty entry arrives named "undefined" (React's reply decoder).
    const viaAction = new FormData();
    viaAction.append("lampiran", new File([], "undefined", { type: "application/octet-stream" }));
    expect(filesOf(viaAction)).toEqual([]);
  });

  it("names a file after what it is: a PDF chosen as x.png is stored as x.pdf", async () => {
    const result = await intakeFiles([file(PDF, "x.png", "image/png")], LIMITS);
    if (!result.ok) expect.fail(result.message);
    expect(result.files[0]).toMatchObject({ fileName: "x.pdf", mimeType: "application/pdf" });
  });

  it("cleans names and never lets a key leave the folder", async () => {
    const result = await intakeFiles([file(PDF, "C:\\Users\\op\\..\\rahasia\x07.pdf")], LIMITS);
    if (!result.ok) expect.fail(result.message);
    expect(result.files[0]?.fileName).toBe("rahasia.pdf");
    expect(() => pathOfKey("../../etc/passwd")).toThrow();
    expect(() => pathOfKey("2026/11/../../x.png")).toThrow();
  });
});

describe("messages with attachments", () => {
  it("a new ticket and a reply carry their files; a retried submit adds none and leaves no file behind", async () => {
    const clientKey = newClientKey();
    const opened = expectOk(
      await withAttachments(formWith(file(png, "layar.png")), (files) =>
        world.service.openTicket(
          world.actors.opA,
          {
            categoryId: world.categories.sinkronisasi,
            subject: "Sinkronisasi gagal",
            body: "Muncul pesan galat, lihat gambar.",
            clientKey,
          },
          files,
        ),
      ),
    );
    const filesAfterOpen = storedPaths().length;
    // The same submit again (a slow connection's retry): same ticket, no new rows, no new files.
    const retried = expectOk(
      await withAttachments(formWith(file(png, "layar.png")), (files) =>
        world.service.openTicket(
          world.actors.opA,
          {
            categoryId: world.categories.sinkronisasi,
            subject: "Sinkronisasi gagal",
            body: "Muncul pesan galat, lihat gambar.",
            clientKey,
          },
          files,
        ),
      ),
    );
    expect(retried).toMatchObject({ replayed: true, ticket: { id: opened.ticket.id } });
    expect(storedPaths().length).toBe(filesAfterOpen);

    const replyKey = newClientKey();
    const reply = () =>
      withAttachments(formWith(file(PDF, "panduan.pdf")), (files) =>
        world.service.replyToTicket(
          world.actors.dinasSemarang,
          { ticketId: opened.ticket.id, body: "Ikuti panduan terlampir.", clientKey: replyKey },
          files,
        ),
      );
    expectOk(await reply());
    expect(expectOk(await reply()).replayed).toBe(true);
    expect(storedPaths().length).toBe(filesAfterOpen + 1);

    const detail = await world.service.getTicketForActor(world.actors.opA, opened.ticket.id);
    expect(
      detail?.messages.map((m) => m.attachments.map((a) => `${a.fileName} ${a.mimeType} ${a.width ?? "-"}`)),
    ).toEqual([["layar.png image/png 1200"], ["panduan.pdf application/pdf -"]]);
    const rows = await world.db.prisma.attachment.findMany({ where: { ticketId: opened.ticket.id } });
    expect(rows.map((r) => r.uploaderId).sort()).toEqual(
      [world.actors.opA.userId, world.actors.dinasSemarang.userId].sort(),
    );
    expect(rows.every((r) => r.messageId !== null)).toBe(true);
  });

  it("a reply with files to a ticket outside the sender's scope is refused before any file is decoded or stored", async () => {
    const id = await openTicketAs(world, world.actors.opA);
    const before = storedPaths();
    const input = { ticketId: id, body: "Bukan tiket kami.", clientKey: newClientKey() };
    let decodedAndStored = false;
    const foreign = await withAttachments(
      formWith(file(png, "a.png")),
      async (files) => {
        decodedAndStored = true;
        return world.service.replyToTicket(world.actors.dinasKendal, input, files);
      },
      () => world.service.precheckReply(world.actors.dinasKendal, input),
    );
    expect(foreign).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(decodedAndStored).toBe(false);
    expect(storedPaths()).toEqual(before);
    // Allowed: the precheck lets it through and the files arrive.
    const own = { ticketId: id, body: "Lihat gambar.", clientKey: newClientKey() };
    expectOk(
      await withAttachments(
        formWith(file(png, "b.png")),
        (files) => world.service.replyToTicket(world.actors.dinasSemarang, own, files),
        () => world.service.precheckReply(world.actors.dinasSemarang, own),
      ),
    );
    // An operator of a school that is no longer active cannot open one, files or not.
    expect(await world.service.precheckOpen(world.actors.opClosed)).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await world.service.precheckOpen(world.actors.opA)).toBeNull();
  });

  it("a refused message (ended ticket, bad file, empty text) writes nothing and leaves no file", async () => {
    const id = await openTicketAs(world, world.actors.opA);
    expectOk(await world.service.closeTicket(world.actors.opA, { ticketId: id, solved: true }));
    const before = storedPaths();
    const ended = await withAttachments(formWith(file(png, "a.png")), (files) =>
      world.service.replyToTicket(
        world.actors.opA,
        { ticketId: id, body: "Satu lagi.", clientKey: newClientKey() },
        files,
      ),
    );
    expect(ended).toMatchObject({ ok: false, code: "TICKET_ENDED" });
    const open = await openTicketAs(world, world.actors.opA);
    const empty = await withAttachments(formWith(file(png, "a.png")), (files) =>
      world.service.replyToTicket(world.actors.opA, { ticketId: open, body: "", clientKey: newClientKey() }, files),
    );
    expect(empty).toMatchObject({ ok: false, code: "INVALID_INPUT" });
    const badFile = await withAttachments(formWith(file(Buffer.from("bukan gambar"), "a.png")), (files) =>
      world.service.replyToTicket(
        world.actors.opA,
        { ticketId: open, body: "Lihat gambar.", clientKey: newClientKey() },
        files,
      ),
    );
    expect(badFile).toMatchObject({
      ok: false,
      code: "INVALID_INPUT",
      fieldErrors: { lampiran: [expect.stringMatching(/tidak dapat dilampirkan/)] },
    });
    expect(storedPaths()).toEqual(before);
    expect(await world.db.prisma.attachment.count({ where: { ticketId: { in: [id, open] } } })).toBe(0);
  });

  it("no files: the message is written as before", async () => {
    const id = await openTicketAs(world, world.actors.opA);
    expectOk(
      await withAttachments(formWith(), (files) =>
        world.service.replyToTicket(world.actors.dinasSemarang, { ticketId: id, body: "Sudah bisa?" }, files),
      ),
    );
    expect(await world.db.prisma.attachment.count({ where: { ticketId: id } })).toBe(0);
  });
});

describe("who may fetch an attachment", () => {
  it("the school and its district; the helpdesk once the ticket is theirs; nobody else", async () => {
    const opened = expectOk(
      await withAttachments(formWith(file(png, "layar.png")), (files) =>
        world.service.openTicket(
          world.actors.opA,
          { categoryId: world.categories.sinkronisasi, subject: "Galat saat sinkron", body: "Lihat tangkapan layar." },
          files,
        ),
      ),
    );
    const [attachment] = await world.db.prisma.attachment.findMany({ where: { ticketId: opened.ticket.id } });
    const sees = async (who: keyof TicketWorld["actors"]) =>
      (await findAttachmentForActor(world.db.prisma, world.actors[who], attachment!.id)) !== null;
    expect(await sees("opA")).toBe(true);
    expect(await sees("opA2")).toBe(true);
    expect(await sees("dinasSemarang")).toBe(true);
    for (const who of ["opB", "opKendal", "dinasKendal", "helpdesk1", "admin"] as const)
      expect(`${who}: ${await sees(who)}`).toBe(`${who}: false`);
    expect(await sees("supervisor")).toBe(true);

    world.clock.set(new Date(T0.getTime() + DAY_MS));
    expectOk(
      await world.service.forwardTicket(world.actors.dinasSemarang, {
        ticketId: opened.ticket.id,
        note: "Mohon bantuan, kami belum bisa.",
      }),
    );
    world.clock.set(T0);
    expect(await sees("helpdesk1")).toBe(true);
    expect(await findAttachmentForActor(world.db.prisma, world.actors.opA, "tidak-ada")).toBeNull();
    expect(await findAttachmentForActor(world.db.prisma, world.actors.opA, "x".repeat(500))).toBeNull();
  });

  it("a file on an internal note is the helpdesk's only", async () => {
    const id = await openTicketAs(world, world.actors.dinasSemarang);
    expectOk(
      await world.service.addInternalNote(world.actors.helpdesk1, { ticketId: id, body: "Log server terlampir." }),
    );
    const note = await world.db.prisma.message.findFirstOrThrow({ where: { ticketId: id, kind: "INTERNAL_NOTE" } });
    const stored = await intakeFiles([file(PDF, "log.pdf")], LIMITS);
    if (!stored.ok) expect.fail(stored.message);
    const row = await world.db.prisma.attachment.create({
      data: { ...stored.files[0]!, ticketId: id, messageId: note.id, uploaderId: world.actors.helpdesk1.userId },
    });
    expect(await findAttachmentForActor(world.db.prisma, world.actors.helpdesk2, row.id)).not.toBeNull();
    expect(await findAttachmentForActor(world.db.prisma, world.actors.dinasSemarang, row.id)).toBeNull();
    expect(await findAttachmentForActor(world.db.prisma, world.actors.dinasSemarang2, row.id)).toBeNull();
  });
});

describe("files no message names", () => {
  it("are removed once older than a day; files in use, recent files and foreign files stay", async () => {
    const used = expectOk(
      await withAttachments(formWith(file(png, "dipakai.png")), (files) =>
        world.service.openTicket(
          world.actors.opA,
          { categoryId: world.categories.sinkronisasi, subject: "Berkas dipakai", body: "Lihat tangkapan layar." },
          files,
        ),
      ),
    );
    const usedRow = await world.db.prisma.attachment.findFirstOrThrow({ where: { ticketId: used.ticket.id } });
    // Stored, then the server "stopped" before the message was written: nobody names these.
    const lost = await intakeFiles([file(png, "hilang.png"), file(PDF, "hilang.pdf")], LIMITS);
    if (!lost.ok) expect.fail(lost.message);
    const foreign = path.join(folder, "catatan-operator.txt");
    fs.writeFileSync(foreign, "jangan dihapus");
    const lostPaths = lost.files
      .flatMap((f) => [pathOfKey(f.storageKey), pathOfKey(f.storageKey, "thumbnail")])
      .filter((p) => fs.existsSync(p));
    expect(lostPaths).toHaveLength(3); // two originals, one thumbnail

    // Today: everything is too recent to touch.
    expect((await removeOrphanFiles(world.db.prisma, { now: new Date() })).removed).toBe(0);
    // Two days later: the lost files go; the used file, its thumbnail and the foreign file stay.
    const later = new Date(Date.now() + 2 * DAY_MS);
    const result = await removeOrphanFiles(world.db.prisma, { now: later });
    expect(result.removed).toBeGreaterThanOrEqual(3); // earlier tests' intake-only files are orphans too
    for (const p of lostPaths) expect(fs.existsSync(p), p).toBe(false);
    // What is left is exactly what the rows name (originals and thumbnails), and the foreign file.
    const named = new Set(
      (await world.db.prisma.attachment.findMany({ select: { storageKey: true } })).map((r) => r.storageKey),
    );
    const left = storedPaths().filter((p) => p !== "catatan-operator.txt");
    expect(left.map((p) => p.replace(/\.kecil\.webp$/, "")).every((key) => named.has(key))).toBe(true);
    expect(fs.existsSync(pathOfKey(usedRow.storageKey))).toBe(true);
    expect(fs.existsSync(pathOfKey(usedRow.storageKey, "thumbnail"))).toBe(true);
    expect(fs.existsSync(foreign)).toBe(true);
    expect((await removeOrphanFiles(world.db.prisma, { now: later })).removed).toBe(0);
  });
});
