// The one place that reads process.env (house rule 7). Parsed and validated once, on first use.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import { parseDuration } from "@/lib/domain/duration";
import { DEFAULT_DURATIONS, type ClockDurations } from "@/lib/domain/types";

const duration = (fallbackMs: number) =>
  z
    .string()
    .optional()
    .transform((text, ctx) => {
      if (text === undefined || text.trim() === "") return fallbackMs;
      const ms = parseDuration(text);
      if (ms === null) {
        ctx.addIssue({ code: "custom", message: `bukan durasi yang sah: "${text}" (contoh: 3d, 72h, 1m)` });
        return z.NEVER;
      }
      return ms;
    });

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /** postgresql://… to use a PostgreSQL server; unset = embedded PGlite in PGLITE_DIR. */
  DATABASE_URL: z
    .string()
    .optional()
    .transform((v) => (v && v.trim() !== "" ? v.trim() : undefined))
    .refine((v) => v === undefined || /^postgres(ql)?:\/\//.test(v), {
      message: "DATABASE_URL harus berawalan postgresql:// (kosongkan untuk basis data tertanam)",
    }),
  PGLITE_DIR: z.string().default(".data/pglite"),
  ESCALATION_DELAY: duration(DEFAULT_DURATIONS.escalationMs),
  HELPDESK_ANSWER_TARGET: duration(DEFAULT_DURATIONS.helpdeskAnswerMs),
  EXPIRY_DELAY: duration(DEFAULT_DURATIONS.expiryMs),
  /** Signs session tokens. Unset: a random secret kept in .data/auth-secret (fine for a demo, not for a cluster). */
  NEXTAUTH_SECRET: z.string().min(32, "NEXTAUTH_SECRET minimal 32 karakter").optional(),
  /** Public URL of the app; https://… makes the session cookie Secure. */
  NEXTAUTH_URL: z.url({ message: "NEXTAUTH_URL harus URL lengkap, mis. https://helpdesk.example.go.id" }).optional(),
  /** Dapodik authentication endpoint for school operators; unset = school accounts held locally. */
  DAPODIK_AUTH_URL: z
    .string()
    .optional()
    .transform((v) => (v && v.trim() !== "" ? v.trim() : undefined))
    .pipe(
      z
        .string()
        .regex(/^https?:\/\/\S+$/, "DAPODIK_AUTH_URL harus URL lengkap (http:// atau https://)")
        .optional(),
    ),
  /** How long to wait for Dapodik's complete answer (1s–60s). */
  DAPODIK_TIMEOUT: duration(5000).pipe(
    z.number().min(1000, "DAPODIK_TIMEOUT minimal 1s").max(60_000, "DAPODIK_TIMEOUT maksimal 60s"),
  ),
});

export type Env = z.infer<typeof envSchema>;

let cached: Env | undefined;

/** Validated settings; throws one readable error listing every bad variable. */
export function getEnv(): Env {
  if (cached) return cached;
  const parsed = envSchema.safeParse(process.env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Pengaturan lingkungan tidak sah:\n${lines.join("\n")}`);
  }
  cached = parsed.data;
  return cached;
}

const SECRET_FILE = path.join(".data", "auth-secret");

/** The session-signing secret: NEXTAUTH_SECRET, or one generated once and kept in .data/auth-secret. */
export function getAuthSecret(): string {
  const configured = getEnv().NEXTAUTH_SECRET;
  if (configured) return configured;
  try {
    return fs.readFileSync(SECRET_FILE, "utf8").trim();
  } catch {
    fs.mkdirSync(path.dirname(SECRET_FILE), { recursive: true });
    const secret = crypto.randomBytes(32).toString("base64url");
    // "wx": if another process wrote it first, keep theirs.
    try {
      fs.writeFileSync(SECRET_FILE, secret, { flag: "wx", mode: 0o600 });
      return secret;
    } catch {
      return fs.readFileSync(SECRET_FILE, "utf8").trim();
    }
  }
}

export function getClockDurations(): ClockDurations {
  const env = getEnv();
  return {
    escalationMs: env.ESCALATION_DELAY,
    helpdeskAnswerMs: env.HELPDESK_ANSWER_TARGET,
    expiryMs: env.EXPIRY_DELAY,
  };
}

/** Where the database lives, for messages and scripts. */
export type DatabaseTarget = { kind: "postgres"; url: string } | { kind: "pglite"; dir: string };

export function getDatabaseTarget(): DatabaseTarget {
  const env = getEnv();
  return env.DATABASE_URL ? { kind: "postgres", url: env.DATABASE_URL } : { kind: "pglite", dir: env.PGLITE_DIR };
}
