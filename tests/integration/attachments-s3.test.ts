// Attachments in S3-compatible object storage (issue #17): the app's S3 driver against a real S3-protocol
// server on 127.0.0.1 (s3rver), over HTTP. Storing, reading, thumbnails, removal, the daily cleanup, who
// may read, storage that goes away and comes back, and the move of an existing folder into the bucket.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withAttachments } from "@/lib/actions/attachment-files";
import {
  findAttachmentForActor,
  createFolderStore,
  createS3Store,
  getFileStore,
  StorageUnavailableError,
  type FileStore,
  intakeFiles,
  STORAGE_UNAVAILABLE_MESSAGE,
  moveStore,
  removeOrphanFiles,
  readStoredFile,
  removeStoredFile,
  storeFile,
} from "@/lib/server/attachments";
import { getS3Settings } from "@/lib/server/config";
import { startLocalS3 } from "@/tests/support/s3-server";
import {
  DAY_MS,
  createTicketWorld,
  expectOk,
  newClientKey,
  openTicketAs,
  type TicketWorld,
} from "./helpers/ticket-fixtures";

// The app reads its storage from the environment: point it at the bucket (under a prefix, as in a bucket
// shared with other data), and the attachment folder at an empty one that must stay empty.
const s3 = await startLocalS3();
const folder = fs.mkdtempSync(path.join(os.tmpdir(), "helpdesk-lampiran-s3-"));
Object.assign(process.env, s3.env, { S3_PREFIX: "helpdesk/lampiran", ATTACHMENT_DIR: folder });

let world: TicketWorld;
let png: Buffer;
let store: FileStore;
/** The whole bucket, prefix and all. */
let bucket: FileStore;
const PDF = Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
const LIMITS = { maxFiles: 3, maxFileBytes: 5 * 1024 * 1024 };

beforeAll(async () => {
  world = await createTicketWorld();
  png = await sharp({ create: { width: 900, height: 600, channels: 3, background: "#2d8a4e" } })
    .png()
    .toBuffer();
  store = getFileStore();
  bucket = createS3Store({ ...getS3Settings()!, prefix: "" });
});
afterAll(async () => {
  await world?.db.destroy();
  await s3.destroy();
  fs.rmSync(folder, { recursive: true, force: true });
});

const file = (bytes: Buffer, name: string) => new File([new Uint8Array(bytes)], name);
const namesIn = async (s: FileStore) => {
  const names: string[] = [];
  for await (const object of s.list()) names.push(object.name);
  return names.sort();
};
const bytesOf = async (key: string, variant: "original" | "thumbnail" = "original") => {
  const stored = await readStoredFile(key, variant);
  if (!stored) return null;
  return Buffer.from(await new Response(stored.body).arrayBuffer());
};
function formWith(...files: File[]) {
  const form = new FormData();
  for (const f of files) form.append("lampiran", f);
  return form;
}

describe("the S3 driver", () => {
  it("is chosen by S3_BUCKET, and stores originals and thumbnails in the bucket under the prefix, none in the folder", async () => {
    expect(store.description).toBe(`s3://${s3.bucket}/helpdesk/lampiran/ (${s3.endpoint})`);
    const result = await intakeFiles([file(png, "layar.png"), file(PDF, "surat.pdf")], LIMITS);
    if (!result.ok) expect.fail(result.message);
    const [image, pdf] = result.files;
    expect(await bytesOf(image!.storageKey)).toEqual(png);
    expect(await bytesOf(pdf!.storageKey)).toEqual(PDF);
    const thumbnail = await sharp((await bytesOf(image!.storageKey, "thumbnail"))!).metadata();
    expect([thumbnail.format, thumbnail.width, thumbnail.height]).toEqual(["webp", 320, 213]);
    expect(await readStoredFile(pdf!.storageKey, "thumbnail")).toBeNull();
    const inBucket = await namesIn(bucket);
    expect(inBucket).toContain(`helpdesk/lampiran/${image!.storageKey}`);
    expect(inBucket).toContain(`helpdesk/lampiran/${image!.storageKey}.kecil.webp`);
    expect(fs.readdirSync(folder)).toEqual([]);

    await removeStoredFile(image!.storageKey);
    expect(await readStoredFile(image!.storageKey)).toBeNull();
    expect(await readStoredFile(image!.storageKey, "thumbnail")).toBeNull();
    await removeStoredFile(image!.storageKey); // twice: no error
  });

  it("a new ticket and a reply carry their files; a retried submit stores nothing more", async () => {
    const clientKey = newClientKey();
    const open = () =>
      withAttachments(formWith(file(png, "layar.png")), (files) =>
        world.service.openTicket(
          world.actors.opA,
          { categoryId: world.categories.sinkronisasi, subject: "Sinkron gagal", body: "Lihat gambar.", clientKey },
          files,
        ),
      );
    const opened = expectOk(await open());
    const afterOpen = (await namesIn(store)).length;
    expect(expectOk(await open()).replayed).toBe(true);
    expect((await namesIn(store)).length).toBe(afterOpen);
    expectOk(
      await withAttachments(formWith(file(PDF, "panduan.pdf")), (files) =>
        world.service.replyToTicket(
          world.actors.dinasSemarang,
          { ticketId: opened.ticket.id, body: "Ikuti panduan.", clientKey: newClientKey() },
          files,
        ),
      ),
    );
    const rows = await world.db.prisma.attachment.findMany({
      where: { ticketId: opened.ticket.id },
      orderBy: { createdAt: "asc" },
    });
    expect(rows.map((r) => r.fileName)).toEqual(["layar.png", "panduan.pdf"]);
    for (const row of rows) expect((await bytesOf(row.storageKey))?.length).toBe(row.sizeBytes);
  });

  it("serves a file only to those who may read its message", async () => {
    const opened = expectOk(
      await withAttachments(formWith(file(png, "foto.png")), (files) =>
        world.service.openTicket(
          world.actors.opA,
          { categoryId: world.categories.sinkronisasi, subject: "Foto layar", body: "Lihat foto." },
          files,
        ),
      ),
    );
    const row = await world.db.prisma.attachment.findFirstOrThrow({ where: { ticketId: opened.ticket.id } });
    for (const who of ["opA", "dinasSemarang", "supervisor"] as const) {
      const found = await findAttachmentForActor(world.db.prisma, world.actors[who], row.id);
      expect(found?.storageKey, who).toBe(row.storageKey);
    }
    for (const who of ["opB", "dinasKendal", "helpdesk1"] as const) {
      expect(await findAttachmentForActor(world.db.prisma, world.actors[who], row.id), who).toBeNull();
    }
  });
});

describe("object storage that goes away", () => {
  it("refuses a submit with files in Indonesian and writes nothing; serving fails clearly; both work again once it is back", async () => {
    const ticketId = await openTicketAs(world, world.actors.opA);
    const stored = expectOk(
      await withAttachments(formWith(file(PDF, "awal.pdf")), (files) =>
        world.service.replyToTicket(
          world.actors.opA,
          { ticketId, body: "Berkas awal.", clientKey: newClientKey() },
          files,
        ),
      ),
    );
    expect(stored.ok).toBe(true);
    const earlier = await world.db.prisma.attachment.findFirstOrThrow({ where: { ticketId } });
    const messagesBefore = await world.db.prisma.message.count({ where: { ticketId } });
    const clientKey = newClientKey();
    const reply = () =>
      withAttachments(formWith(file(png, "layar.png")), (files) =>
        world.service.replyToTicket(world.actors.opA, { ticketId, body: "Ini tangkapan layarnya.", clientKey }, files),
      );

    await s3.stop();
    try {
      const refused = await reply();
      expect(refused).toMatchObject({
        ok: false,
        message: STORAGE_UNAVAILABLE_MESSAGE,
        fieldErrors: { lampiran: [STORAGE_UNAVAILABLE_MESSAGE] },
      });
      expect(STORAGE_UNAVAILABLE_MESSAGE).toMatch(/belum terkirim/);
      expect(await world.db.prisma.message.count({ where: { ticketId } })).toBe(messagesBefore);
      expect(await world.db.prisma.attachment.count({ where: { ticketId } })).toBe(1);
      await expect(readStoredFile(earlier.storageKey)).rejects.toBeInstanceOf(StorageUnavailableError);
    } finally {
      await s3.start();
    }

    expect((await bytesOf(earlier.storageKey))?.length).toBe(earlier.sizeBytes);
    // The same submit sent again (same form key): written once, with its file.
    const sent = expectOk(await reply());
    expect(sent.replayed).toBeFalsy();
    expect(expectOk(await reply()).replayed).toBe(true);
    expect(await world.db.prisma.message.count({ where: { ticketId } })).toBe(messagesBefore + 1);
    expect(await world.db.prisma.attachment.count({ where: { ticketId } })).toBe(2);
  });

  it("a store that refuses (here: no such bucket) is the same kind of failure", async () => {
    const noBucket = createS3Store({ ...getS3Settings()!, bucket: "tidak-ada" });
    await expect(storeFile(PDF, "application/pdf", new Date(), noBucket)).rejects.toBeInstanceOf(
      StorageUnavailableError,
    );
    await expect(noBucket.read("2026/01/00000000000000000000000000000000.pdf")).rejects.toBeInstanceOf(
      StorageUnavailableError,
    );
  });
});

describe("files no message names", () => {
  it("are removed from the bucket once older than a day; files in use and foreign objects stay", async () => {
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
    const lost = await intakeFiles([file(png, "hilang.png"), file(PDF, "hilang.pdf")], LIMITS);
    if (!lost.ok) expect.fail(lost.message);
    await store.put("catatan-operator.txt", Buffer.from("jangan dihapus"), "text/plain");
    await bucket.put("data-lain/laporan.csv", Buffer.from("a,b"), "text/csv");

    expect((await removeOrphanFiles(world.db.prisma, { now: new Date() })).removed).toBe(0);
    const later = new Date(Date.now() + 2 * DAY_MS);
    const result = await removeOrphanFiles(world.db.prisma, { now: later });
    expect(result.removed).toBeGreaterThanOrEqual(3); // two originals and a thumbnail; earlier tests left some too
    for (const f of lost.files) expect(await readStoredFile(f.storageKey)).toBeNull();
    expect(await readStoredFile(usedRow.storageKey)).not.toBeNull();
    expect(await readStoredFile(usedRow.storageKey, "thumbnail")).not.toBeNull();
    const named = new Set(
      (await world.db.prisma.attachment.findMany({ select: { storageKey: true } })).map((r) => r.storageKey),
    );
    const left = (await namesIn(store)).filter((name) => name !== "catatan-operator.txt");
    expect(left.every((name) => named.has(name.replace(/\.kecil\.webp$/, "")))).toBe(true);
    expect(await namesIn(bucket)).toEqual(
      expect.arrayContaining(["data-lain/laporan.csv", "helpdesk/lampiran/catatan-operator.txt"]),
    );
    expect((await removeOrphanFiles(world.db.prisma, { now: later })).removed).toBe(0);
  });
});

describe("moving the folder into the bucket", () => {
  it("copies every attachment file once, checks it, removes the folder's copy only when asked, and leaves other files", async () => {
    const oldDir = fs.mkdtempSync(path.join(os.tmpdir(), "helpdesk-lampiran-lama-"));
    try {
      const oldFolder = createFolderStore(oldDir);
      const photo = await storeFile(png, "image/png", new Date("2025-08-14T03:00:00Z"), oldFolder);
      const letter = await storeFile(PDF, "application/pdf", new Date("2026-01-05T03:00:00Z"), oldFolder);
      fs.writeFileSync(path.join(oldDir, "README.txt"), "catatan");
      fs.writeFileSync(path.join(oldDir, "2026", "01", `${letter.storageKey.slice(8)}.0a1b2c3d.tmp`), "setengah");
      const target = createS3Store({ ...getS3Settings()!, prefix: "pindahan/" });

      const first = await moveStore(oldFolder, target);
      expect(first).toMatchObject({ copied: 3, alreadyThere: 0, removedFromSource: 0, failed: [] }); // photo, its thumbnail, letter
      expect(await namesIn(target)).toEqual(
        [letter.storageKey, photo.storageKey, `${photo.storageKey}.kecil.webp`].sort(),
      );
      expect(
        await readStoredFile(photo.storageKey, "original", target)
          .then((f) => f && new Response(f.body).arrayBuffer())
          .then((b) => b && Buffer.from(b)),
      ).toEqual(png);

      // Run again (after the app switched over, say) and remove the folder's copies this time.
      const second = await moveStore(oldFolder, target, { removeFromSource: true });
      expect(second).toMatchObject({ copied: 0, alreadyThere: 3, removedFromSource: 3, failed: [] });
      expect(await namesIn(oldFolder)).toEqual(
        ["2026/01/" + `${letter.storageKey.slice(8)}.0a1b2c3d.tmp`, "README.txt"].sort(),
      );
    } finally {
      fs.rmSync(oldDir, { recursive: true, force: true });
    }
  });
});
