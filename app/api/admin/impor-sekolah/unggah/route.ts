// One piece (≤ 4 MB) of an export file being uploaded: ?id=<upload uuid>&offset=<byte where it starts>.
import { getPrisma } from "@/lib/server/database";
import { appendUploadPiece, UPLOAD_CHUNK_BYTES, authorizeImportRequest, plainResponse } from "@/lib/server/schools";

export const dynamic = "force-dynamic";

export async function POST(request: Request): Promise<Response> {
  const auth = await authorizeImportRequest(request);
  if (!auth.ok) return auth.response;
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > UPLOAD_CHUNK_BYTES) return plainResponse(413, "Potongan berkas terlalu besar.");
  const params = new URL(request.url).searchParams;
  const piece = new Uint8Array(await request.arrayBuffer());
  // A body shorter than announced was cut on the way: refuse it rather than store half a piece.
  if (declared > 0 && piece.byteLength !== declared)
    return plainResponse(400, "Potongan berkas tidak terkirim utuh. Unggah lagi.");
  const result = await appendUploadPiece(
    getPrisma(),
    auth.user.actor.userId,
    params.get("id") ?? "",
    Number(params.get("offset")),
    piece,
  );
  if (!result.ok) return plainResponse(result.status, result.message);
  return Response.json({ size: result.size }, { headers: { "Cache-Control": "no-store" } });
}
