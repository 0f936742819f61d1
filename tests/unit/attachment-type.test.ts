import { describe, expect, it } from "vitest";
import {
  cleanFileName,
  fileNameForType,
  formatFileSize,
  isImageType,
  sniffAttachmentType,
} from "@/lib/domain/attachment-type";

const bytes = (...values: (number | string)[]) =>
  new Uint8Array(values.flatMap((v) => (typeof v === "string" ? [...v].map((c) => c.charCodeAt(0)) : [v])));

describe("sniffAttachmentType", () => {
  it.each([
    ["PNG", bytes(0x89, "PNG", 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13), "image/png"],
    ["JPEG (JFIF)", bytes(0xff, 0xd8, 0xff, 0xe0, 0, 16, "JFIF"), "image/jpeg"],
    ["JPEG (Exif, phone camera)", bytes(0xff, 0xd8, 0xff, 0xe1, 0, 16, "Exif"), "image/jpeg"],
    ["WebP", bytes("RIFF", 0x24, 0, 0, 0, "WEBPVP8 "), "image/webp"],
    ["PDF", bytes("%PDF-1.7\n"), "application/pdf"],
    ["a RIFF that is a WAV", bytes("RIFF", 0x24, 0, 0, 0, "WAVEfmt "), null],
    ["a Windows program", bytes("MZ", 0x90, 0), null],
    ["HTML", bytes("<!DOCTYPE html>"), null],
    ["SVG (scripts inside an image)", bytes("<svg xmlns="), null],
    ["a PNG cut to 4 bytes", bytes(0x89, "PNG"), null],
    ["nothing", bytes(), null],
  ])("%s → %s", (_label, head, expected) => {
    expect(sniffAttachmentType(head)).toBe(expected);
  });

  it("knows which types are pictures", () => {
    expect(["image/png", "image/jpeg", "image/webp", "application/pdf", "text/html"].map(isImageType)).toEqual([
      true,
      true,
      true,
      false,
      false,
    ]);
  });
});

describe("cleanFileName", () => {
  it.each([
    ["layar.png", "image/png", "layar.png"],
    ["C:\\fakepath\\Surat Tugas 2026.pdf", "application/pdf", "Surat Tugas 2026.pdf"],
    ["../../etc/passwd", "application/pdf", "passwd.pdf"],
    // The extension follows what the content is, so the download opens with the right program.
    ["x.png", "application/pdf", "x.pdf"],
    ["bukti", "image/jpeg", "bukti.jpg"],
    ["Foto.JPEG", "image/jpeg", "Foto.JPEG"],
    ["laporan.v2", "application/pdf", "laporan.v2.pdf"],
    ['a"b<c>|d?.png', "image/png", "abcd.png"],
    ["   ", "image/jpeg", "lampiran.jpg"],
    ["..", "image/png", "lampiran.png"],
    [`${"x".repeat(200)}.jpeg`, "image/jpeg", `${"x".repeat(115)}.jpeg`],
  ] as const)("%s → %s", (name, type, expected) => {
    expect(cleanFileName(name, type)).toBe(expected);
  });
});

describe("fileNameForType", () => {
  it("names a thumbnail (WebP) after its original", () => {
    expect(fileNameForType("layar sinkron.png", "image/webp")).toBe("layar sinkron.webp");
    expect(fileNameForType("foto.webp", "image/webp")).toBe("foto.webp");
  });
});

describe("formatFileSize", () => {
  it("uses id-ID numbers", () => {
    expect([850, 12 * 1024, 1.5 * 1024 * 1024, 5 * 1024 * 1024].map(formatFileSize)).toEqual([
      "850 B",
      "12 KB",
      "1,5 MB",
      "5 MB",
    ]);
  });
});
