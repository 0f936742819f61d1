// How the two driver adapters report database errors the code handles as expected outcomes.
import "server-only";
import { Prisma } from "@/lib/server/generated/prisma/client";

/**
 * "Unique constraint failed", as each driver adapter reports it: @prisma/adapter-pg maps it to
 * Prisma's P2002; pglite-prisma-adapter passes the raw PostgreSQL error through (SQLSTATE 23505).
 */
export function isUniqueViolation(error: unknown): boolean {
  if (error instanceof Prisma.PrismaClientKnownRequestError) return error.code === "P2002";
  if (!(error instanceof Error) || error.name !== "DriverAdapterError") return false;
  const cause = error.cause as { kind?: unknown; code?: unknown } | undefined;
  return cause?.kind === "postgres" && cause.code === "23505";
}
