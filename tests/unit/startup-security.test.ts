// What lib/server/config/env.ts decides about running securely: a production server refuses to start without
// its own session secret unless it is a demo, and an https public URL means Secure cookies and HSTS.
// Each case loads the env module fresh (it parses once).
import { afterEach, describe, expect, it, vi } from "vitest";

const KEYS = ["NODE_ENV", "NEXTAUTH_SECRET", "HELPDESK_DEMO", "NEXTAUTH_URL"] as const;
type Settings = Partial<Record<(typeof KEYS)[number], string>>;

async function loadEnv(settings: Settings) {
  // Unset means absent (an empty NEXTAUTH_URL or NODE_ENV would be a different, invalid setting).
  for (const key of KEYS) vi.stubEnv(key, settings[key]);
  vi.resetModules();
  return import("@/lib/server/config");
}

afterEach(() => {
  vi.unstubAllEnvs();
});

const SECRET = "k".repeat(40);

describe("the session secret at start", () => {
  it("a production server without NEXTAUTH_SECRET refuses to start and says what to set", async () => {
    const env = await loadEnv({ NODE_ENV: "production" });
    expect(env.startupRefusal()).toBe(env.MISSING_SECRET_MESSAGE);
    expect(env.MISSING_SECRET_MESSAGE).toContain("atur NEXTAUTH_SECRET");
    expect(() => env.getAuthSecret()).toThrow("NEXTAUTH_SECRET belum diatur");
  });

  it("starts with its own secret, or as a declared demo, or in development", async () => {
    expect((await loadEnv({ NODE_ENV: "production", NEXTAUTH_SECRET: SECRET })).startupRefusal()).toBeNull();
    expect((await loadEnv({ NODE_ENV: "production", HELPDESK_DEMO: "1" })).startupRefusal()).toBeNull();
    expect((await loadEnv({ NODE_ENV: "production", HELPDESK_DEMO: "true" })).startupRefusal()).toBeNull();
    expect((await loadEnv({ NODE_ENV: "development" })).startupRefusal()).toBeNull();
    // "0" is not a demo.
    expect((await loadEnv({ NODE_ENV: "production", HELPDESK_DEMO: "0" })).startupRefusal()).not.toBeNull();
  });

  it("names a mistyped HELPDESK_DEMO", async () => {
    const env = await loadEnv({ HELPDESK_DEMO: "ya" });
    expect(() => env.getEnv()).toThrow("HELPDESK_DEMO harus 1, true, 0 atau false");
  });
});

describe("https", () => {
  it("an https public URL means Secure cookies and HSTS; http does not", async () => {
    expect((await loadEnv({ NEXTAUTH_URL: "https://helpdesk.example.go.id" })).isPublicUrlHttps()).toBe(true);
    expect((await loadEnv({ NEXTAUTH_URL: "http://127.0.0.1:3000" })).isPublicUrlHttps()).toBe(false);
    expect((await loadEnv({})).isPublicUrlHttps()).toBe(false);
  });

  it("proxy.ts sends Strict-Transport-Security only when the public URL is https", async () => {
    const { NextRequest } = await import("next/server");
    await loadEnv({ NEXTAUTH_URL: "https://helpdesk.example.go.id" });
    const secure = (await import("@/proxy")).proxy(new NextRequest("https://helpdesk.example.go.id/masuk"));
    expect(secure.headers.get("strict-transport-security")).toBe("max-age=31536000");
    await loadEnv({ NEXTAUTH_URL: "http://127.0.0.1:3000" });
    const plain = (await import("@/proxy")).proxy(new NextRequest("http://127.0.0.1:3000/masuk"));
    expect(plain.headers.get("strict-transport-security")).toBeNull();
    expect(plain.headers.get("x-frame-options")).toBe("DENY");
  });
});
