// The application's database handle: one per server process (kept on globalThis so Next's dev
// reloads do not open the PGlite folder twice — a second opener would hang).
import "server-only";
import { getDatabaseTarget } from "@/lib/server/config";
import { openDatabase, type Database } from "./database";

const holder = globalThis as unknown as { __helpdeskDb?: Database };

export function getDatabase(): Database {
  holder.__helpdeskDb ??= openDatabase(getDatabaseTarget());
  return holder.__helpdeskDb;
}

export function getPrisma() {
  return getDatabase().prisma;
}
