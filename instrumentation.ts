// Next.js calls register() once when the server starts. It refuses to start a production server that
// has no NEXTAUTH_SECRET (unless HELPDESK_DEMO says it is a demo). It loads the admin's settings (the clock
// durations and attachment limits, lib/server/settings/settings.ts) before anything reads them, listens for
// another server's changes to them, then starts the SLA clocks: the in-process sweep, unless Inngest is
// configured (lib/server/clock/app-clock.ts).
// NEXT_RUNTIME is Next's own marker (the documented pattern); every setting of ours is read through
// lib/server/config/env.ts.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // A production server without its secret refuses to start, saying why (lib/server/config/startup.ts).
  (await import("@/lib/server/config")).exitIfUnsafeToStart();
  const [{ getPrisma }, { loadSettings, watchSettings }, { startAppClock }] = await Promise.all([
    import("@/lib/server/database"),
    import("@/lib/server/settings"),
    import("./lib/server/clock/app-clock"),
  ]);
  try {
    await loadSettings(getPrisma());
  } catch (error) {
    // The app still serves with the environment's values (or the defaults); the next read retries.
    console.error("[settings] pengaturan admin tidak dapat dimuat saat server mulai", error);
  }
  // Another server's save reaches this one within moments (PostgreSQL LISTEN/NOTIFY).
  watchSettings(getPrisma());
  startAppClock();
}
