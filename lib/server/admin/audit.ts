// The audit log of sign-ins, account changes and master-data changes (categories, settings); admins
// read it. Never stores passwords.
import "server-only";
import type { Prisma, PrismaClient } from "@/lib/server/generated/prisma/client";
import type { AuditAction } from "@/lib/shared/audit-actions";

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
