// The Inngest and clock settings in lib/server/config/env.ts: when Inngest runs the clocks, how the client
// reaches it, and the in-process sweep interval. Each case loads the env module fresh (it parses once).
import { afterEach, describe, expect, it, vi } from "vitest";

const KEYS = [
  "INNGEST_EVENT_KEY",
  "INNGEST_SIGNING_KEY",
  "INNGEST_DEV",
  "INNGEST_BASE_URL",
  "CLOCK_SWEEP_INTERVAL",
  "REPORT_CACHE_MAX_AGE",
] as const;
type Settings = Partial<Record<(typeof KEYS)[number], string>>;

async function loadEnv(settings: Settings) {
  for (const key of KEYS) vi.stubEnv(key, settings[key] ?? "");
  vi.resetModules();
  return import("@/lib/server/config");
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("Inngest settings", () => {
  it("runs the clocks in-process when nothing is set", async () => {
    const env = await loadEnv({});
    expect(env.isInngestConfigured()).toBe(false);
    expect(env.getClockSweepIntervalMs()).toBe(60_000);
  });

  it("uses Inngest Cloud (or a self-hosted server) with both keys", async () => {
    const env = await loadEnv({ INNGEST_EVENT_KEY: "ek", INNGEST_SIGNING_KEY: "signkey-prod-abc" });
    expect(env.isInngestConfigured()).toBe(true);
    expect(env.getInngestSettings()).toEqual({ isDev: false, eventKey: "ek", signingKey: "signkey-prod-abc" });

    const selfHosted = await loadEnv({
      INNGEST_EVENT_KEY: "ek",
      INNGEST_SIGNING_KEY: "sk",
      INNGEST_BASE_URL: "https://inngest.internal:8288",
    });
    expect(selfHosted.getInngestSettings()).toMatchObject({ isDev: false, baseUrl: "https://inngest.internal:8288" });
  });

  it("uses a dev server with INNGEST_DEV, at INNGEST_BASE_URL or the URL given in INNGEST_DEV", async () => {
    expect((await loadEnv({ INNGEST_DEV: "1" })).getInngestSettings()).toEqual({ isDev: true });
    const at = await loadEnv({ INNGEST_DEV: "true", INNGEST_BASE_URL: "http://127.0.0.1:8288" });
    expect(at.isInngestConfigured()).toBe(true);
    expect(at.getInngestSettings()).toEqual({ isDev: true, baseUrl: "http://127.0.0.1:8288" });
    expect((await loadEnv({ INNGEST_DEV: "http://localhost:8288" })).getInngestSettings()).toEqual({
      isDev: true,
      baseUrl: "http://localhost:8288",
    });
    expect((await loadEnv({ INNGEST_DEV: "0" })).isInngestConfigured()).toBe(false);
  });

  it.each<[Settings, RegExp]>([
    [{ INNGEST_EVENT_KEY: "ek" }, /INNGEST_SIGNING_KEY: .*harus diisi keduanya/],
    [{ INNGEST_SIGNING_KEY: "sk" }, /INNGEST_EVENT_KEY: .*harus diisi keduanya/],
    [{ INNGEST_DEV: "ya" }, /INNGEST_DEV: INNGEST_DEV harus 1, true, 0, false/],
    [{ INNGEST_BASE_URL: "localhost:8288" }, /INNGEST_BASE_URL: INNGEST_BASE_URL harus URL lengkap/],
    [{ CLOCK_SWEEP_INTERVAL: "sebentar" }, /CLOCK_SWEEP_INTERVAL: bukan durasi yang sah: "sebentar"/],
    [{ CLOCK_SWEEP_INTERVAL: "1s" }, /CLOCK_SWEEP_INTERVAL minimal 5s/],
    [
      { REPORT_CACHE_MAX_AGE: "2h" },
      /REPORT_CACHE_MAX_AGE: REPORT_CACHE_MAX_AGE harus durasi sampai 1h, atau 0\/off: "2h"/,
    ],
    [{ REPORT_CACHE_MAX_AGE: "-5m" }, /REPORT_CACHE_MAX_AGE harus durasi/],
  ])("stops with a message naming the variable: %o", async (settings, message) => {
    const env = await loadEnv(settings);
    expect(() => env.getEnv()).toThrow(message);
  });

  it("reads the sweep interval as a duration", async () => {
    expect((await loadEnv({ CLOCK_SWEEP_INTERVAL: "30s" })).getClockSweepIntervalMs()).toBe(30_000);
    expect((await loadEnv({ CLOCK_SWEEP_INTERVAL: "5m" })).getClockSweepIntervalMs()).toBe(300_000);
  });

  it("reuses report tables for 5 minutes unless told otherwise; 0 or off switches the reuse off", async () => {
    expect((await loadEnv({})).getReportCacheMaxAgeMs()).toBe(300_000);
    expect((await loadEnv({ REPORT_CACHE_MAX_AGE: "90s" })).getReportCacheMaxAgeMs()).toBe(90_000);
    expect((await loadEnv({ REPORT_CACHE_MAX_AGE: "0" })).getReportCacheMaxAgeMs()).toBe(0);
    expect((await loadEnv({ REPORT_CACHE_MAX_AGE: "OFF" })).getReportCacheMaxAgeMs()).toBe(0);
  });
});
