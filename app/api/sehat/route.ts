// Health check for the proxy and the process manager: 200 when this server can answer (its database
// answers a trivial query), 503 otherwise. No session, no data, never cached.
import { getPrisma } from "@/lib/server/database";
import { getServerName } from "@/lib/server/config";

export const dynamic = "force-dynamic";

const HEADERS = { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" };

export async function GET(): Promise<Response> {
  try {
    await getPrisma().$queryRaw`SELECT 1`;
    return new Response(`sehat ${getServerName()}\n`, { status: 200, headers: HEADERS });
  } catch (error) {
    console.error("[sehat] basis data tidak menjawab", error);
    return new Response("basis data tidak menjawab\n", { status: 503, headers: HEADERS });
  }
}
