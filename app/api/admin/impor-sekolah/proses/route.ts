// Imports an uploaded export file, streaming its progress as NDJSON lines (one JSON object per line):
// {"type":"progress",…} while it runs, then {"type":"done","result":…} or {"type":"error","message":…}.
// Body: {"id": "<upload uuid>", "size": <bytes>, "dryRun": boolean}.
import { z } from "zod";
import { getDatabase, getPrisma } from "@/lib/server/database";
import {
  importSchoolsFromFile,
  authorizeImportRequest,
  plainResponse,
  completedUpload,
  copyUploadToFile,
  removeUpload,
} from "@/lib/server/schools";

export const dynamic = "force-dynamic";

const bodySchema = z.object({
  id: z.string().max(64),
  size: z.number().int().min(0),
  dryRun: z.boolean().default(false),
});
const GENERIC_FAILURE = "Terjadi kesalahan di server; tidak ada data yang diubah. Coba lagi sebentar lagi.";

export async function POST(request: Request): Promise<Response> {
  const auth = await authorizeImportRequest(request);
  if (!auth.ok) return auth.response;
  const body = bodySchema.safeParse(await request.json().catch(() => null));
  if (!body.success) return plainResponse(400, "Permintaan impor tidak sah.");
  const prisma = getPrisma();
  const upload = await completedUpload(prisma, auth.user.actor.userId, body.data.id, body.data.size);
  if (!upload.ok) return plainResponse(409, upload.message);

  const encoder = new TextEncoder();
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      // The admin may close the tab: the import still finishes (or rolls back) on its own.
      const send = (line: object) => {
        try {
          controller.enqueue(encoder.encode(`${JSON.stringify(line)}\n`));
        } catch {
          /* the browser went away */
        }
      };
      let local: Awaited<ReturnType<typeof copyUploadToFile>> | null = null;
      try {
        local = await copyUploadToFile(prisma, upload.upload);
        const result = await importSchoolsFromFile(getDatabase(), local.file, {
          actor: auth.user.actor,
          dryRun: body.data.dryRun,
          onProgress: (progress) => send({ type: "progress", ...progress }),
        });
        send({ type: "done", result });
      } catch (error) {
        console.error("[impor-sekolah] impor gagal", error);
        send({ type: "error", message: GENERIC_FAILURE });
      } finally {
        await local?.remove();
        await removeUpload(prisma, upload.upload);
        try {
          controller.close();
        } catch {
          /* already closed */
        }
      }
    },
  });
  return new Response(stream, {
    headers: {
      "Content-Type": "application/x-ndjson; charset=utf-8",
      // no-transform: compression would hold the progress lines back until the end.
      "Cache-Control": "no-store, no-transform",
      "X-Accel-Buffering": "no",
    },
  });
}
