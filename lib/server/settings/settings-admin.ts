// The admin's side of the settings (/admin/pengaturan): what each value is and where it comes from,
// and saving new values — validated, written with an audit entry in one transaction, and loaded into
// the cache at once (lib/server/settings/settings.ts). An empty field removes the admin's value: the
// environment variable, or the default, applies again.
import "server-only";
import { z } from "zod";
import { authorize, type Actor } from "@/lib/domain";
import { formatDuration, parseDuration } from "@/lib/domain/duration";
import {
  DEFAULT_SETTINGS,
  DURATION_SETTING_KEYS,
  SETTING_BOUNDS,
  SETTING_KEYS,
  clockDurationsOf,
  describeSettingValue,
  isAttachmentTotalWithinRequest,
  isExpiryAfterEscalation,
  MAX_ATTACHMENT_TOTAL_MB,
  resolveSettings,
  type SettingKey,
  type SettingSource,
  type SettingValues,
} from "@/lib/domain/settings";
import { recordAudit } from "@/lib/server/admin/audit";
import { getEnvSettingValues, SETTING_ENV_NAMES } from "@/lib/server/config";
import type { PrismaClient } from "@/lib/server/generated/prisma/client";
import { notifyChange } from "@/lib/server/database";
import { getClockDurations, loadSettings, readStoredSettings } from "@/lib/server/settings";
import { refreshDeadlines } from "@/lib/server/tickets/deadline-column";
import { invalidField, invalidInput, refusal, type ServiceResult } from "@/lib/server/tickets/results";

export const SOURCE_LABEL: Record<SettingSource, string> = {
  admin: "diatur admin",
  env: "variabel lingkungan",
  default: "nilai bawaan",
};

// ------------------------------------------------------------------------------------------- reading

export interface SettingOverviewItem {
  key: SettingKey;
  /** The value in use, in words ("3 hari"). */
  text: string;
  source: SettingSource;
  /** The admin's value as the form shows it ("3d", "2,5"); "" when there is none. */
  adminInput: string;
  /** The environment variable's name, and its value in words when it is set. */
  envName: string;
  envText: string | null;
  defaultText: string;
}

/** Each setting's value in use and its sources, read from the database (not the cache). */
export async function getSettingsOverview(prisma: PrismaClient): Promise<Record<SettingKey, SettingOverviewItem>> {
  const stored = await readStoredSettings(prisma);
  const env = getEnvSettingValues();
  const { values, sources } = resolveSettings(stored, env);
  const item = (key: SettingKey): SettingOverviewItem => {
    const admin = stored[key];
    const fromEnv = env[key];
    return {
      key,
      text: describeSettingValue(key, values[key]),
      source: sources[key],
      adminInput: admin === undefined ? "" : inputTextOf(key, admin),
      envName: SETTING_ENV_NAMES[key],
      envText: fromEnv === undefined ? null : describeSettingValue(key, fromEnv),
      defaultText: describeSettingValue(key, DEFAULT_SETTINGS[key]),
    };
  };
  return Object.fromEntries(SETTING_KEYS.map((key) => [key, item(key)])) as Record<SettingKey, SettingOverviewItem>;
}

function inputTextOf(key: SettingKey, value: number): string {
  if (key === "attachmentMaxMb") return String(value).replace(".", ",");
  if (key === "attachmentMaxFiles") return String(value);
  return formatDuration(value);
}

// ------------------------------------------------------------------------------------------- saving

const DURATION_HINT = "Tulis durasi seperti 3d (3 hari), 72h (72 jam) atau 90m (90 menit).";

/** "" = no admin value (null); otherwise a duration within the bounds. */
const durationField = (key: SettingKey) =>
  z
    .string({ error: DURATION_HINT })
    .trim()
    .max(30, DURATION_HINT)
    .transform((text, ctx): number | null => {
      if (text === "") return null;
      const ms = parseDuration(text);
      const { min, max } = SETTING_BOUNDS[key];
      const message =
        ms === null
          ? DURATION_HINT
          : ms < min
            ? "Paling singkat 1 menit (1m)."
            : ms > max
              ? "Paling lama 30 hari (30d)."
              : null;
      if (message !== null) {
        ctx.addIssue({ code: "custom", message });
        return z.NEVER;
      }
      return ms;
    });

/** "" = no admin value; a decimal comma ("2,5") is accepted as well as a point. */
const numberField = (key: SettingKey, message: string) =>
  z
    .string({ error: message })
    .trim()
    .max(10, message)
    .transform((text, ctx): number | null => {
      if (text === "") return null;
      const value = /^\d+([.,]\d+)?$/.test(text) ? Number(text.replace(",", ".")) : Number.NaN;
      const { min, max, isInteger } = SETTING_BOUNDS[key];
      if (!(value >= min && value <= max) || (isInteger && !Number.isInteger(value))) {
        ctx.addIssue({ code: "custom", message });
        return z.NEVER;
      }
      // MB to one decimal: what the form says is what is stored.
      return isInteger ? value : Math.round(value * 10) / 10;
    });

export const saveSettingsSchema = z.object({
  escalationMs: durationField("escalationMs"),
  helpdeskAnswerMs: durationField("helpdeskAnswerMs"),
  expiryMs: durationField("expiryMs"),
  attachmentMaxFiles: numberField("attachmentMaxFiles", "Isi bilangan bulat 0 sampai 10, atau kosongkan."),
  attachmentMaxMb: numberField("attachmentMaxMb", "Isi angka 0,1 sampai 20 (MB), atau kosongkan."),
});
export type SaveSettingsInput = z.input<typeof saveSettingsSchema>;

/** The form's shape only (five texts), for the action wrapper; saveSettings parses the values themselves. */
export const settingsFormSchema = z.object(
  Object.fromEntries(
    SETTING_KEYS.map((key) => [key, z.string({ error: "Muat ulang halaman, lalu coba lagi." }).max(30)]),
  ) as Record<SettingKey, z.ZodString>,
);

export type SettingsSave = ServiceResult<{ changed: SettingKey[] }>;

function describeWithSource(key: SettingKey, value: number, source: SettingSource): string {
  return source === "admin"
    ? describeSettingValue(key, value)
    : `${describeSettingValue(key, value)} (${SOURCE_LABEL[source]})`;
}

export async function saveSettings(
  prisma: PrismaClient,
  actor: Actor,
  input: SaveSettingsInput,
): Promise<SettingsSave> {
  const allowed = authorize(actor, "admin.manage");
  if (!allowed.ok) return refusal(allowed.code, allowed.message);
  const parsed = saveSettingsSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const wanted = parsed.data;

  const env = getEnvSettingValues();
  const current = await readStoredSettings(prisma);
  const next: Partial<SettingValues> = {};
  for (const key of SETTING_KEYS) if (wanted[key] !== null) next[key] = wanted[key];
  const before = resolveSettings(current, env);
  const after = resolveSettings(next, env);

  // Checked only when the admin sets a duration: an installation's own environment values are its business.
  const adminDuration = DURATION_SETTING_KEYS.find((key) => next[key] !== undefined);
  if (adminDuration && !isExpiryAfterEscalation(clockDurationsOf(after.values))) {
    const escalation = describeSettingValue("escalationMs", after.values.escalationMs);
    return invalidField(
      next.expiryMs !== undefined ? "expiryMs" : "escalationMs",
      `Batas kedaluwarsa harus lebih lama dari batas eskalasi (${escalation}): bila tidak, pertanyaan sekolah yang belum dijawab berakhir sebelum sempat diteruskan ke helpdesk.`,
    );
  }

  const adminLimit = next.attachmentMaxFiles !== undefined || next.attachmentMaxMb !== undefined;
  if (adminLimit && !isAttachmentTotalWithinRequest(after.values)) {
    const { attachmentMaxFiles: files, attachmentMaxMb: mb } = after.values;
    return invalidField(
      next.attachmentMaxMb !== undefined ? "attachmentMaxMb" : "attachmentMaxFiles",
      `Jumlah berkas × ukuran paling besar boleh sampai ${MAX_ATTACHMENT_TOTAL_MB} MB per pesan; ${describeSettingValue("attachmentMaxFiles", files)} × ${describeSettingValue("attachmentMaxMb", mb)} melebihi itu.`,
    );
  }

  const changed = SETTING_KEYS.filter((key) => current[key] !== next[key]);
  if (changed.length === 0) return { ok: true, changed };
  const detail = Object.fromEntries(
    changed.map((key) => [
      key,
      `${describeWithSource(key, before.values[key], before.sources[key])} → ${describeWithSource(key, after.values[key], after.sources[key])}`,
    ]),
  );
  await prisma.$transaction(async (tx) => {
    for (const key of changed) {
      const value = next[key];
      if (value === undefined) await tx.setting.deleteMany({ where: { key } });
      else await tx.setting.upsert({ where: { key }, create: { key, value }, update: { value } });
    }
    await recordAudit(tx, { action: "SETTINGS_UPDATED", actorId: actor.userId, detail });
    // Every other server reloads its settings when this commits (lib/server/database/notify.ts).
    await notifyChange(tx, "settings");
  });
  // This process uses the new values at once; the other servers as soon as the notification arrives.
  await loadSettings(prisma);
  // The running tickets' stored next deadlines follow new durations at once (lists sort by them); the
  // clock sweep repairs whatever a server still on the old values writes meanwhile.
  if (changed.some((key) => (DURATION_SETTING_KEYS as readonly string[]).includes(key))) {
    await refreshDeadlines(prisma, getClockDurations());
  }
  return { ok: true, changed };
}
