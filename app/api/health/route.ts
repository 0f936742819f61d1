// Health for monitoring (not for the load balancer, which asks /api/sehat whether this server can answer):
// the database, when the SLA clocks last swept, and the oldest event still waiting for Inngest. 200 when
// all is well; 503 with the same JSON when the database does not answer or the clocks are late, so a
// monitor alerts before schools notice that nothing escalates. No session and no ticket data: only
// times and counts.
import { readAppClockHealth } from "@/lib/server/clock/app-clock";
import { getServerName } from "@/lib/server/config";

export const dynamic = "force-dynamic";

const HEADERS = { "Content-Type": "application/json; charset=utf-8", "Cache-Control": "no-store" };
const seconds = (from: Date | null, now: number) => (from ? Math.round((now - from.getTime()) / 1000) : null);

export async function GET(): Promise<Response> {
  const server = getServerName();
  let health;
  try {
    health = await readAppClockHealth();
  } catch (error) {
    console.error("[health] basis data tidak menjawab", error);
    return new Response(JSON.stringify({ status: "basis-data-tidak-menjawab", server }), {
      status: 503,
      headers: HEADERS,
    });
  }
  const now = Date.now();
  const body = {
    status: health.ok ? "sehat" : "jam-sla-terlambat",
    server,
    database: "menjawab",
    clock: {
      lastSweepAt: health.lastSweepAt?.toISOString() ?? null,
      lastSweepAgeSeconds: seconds(health.lastSweepAt, now),
      lastSweepServer: health.lastSweepServer,
      expectedEverySeconds: Math.round(health.expectedEveryMs / 1000),
      late: health.sweepLate,
    },
    outbox: {
      unsent: health.outbox.unsent,
      oldestUnsentAgeSeconds: seconds(health.outbox.oldestUnsentAt, now),
      late: health.outbox.late,
    },
  };
  return new Response(JSON.stringify(body, null, 2), { status: health.ok ? 200 : 503, headers: HEADERS });
}
