// The central team as the conversation page needs it: who a ticket can be assigned to, and the names
// behind the ids in "assigned" history entries (the event stores ids only). DTOs: id and name, nothing else.
import "server-only";
import type { PrismaClient } from "@/lib/server/generated/prisma/client";

export interface HelpdeskMember {
  id: string;
  displayName: string;
}

/** Active helpdesk accounts, by name: the choices of the "assign to" select (the service re-checks). */
export async function listActiveHelpdeskMembers(prisma: PrismaClient): Promise<HelpdeskMember[]> {
  return prisma.user.findMany({
    where: { role: "HELPDESK", isActive: true },
    select: { id: true, displayName: true },
    orderBy: [{ displayName: "asc" }, { id: "asc" }],
  });
}

/**
 * Names of helpdesk accounts by id, deactivated ones included (history outlives accounts). Only
 * HELPDESK accounts: an id of anyone else resolves to nothing.
 */
export async function helpdeskMemberNames(prisma: PrismaClient, ids: readonly string[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids)].slice(0, 200);
  if (unique.length === 0) return new Map();
  const rows = await prisma.user.findMany({
    where: { id: { in: unique }, role: "HELPDESK" },
    select: { id: true, displayName: true },
  });
  return new Map(rows.map((row) => [row.id, row.displayName]));
}
