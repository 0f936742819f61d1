import type { DatabaseTarget } from "@/lib/server/config";

/** "PostgreSQL postgresql://…@host/db" without the password, or "PGlite .data/pglite". */
export function describeTarget(target: DatabaseTarget): string {
  if (target.kind === "pglite") return `PGlite (${target.dir})`;
  const url = new URL(target.url);
  url.password = url.password ? "***" : "";
  return `PostgreSQL (${url.toString()})`;
}
