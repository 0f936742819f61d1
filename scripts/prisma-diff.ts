import { spawnSync } from "node:child_process";

/**
 * Runs `prisma migrate diff` from prisma/migrations (replayed on a scratch PGlite shadow database, see
 * prisma/pglite-cli-adapter.ts) to prisma/schema.prisma. Returns stdout; exits on an engine failure.
 */
export function prismaMigrateDiff(extraArgs: string[]): string {
  const result = spawnSync(
    "npx",
    [
      "prisma",
      "migrate",
      "diff",
      "--from-migrations",
      "prisma/migrations",
      "--to-schema-datamodel",
      "prisma/schema.prisma",
      ...extraArgs,
    ],
    {
      encoding: "utf8",
      env: {
        ...process.env,
        PRISMA_QUERY_ENGINE_LIBRARY: "package.json",
        PRISMA_SCHEMA_ENGINE_BINARY: "package.json",
        PRISMA_HIDE_UPDATE_MESSAGE: "1",
      },
    },
  );
  if (result.status !== 0 && result.status !== 2) {
    console.error(result.stderr || result.stdout);
    process.exit(result.status ?? 1);
  }
  return result.stdout.replace(/^Loaded Prisma config.*\n/m, "");
}
