// The database: one handle per server process (PostgreSQL through Prisma and pg, or the embedded PGlite),
// fast reads on prepared statements, the migrator, cross-server change notices (NOTIFY) and the lock that
// lets one server at a time run a background job.
import "server-only";
export * from "./db";
export * from "./database";
export * from "./db-errors";
export * from "./migrate";
export * from "./notify";
export * from "./run-alone";
