// Next.js calls register() once when the server starts. It starts the SLA clocks: the in-process
// sweep, unless Inngest is configured (lib/server/clock/app-clock.ts). NEXT_RUNTIME is Next's own
// marker (the documented pattern); every setting of ours is read through lib/server/env.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startAppClock } = await import("./lib/server/clock/app-clock");
  startAppClock();
}
