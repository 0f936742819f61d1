// Moving the attachment files from one store to another — in practice from the folder of a single
// server to object storage, when the helpdesk grows to several servers (`npm run attachments:to-s3`).
// Safe to run while the app serves and to run again: a file already in the target with the same size is
// skipped, each copy is checked by its size in the target, and the folder's copy is removed only when
// asked and only after that check. Only the app's own names move (no temporary or foreign files).
import "server-only";
import { ATTACHMENT_TYPES } from "@/lib/domain";
import { KEY_PATTERN, THUMBNAIL_SUFFIX, type FileStore } from "./file-store";

export interface MoveReport {
  copied: number;
  alreadyThere: number;
  removedFromSource: number;
  failed: { name: string; reason: string }[];
}

const TYPE_BY_EXTENSION = new Map<string, string>(
  Object.entries(ATTACHMENT_TYPES).map(([mime, type]) => [type.extension, mime]),
);

function contentTypeOf(name: string): string | null {
  if (name.endsWith(THUMBNAIL_SUFFIX))
    return KEY_PATTERN.test(name.slice(0, -THUMBNAIL_SUFFIX.length)) ? "image/webp" : null;
  if (!KEY_PATTERN.test(name)) return null;
  return TYPE_BY_EXTENSION.get(name.slice(name.lastIndexOf(".") + 1)) ?? null;
}

export async function moveStore(
  source: FileStore,
  target: FileStore,
  {
    removeFromSource = false,
    onFile,
  }: { removeFromSource?: boolean; onFile?: (name: string, done: number) => void } = {},
): Promise<MoveReport> {
  const report: MoveReport = { copied: 0, alreadyThere: 0, removedFromSource: 0, failed: [] };
  let done = 0;
  for await (const object of source.list()) {
    const contentType = contentTypeOf(object.name);
    if (!contentType) continue;
    try {
      const file = await source.read(object.name);
      if (!file) continue; // removed meanwhile (an orphan cleanup)
      const there = await target.sizeOf(object.name);
      if (there === file.size) {
        await file.body.cancel();
        report.alreadyThere += 1;
      } else {
        const bytes = Buffer.from(await new Response(file.body).arrayBuffer());
        await target.put(object.name, bytes, contentType);
        if ((await target.sizeOf(object.name)) !== bytes.length)
          throw new Error("ukuran di tujuan berbeda setelah disalin");
        report.copied += 1;
      }
      if (removeFromSource) {
        await source.remove([object.name]);
        report.removedFromSource += 1;
      }
    } catch (error) {
      report.failed.push({ name: object.name, reason: error instanceof Error ? error.message : String(error) });
    }
    done += 1;
    onFile?.(object.name, done);
  }
  return report;
}
