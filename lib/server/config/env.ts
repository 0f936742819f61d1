// The one place that reads process.env (docs/conventions.md, rule 7). Parsed and validated once, on first use.
import "server-only";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { z } from "zod";
import { parseDuration } from "@/lib/domain/duration";
import type { SettingValues } from "@/lib/domain/settings";

/** A duration like "3d"; empty or unset = undefined. */
const optionalDuration = z
  .string()
  .optional()
  .transform((text, ctx) => {
    if (text === undefined || text.trim() === "") return undefined;
    const ms = parseDuration(text);
    if (ms === null) {
      ctx.addIssue({ code: "custom", message: `bukan durasi yang sah: "${text}" (contoh: 3d, 72h, 1m)` });
      return z.NEVER;
    }
    return ms;
  });

const duration = (fallbackMs: number) => optionalDuration.transform((ms) => ms ?? fallbackMs);

/** Empty or unset = undefined (z.coerce would turn "" into 0). */
const blankToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

/** Trimmed text; empty or unset = undefined. */
const optionalText = z
  .string()
  .optional()
  .transform((v) => (v && v.trim() !== "" ? v.trim() : undefined));

const envSchema = z
  .object({
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
    /** The clock durations and attachment limits: unset = the admin's value or the default (lib/server/settings/settings.ts). */
    ESCALATION_DELAY: optionalDuration,
    HELPDESK_ANSWER_TARGET: optionalDuration,
    EXPIRY_DELAY: optionalDuration,
    /** Signs session tokens. Unset: a random secret kept in .data/auth-secret (fine for a demo, not for a cluster). */
    NEXTAUTH_SECRET: z.string().min(32, "NEXTAUTH_SECRET minimal 32 karakter").optional(),
    /**
     * "1"/"true": this is a demo or a trial. Only then may a production build (`npm start`) run without
     * NEXTAUTH_SECRET, on a secret generated into .data/auth-secret (`npm run demo` sets it).
     */
    HELPDESK_DEMO: optionalText.pipe(
      z
        .string()
        .regex(/^(1|true|0|false)$/i, "HELPDESK_DEMO harus 1, true, 0 atau false")
        .optional(),
    ),
    /** Public URL of the app; https://… makes the session cookie Secure and turns on HSTS. */
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
    /** Inngest Cloud / self-hosted keys (both or neither). Unset = the SLA clocks run in-process. */
    INNGEST_EVENT_KEY: optionalText,
    INNGEST_SIGNING_KEY: optionalText,
    /** "1"/"true": use an Inngest dev server (at INNGEST_BASE_URL, or the SDK's default); an http(s) URL: a dev server there. */
    INNGEST_DEV: optionalText.pipe(
      z
        .string()
        .regex(/^(1|true|0|false|https?:\/\/\S+)$/i, "INNGEST_DEV harus 1, true, 0, false, atau URL server dev Inngest")
        .optional(),
    ),
    /** Where the Inngest server is (self-hosted or dev server); unset = Inngest Cloud / the dev default. */
    INNGEST_BASE_URL: optionalText.pipe(
      z
        .string()
        .regex(/^https?:\/\/\S+$/, "INNGEST_BASE_URL harus URL lengkap (http:// atau https://)")
        .optional(),
    ),
    /**
     * S3-compatible object storage for attachments (AWS S3, MinIO, Cloudflare R2, Ceph): set S3_BUCKET to
     * use it instead of ATTACHMENT_DIR. S3_ENDPOINT for anything but AWS; credentials from S3_ACCESS_KEY_ID /
     * S3_SECRET_ACCESS_KEY, else the AWS SDK's usual sources (instance role, AWS_* variables).
     */
    S3_BUCKET: optionalText,
    S3_ENDPOINT: optionalText.pipe(
      z
        .string()
        .regex(/^https?:\/\/\S+$/, "S3_ENDPOINT harus URL lengkap (http:// atau https://)")
        .optional(),
    ),
    S3_REGION: optionalText,
    S3_ACCESS_KEY_ID: optionalText,
    S3_SECRET_ACCESS_KEY: optionalText,
    /** "1"/"true": bucket in the path (MinIO, Ceph; the default with S3_ENDPOINT); "0"/"false": as a subdomain. */
    S3_FORCE_PATH_STYLE: optionalText.pipe(
      z
        .string()
        .regex(/^(1|true|0|false)$/i, "S3_FORCE_PATH_STYLE harus 1, true, 0 atau false")
        .optional(),
    ),
    /** A folder inside the bucket, e.g. "lampiran/" (a bucket shared with other data). */
    S3_PREFIX: optionalText.pipe(
      z
        .string()
        .regex(/^[A-Za-z0-9._-]+(\/[A-Za-z0-9._-]+)*\/?$/, "S3_PREFIX hanya huruf, angka, . _ - dan /, tanpa / di awal")
        .optional(),
    ),
    /** This server's name in logs, the health check and the X-Helpdesk-Server header (default: host name and port). */
    SERVER_NAME: optionalText,
    /** Folder for uploaded attachments, outside the web root (created when missing). */
    ATTACHMENT_DIR: z.string().trim().min(1).default(".data/lampiran"),
    /** Attachments per message (0–10). */
    ATTACHMENT_MAX_FILES: z.preprocess(
      blankToUndefined,
      z.coerce
        .number()
        .int("ATTACHMENT_MAX_FILES harus bilangan bulat")
        .min(0, "ATTACHMENT_MAX_FILES minimal 0")
        .max(10, "ATTACHMENT_MAX_FILES maksimal 10")
        .optional(),
    ),
    /** Largest attachment in MB (0.1–20). */
    ATTACHMENT_MAX_MB: z.preprocess(
      blankToUndefined,
      z.coerce.number().min(0.1, "ATTACHMENT_MAX_MB minimal 0.1").max(20, "ATTACHMENT_MAX_MB maksimal 20").optional(),
    ),
    /** How often the in-process sweep runs when Inngest is not configured (5s–1h). */
    CLOCK_SWEEP_INTERVAL: duration(60_000).pipe(
      z.number().min(5000, "CLOCK_SWEEP_INTERVAL minimal 5s").max(3_600_000, "CLOCK_SWEEP_INTERVAL maksimal 1h"),
    ),
    /**
     * How long the SLA report reuses tables it computed (lib/server/reports/snapshots.ts): a duration up to
     * 1h, default 5m; "0" or "off" computes them afresh on every view.
     */
    REPORT_CACHE_MAX_AGE: z
      .string()
      .optional()
      .transform((text, ctx) => {
        if (text === undefined || text.trim() === "") return 300_000;
        if (/^(0|off)$/i.test(text.trim())) return 0;
        const ms = parseDuration(text);
        if (ms === null || ms > 3_600_000) {
          ctx.addIssue({
            code: "custom",
            message: `REPORT_CACHE_MAX_AGE harus durasi sampai 1h, atau 0/off: "${text}"`,
          });
          return z.NEVER;
        }
        return ms;
      }),
  })
  .superRefine((env, ctx) => {
    if (!env.S3_BUCKET) {
      for (const name of ["S3_ENDPOINT", "S3_ACCESS_KEY_ID", "S3_SECRET_ACCESS_KEY", "S3_PREFIX"] as const) {
        if (env[name]) ctx.addIssue({ code: "custom", path: [name], message: `${name} diisi tetapi S3_BUCKET kosong` });
      }
    }
    if (Boolean(env.S3_ACCESS_KEY_ID) !== Boolean(env.S3_SECRET_ACCESS_KEY)) {
      ctx.addIssue({
        code: "custom",
        path: [env.S3_ACCESS_KEY_ID ? "S3_SECRET_ACCESS_KEY" : "S3_ACCESS_KEY_ID"],
        message: "S3_ACCESS_KEY_ID dan S3_SECRET_ACCESS_KEY harus diisi keduanya (atau dikosongkan keduanya)",
      });
    }
    if (Boolean(env.INNGEST_EVENT_KEY) !== Boolean(env.INNGEST_SIGNING_KEY)) {
      ctx.addIssue({
        code: "custom",
        path: [env.INNGEST_EVENT_KEY ? "INNGEST_SIGNING_KEY" : "INNGEST_EVENT_KEY"],
        message: "INNGEST_EVENT_KEY dan INNGEST_SIGNING_KEY harus diisi keduanya (atau dikosongkan keduanya)",
      });
    }
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

export const MISSING_SECRET_MESSAGE =
  "NEXTAUTH_SECRET belum diatur. Di produksi, atur NEXTAUTH_SECRET (minimal 32 karakter acak, sama di semua server), misalnya dari `openssl rand -base64 32`. Untuk mencoba aplikasi saja, jalankan dengan HELPDESK_DEMO=1 (kunci dibuat otomatis di .data/auth-secret).";

/**
 * Why this environment must not serve, or null. A production server without NEXTAUTH_SECRET would sign
 * sessions with a key generated on its own disk: another server cannot read them, and a copied .data
 * folder carries the key along. Allowed only when it says it is a demo (HELPDESK_DEMO).
 */
export function startupRefusal(env: Env = getEnv()): string | null {
  if (env.NODE_ENV === "production" && !env.NEXTAUTH_SECRET && !isOn(env.HELPDESK_DEMO)) return MISSING_SECRET_MESSAGE;
  return null;
}

function isOn(flag: string | undefined): boolean {
  return flag !== undefined && /^(1|true)$/i.test(flag);
}

/** The public URL is https: cookies are Secure and pages carry Strict-Transport-Security. */
export function isPublicUrlHttps(env: Env = getEnv()): boolean {
  return env.NEXTAUTH_URL?.startsWith("https://") ?? false;
}

/** The session-signing secret: NEXTAUTH_SECRET, or (development, or a demo) one generated once and kept in .data/auth-secret. */
export function getAuthSecret(): string {
  const configured = getEnv().NEXTAUTH_SECRET;
  if (configured) return configured;
  const refusal = startupRefusal();
  if (refusal) throw new Error(refusal);
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

/**
 * The clock durations and attachment limits set in the environment, only those that are set: the
 * values in use come from lib/server/settings/settings.ts (admin value > these > defaults).
 */
export function getEnvSettingValues(): Partial<SettingValues> {
  const env = getEnv();
  const values: Partial<SettingValues> = {
    escalationMs: env.ESCALATION_DELAY,
    helpdeskAnswerMs: env.HELPDESK_ANSWER_TARGET,
    expiryMs: env.EXPIRY_DELAY,
    attachmentMaxFiles: env.ATTACHMENT_MAX_FILES,
    attachmentMaxMb: env.ATTACHMENT_MAX_MB,
  };
  return Object.fromEntries(
    Object.entries(values).filter(([, value]) => value !== undefined),
  ) as Partial<SettingValues>;
}

/** The environment variable behind each setting, for the admin page and messages. */
export const SETTING_ENV_NAMES: Record<keyof SettingValues, string> = {
  escalationMs: "ESCALATION_DELAY",
  helpdeskAnswerMs: "HELPDESK_ANSWER_TARGET",
  expiryMs: "EXPIRY_DELAY",
  attachmentMaxFiles: "ATTACHMENT_MAX_FILES",
  attachmentMaxMb: "ATTACHMENT_MAX_MB",
};

/** Object storage for attachments, when S3_BUCKET is set. */
export interface S3Settings {
  bucket: string;
  endpoint?: string;
  region: string;
  accessKeyId?: string;
  secretAccessKey?: string;
  forcePathStyle: boolean;
  /** "" or ending in "/". */
  prefix: string;
}

export function getS3Settings(): S3Settings | null {
  const env = getEnv();
  if (!env.S3_BUCKET) return null;
  const prefix = env.S3_PREFIX ? env.S3_PREFIX.replace(/\/?$/, "/") : "";
  return {
    bucket: env.S3_BUCKET,
    ...(env.S3_ENDPOINT ? { endpoint: env.S3_ENDPOINT } : {}),
    region: env.S3_REGION ?? "us-east-1",
    ...(env.S3_ACCESS_KEY_ID ? { accessKeyId: env.S3_ACCESS_KEY_ID } : {}),
    ...(env.S3_SECRET_ACCESS_KEY ? { secretAccessKey: env.S3_SECRET_ACCESS_KEY } : {}),
    forcePathStyle: env.S3_FORCE_PATH_STYLE ? /^(1|true)$/i.test(env.S3_FORCE_PATH_STYLE) : Boolean(env.S3_ENDPOINT),
    prefix,
  };
}

/** This server's name: SERVER_NAME, else host name and port. */
export function getServerName(): string {
  return getEnv().SERVER_NAME ?? `${os.hostname()}:${process.env.PORT ?? "3000"}`;
}

/** The attachment folder, absolute. */
export function getAttachmentDir(): string {
  return path.resolve(getEnv().ATTACHMENT_DIR);
}

/** Where the database lives, for messages and scripts. */
export type DatabaseTarget = { kind: "postgres"; url: string } | { kind: "pglite"; dir: string };

export function getDatabaseTarget(): DatabaseTarget {
  const env = getEnv();
  return env.DATABASE_URL ? { kind: "postgres", url: env.DATABASE_URL } : { kind: "pglite", dir: env.PGLITE_DIR };
}

/** How the app reaches Inngest, when it does (see README "SLA clocks"). */
export interface InngestSettings {
  eventKey?: string;
  signingKey?: string;
  /** True: an Inngest dev server (no keys, no signature checks). */
  isDev: boolean;
  baseUrl?: string;
}

function isDevFlag(value: string | undefined): boolean {
  return value !== undefined && !/^(0|false)$/i.test(value);
}

/** Inngest runs the clocks when a dev server is asked for or both keys are set; otherwise they run in-process. */
export function isInngestConfigured(): boolean {
  const env = getEnv();
  return isDevFlag(env.INNGEST_DEV) || Boolean(env.INNGEST_EVENT_KEY && env.INNGEST_SIGNING_KEY);
}

export function getInngestSettings(): InngestSettings {
  const env = getEnv();
  const isDev = isDevFlag(env.INNGEST_DEV);
  // INNGEST_DEV=http://host:8288 names the dev server itself (the SDK's own convention).
  const devUrl = isDev && env.INNGEST_DEV && /^https?:/i.test(env.INNGEST_DEV) ? env.INNGEST_DEV : undefined;
  return {
    isDev,
    ...(env.INNGEST_EVENT_KEY ? { eventKey: env.INNGEST_EVENT_KEY } : {}),
    ...(env.INNGEST_SIGNING_KEY ? { signingKey: env.INNGEST_SIGNING_KEY } : {}),
    ...((env.INNGEST_BASE_URL ?? devUrl) ? { baseUrl: env.INNGEST_BASE_URL ?? devUrl } : {}),
  };
}

/** How long report snapshots are reused (ms); 0 = never reused. */
export function getReportCacheMaxAgeMs(): number {
  return getEnv().REPORT_CACHE_MAX_AGE;
}

/** How often the in-process sweep runs (only when Inngest is not configured). */
export function getClockSweepIntervalMs(): number {
  return getEnv().CLOCK_SWEEP_INTERVAL;
}
