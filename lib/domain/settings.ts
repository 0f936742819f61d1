// The installation settings an admin may change: the three SLA clock durations and the attachment
// limits. Pure rules only: their defaults, their bounds, how the three sources are layered
// (admin value > environment variable > default) and which combinations make sense.
import { DAY_MS, type ClockDurations } from "./types";

export const SETTING_KEYS = [
  "escalationMs",
  "helpdeskAnswerMs",
  "expiryMs",
  "attachmentMaxFiles",
  "attachmentMaxMb",
] as const;
export type SettingKey = (typeof SETTING_KEYS)[number];
export type SettingValues = Record<SettingKey, number>;

export const DURATION_SETTING_KEYS = [
  "escalationMs",
  "helpdeskAnswerMs",
  "expiryMs",
] as const satisfies readonly SettingKey[];
export type DurationSettingKey = (typeof DURATION_SETTING_KEYS)[number];

/** Where the value in use comes from. */
export type SettingSource = "admin" | "env" | "default";

/**
 * The service's clocks unless an admin (at /admin/pengaturan) or the environment says otherwise: a school's
 * question leaves its district after 3 days, the helpdesk answers within 3 days, a ticket ends after 7
 * days without a response. This is the one place to change a default; resolveSettings() below applies
 * the overrides.
 */
export const DEFAULT_DURATIONS: ClockDurations = {
  escalationMs: 3 * DAY_MS,
  helpdeskAnswerMs: 3 * DAY_MS,
  expiryMs: 7 * DAY_MS,
};

export const DEFAULT_SETTINGS: SettingValues = {
  ...DEFAULT_DURATIONS,
  attachmentMaxFiles: 3,
  attachmentMaxMb: 5,
};

const MINUTE_MS = 60_000;

/**
 * What an admin may enter. Durations: at least a minute (shorter is a test set-up, done with the
 * environment variables) and at most 30 days (a school waiting longer has been failed anyway).
 */
export const SETTING_BOUNDS: Record<SettingKey, { min: number; max: number; isInteger: boolean }> = {
  escalationMs: { min: MINUTE_MS, max: 30 * DAY_MS, isInteger: true },
  helpdeskAnswerMs: { min: MINUTE_MS, max: 30 * DAY_MS, isInteger: true },
  expiryMs: { min: MINUTE_MS, max: 30 * DAY_MS, isInteger: true },
  attachmentMaxFiles: { min: 0, max: 10, isInteger: true },
  attachmentMaxMb: { min: 0.1, max: 20, isInteger: false },
};

export function isWithinBounds(key: SettingKey, value: number): boolean {
  const bounds = SETTING_BOUNDS[key];
  return (
    Number.isFinite(value) &&
    value >= bounds.min &&
    value <= bounds.max &&
    (!bounds.isInteger || Number.isInteger(value))
  );
}

export interface ResolvedSettings {
  values: SettingValues;
  sources: Record<SettingKey, SettingSource>;
}

/** Admin value > environment variable > default, key by key. A stored value out of bounds is ignored. */
export function resolveSettings(stored: Partial<SettingValues>, env: Partial<SettingValues>): ResolvedSettings {
  const values = { ...DEFAULT_SETTINGS };
  const sources = Object.fromEntries(SETTING_KEYS.map((key) => [key, "default"])) as Record<SettingKey, SettingSource>;
  for (const key of SETTING_KEYS) {
    const admin = stored[key];
    const fromEnv = env[key];
    if (admin !== undefined && isWithinBounds(key, admin)) {
      values[key] = admin;
      sources[key] = "admin";
    } else if (fromEnv !== undefined) {
      values[key] = fromEnv;
      sources[key] = "env";
    }
  }
  return { values, sources };
}

export function clockDurationsOf(values: SettingValues): ClockDurations {
  return { escalationMs: values.escalationMs, helpdeskAnswerMs: values.helpdeskAnswerMs, expiryMs: values.expiryMs };
}

/**
 * One message's files travel in one request, which the server accepts up to 64 MB (next.config.mjs);
 * files × size must stay under that with room for the text.
 */
export const MAX_ATTACHMENT_TOTAL_MB = 60;

export function isAttachmentTotalWithinRequest(
  values: Pick<SettingValues, "attachmentMaxFiles" | "attachmentMaxMb">,
): boolean {
  return values.attachmentMaxFiles * values.attachmentMaxMb <= MAX_ATTACHMENT_TOTAL_MB;
}

/**
 * Expiry must be longer than escalation: the expiry clock of an unanswered school question starts when
 * it is opened, like the escalation clock, so with an expiry as short as the escalation the question
 * would end at the district ("tidak ada tanggapan") before it could ever reach the helpdesk.
 */
export function isExpiryAfterEscalation(durations: ClockDurations): boolean {
  return durations.expiryMs > durations.escalationMs;
}

const NUMBER = new Intl.NumberFormat("id-ID", { maximumFractionDigits: 1 });
const UNITS = [
  { ms: DAY_MS, word: "hari" },
  { ms: 3_600_000, word: "jam" },
  { ms: MINUTE_MS, word: "menit" },
  { ms: 1000, word: "detik" },
] as const;

/** 259200000 → "3 hari", 129600000 → "36 jam", 5400000 → "90 menit": the largest unit that is exact. */
export function describeDurationMs(ms: number): string {
  const unit = UNITS.find((candidate) => ms >= candidate.ms && ms % candidate.ms === 0);
  return unit ? `${NUMBER.format(ms / unit.ms)} ${unit.word}` : `${NUMBER.format(ms)} milidetik`;
}

/** A setting's value in words: "3 hari", "3 berkas", "2,5 MB". */
export function describeSettingValue(key: SettingKey, value: number): string {
  if (key === "attachmentMaxFiles") return `${NUMBER.format(value)} berkas`;
  if (key === "attachmentMaxMb") return `${NUMBER.format(value)} MB`;
  return describeDurationMs(value);
}
