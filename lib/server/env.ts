// The one place that reads process.env (house rule 7). Parsed and validated once, on first use.
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
