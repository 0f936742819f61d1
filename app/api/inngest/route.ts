// Inngest calls this endpoint to register and run the SLA clock functions (inngest/functions).
// Without Inngest settings the clocks run in-process and this endpoint answers 404.
import type { NextRequest } from "next/server";
import { serve } from "inngest/next";
import { getInngest } from "@/lib/server/outbox/inngest-client";
import { createClockFunctions } from "@/inngest/functions";
import { getAppClockDeps } from "@/lib/server/clock/app-clock";
import { isInngestConfigured } from "@/lib/server/config";

export const dynamic = "force-dynamic";

type Handlers = ReturnType<typeof serve>;
let handlers: Handlers | undefined;

/** Built on the first request, so that building the app never needs the Inngest settings. */
function getHandlers(): Handlers | null {
  if (!isInngestConfigured()) return null;
  if (!handlers) {
    const client = getInngest();
    handlers = serve({ client, functions: Object.values(createClockFunctions({ client, getDeps: getAppClockDeps })) });
  }
  return handlers;
}

function notConfigured(): Response {
  return Response.json(
    { message: "Inngest tidak dikonfigurasi; jam SLA berjalan di dalam proses aplikasi." },
    { status: 404 },
  );
}

export async function GET(request: NextRequest, context: unknown) {
  return getHandlers()?.GET(request, context) ?? notConfigured();
}

export async function POST(request: NextRequest, context: unknown) {
  return getHandlers()?.POST(request, context) ?? notConfigured();
}

export async function PUT(request: NextRequest, context: unknown) {
  return getHandlers()?.PUT(request, context) ?? notConfigured();
}
