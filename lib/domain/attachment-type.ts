// What an uploaded file really is, from its first bytes (never from its name or the browser's word):
// screenshots and photos (PNG, JPEG, WebP) and PDF documents. Pure: the bytes come in, a type or null.

export const ATTACHMENT_TYPES = {
  "image/png": { extension: "png", label: "PNG", isImage: true },
  "image/jpeg": { extension: "jpg", label: "JPEG", isImage: true },
  "image/webp": { extension: "webp", label: "WebP", isImage: true },
  "application/pdf": { extension: "pdf", label: "PDF", isImage: false },
} as const;

export type AttachmentMimeType = keyof typeof ATTACHMENT_TYPES;

/** How many leading bytes sniffAttachmentType needs. */
export const SNIFF_BYTES = 16;

function startsWith(bytes: Uint8Array, signature: readonly number[], offset = 0): boolean {
  if (bytes.length < offset + signature.length) return false;
  return signature.every((byte, index) => bytes[offset + index] === byte);
}

const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

/** The file's type from its content, or null when it is none of the accepted types. */
export function sniffAttachmentType(head: Uint8Array): AttachmentMimeType | null {
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "image/png";
  if (startsWith(head, [0xff, 0xd8, 0xff])) return "image/jpeg";
  if (startsWith(head, ascii("RIFF")) && startsWith(head, ascii("WEBP"), 8)) return "image/webp";
  if (startsWith(head, ascii("%PDF-"))) return "application/pdf";
  return null;
}

export function isImageType(mimeType: string): boolean {
  return mimeType in ATTACHMENT_TYPES && ATTACHMENT_TYPES[mimeType as AttachmentMimeType].isImage;
}

/** The accepted types in words, for messages and the file picker's hint. */
export const ACCEPTED_TYPES_TEXT = "gambar PNG, JPEG, WebP, atau PDF";

/** For the file input's `accept`: a hint to the phone's picker, not a check. */
export const ACCEPT_ATTRIBUTE = Object.keys(ATTACHMENT_TYPES).join(",");

const MAX_NAME_LENGTH = 120;

/**
 * A file name fit to show and to send back in Content-Disposition: no folders, no control characters,
 * at most 120 characters (the extension kept), never empty.
 */
export function cleanFileName(name: string, mimeType: AttachmentMimeType): string {
  const base = name.split(/[\\/]/).pop() ?? "";
  let clean = base
    .replace(/[\u0000-\u001f\u007f"<>|*?:]/g, "")
    .replace(/\s+/g, " ")
    .trim();
  if (clean === "" || clean === "." || clean === "..") clean = "lampiran";
  clean = fileNameForType(clean, mimeType);
  if (clean.length > MAX_NAME_LENGTH) {
    const dot = clean.lastIndexOf(".");
    const ext = dot > 0 && clean.length - dot <= 6 ? clean.slice(dot) : "";
    clean = clean.slice(0, MAX_NAME_LENGTH - ext.length) + ext;
  }
  return clean;
}

/** Extensions that name one of our types; "jpeg" is the other spelling of "jpg". */
const KNOWN_EXTENSIONS: Record<string, AttachmentMimeType> = {
  png: "image/png",
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  webp: "image/webp",
  pdf: "application/pdf",
};

/**
 * The name with the extension of the type the content really is, so that the file opens with the right
 * program once downloaded: "x.png" holding a PDF becomes "x.pdf", "bukti" becomes "bukti.jpg", and a
 * thumbnail (always WebP) of "foto.png" is "foto.webp". A matching extension is kept as it was written.
 */
export function fileNameForType(name: string, mimeType: string): string {
  if (!(mimeType in ATTACHMENT_TYPES)) return name;
  const dot = name.lastIndexOf(".");
  const extension = dot > 0 ? name.slice(dot + 1).toLowerCase() : "";
  if (KNOWN_EXTENSIONS[extension] === mimeType) return name;
  const stem = KNOWN_EXTENSIONS[extension] ? name.slice(0, dot) : name;
  return `${stem}.${ATTACHMENT_TYPES[mimeType as AttachmentMimeType].extension}`;
}

const SIZE = new Intl.NumberFormat("id-ID", { maximumFractionDigits: 1 });

/** "850 B", "12 KB", "1,5 MB" (id-ID). */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${SIZE.format(bytes / 1024)} KB`;
  return `${SIZE.format(bytes / (1024 * 1024))} MB`;
}
