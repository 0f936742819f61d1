// The audit log of sign-ins, account changes and master-data changes (categories, settings); admins
// read it. Never stores passwords.
import type { Prisma, PrismaClient } from "./generated/prisma/client";

export const AUDIT_ACTIONS = [
  "SIGN_IN",
  "SIGN_IN_FAILED",
  "SIGN_IN_THROTTLED",
  "SIGN_OUT",
  "SIGN_OUT_OTHER_SESSIONS",
  "PASSWORD_CHANGED",
  "PASSWORD_CHANGE_FAILED",
  "PASSWORD_RESET",
  "ACCOUNT_CREATED",
  "ACCOUNT_UPDATED",
  "ACCOUNT_DEACTIVATED",
  "ACCOUNT_REACTIVATED",
  "DAPODIK_ACCOUNT_LINKED",
  "CATEGORY_CREATED",
  "CATEGORY_UPDATED",
  "CATEGORY_RETIRED",
  "CATEGORY_REACTIVATED",
  "SETTINGS_UPDATED",
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export interface AuditEntry {
  action: AuditAction;
  actorId?: string | null;
  targetUserId?: string | null;
  username?: string | null;
  ipAddress?: string | null;
  detail?: Record<string, string | number | boolean | null>;
  at?: Date;
}

export async function recordAudit(db: Prisma.TransactionClient | PrismaClient, entry: AuditEntry) {
  await db.auditLog.create({
    data: {
      action: entry.action,
      actorId: entry.actorId ?? null,
      targetUserId: entry.targetUserId ?? null,
      username: entry.username ?? null,
      ipAddress: entry.ipAddress ?? null,
      detail: entry.detail ?? undefined,
      ...(entry.at ? { at: entry.at } : {}),
    },
  });
}
