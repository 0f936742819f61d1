// Opens the database: a PostgreSQL server (DATABASE_URL) or embedded PGlite in a local folder.
// Both get the same Prisma client and the same raw-SQL runner (used by the migrator and the seed).
import "server-only";
import crypto from "node:crypto";
import fs from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import type { DatabaseTarget } from "@/lib/server/config";
import { PrismaClient, type Prisma } from "@/lib/server/generated/prisma/client";

/** Raw SQL for what Prisma does not do: multi-statement migration scripts, bulk seed inserts. */
export interface SqlRunner {
  /** Runs a script of several statements (simple-query protocol). */
  exec(script: string): Promise<void>;
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  /** Runs fn on one dedicated connection (for BEGIN/COMMIT and session-level locks). */
  withConnection<T>(fn: (sql: SqlRunner) => Promise<T>): Promise<T>;
}

export interface Database {
  target: DatabaseTarget;
  prisma: PrismaClient;
  sql: SqlRunner;
  close(): Promise<void>;
}

/**
 * The hot reads (what every page of a signed-in user runs: the session, the unread badge, the lists and
 * the notices) are written as SQL (Prisma.sql) and read with `readRows`: on a PostgreSQL server as
 * named prepared statements on the same pool, so the server plans each shape once per connection and
 * the query skips Prisma's client (measured: 0.34 ms instead of 1.1 ms for a one-row read, and several
 * ms of planning saved on the list and notice queries). Writes, transactions and everything else go
 * through Prisma. Rows come back as $queryRaw would give them (times as UTC Dates).
 */
export type RowReader = (query: Prisma.Sql) => Promise<unknown[]>;
// On globalThis: Next bundles this module more than once (the instrumentation hook, each route), and a
// client opened by one copy must be found by the others.
const holder = globalThis as unknown as { __helpdeskReaders?: WeakMap<object, RowReader> };
const readers = (holder.__helpdeskReaders ??= new WeakMap<object, RowReader>());
const servers = ((holder as { __helpdeskServers?: WeakSet<object> }).__helpdeskServers ??= new WeakSet<object>());

const serverUrls = ((holder as { __helpdeskServerUrls?: WeakMap<object, string> }).__helpdeskServerUrls ??= new WeakMap<
  object,
  string
>());

/** Whether this client talks to a PostgreSQL server (several processes may share it), not PGlite. */
export function isDatabaseServer(prisma: object): boolean {
  return servers.has(prisma);
}

/**
 * One statement on a connection of its own to a PostgreSQL server, for what cannot run in a pool or a
 * transaction (CREATE DATABASE, DROP DATABASE): the test, benchmark and browser-test scripts.
 */
export async function adminQuery(serverUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** The URL of database `name` on the same server, with the same credentials, as `serverUrl`. */
export function databaseUrlOn(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Creates the empty database `name` beside `serverUrl`'s and returns its URL. */
export async function createDatabase(serverUrl: string, name: string): Promise<string> {
  await adminQuery(serverUrl, `CREATE DATABASE "${name}"`);
  return databaseUrlOn(serverUrl, name);
}
/** The connection URL of a PostgreSQL server's client (for a connection of its own: LISTEN); null on PGlite. */
export function serverUrlOf(prisma: object): string | null {
  return serverUrls.get(prisma) ?? null;
}

export function readRows<T>(prisma: PrismaClient | Prisma.TransactionClient, query: Prisma.Sql): Promise<T[]> {
  const reader = readers.get(prisma);
  return (reader ? reader(query) : prisma.$queryRaw<unknown[]>(query)) as Promise<T[]>;
}

/** A statement in a transaction of withTransactionRows: rows as readRows returns them. */
export type TransactionQuery = <T = Record<string, unknown>>(query: Prisma.Sql) => Promise<T[]>;
type Transactor = <T>(work: (query: TransactionQuery) => Promise<T>) => Promise<T>;
const transactors = ((holder as { __helpdeskTransactors?: WeakMap<object, Transactor> }).__helpdeskTransactors ??=
  new WeakMap());

/**
 * A transaction of SQL statements for bulk writes (the clock sweep's chunks): on a PostgreSQL server on a
 * connection of the pool, its parameters passed as they are (Prisma's client spends more time preparing
 * a large JSON parameter than the server spends on the statement); elsewhere through Prisma.
 */
export function withTransactionRows<T>(
  prisma: PrismaClient,
  work: (query: TransactionQuery) => Promise<T>,
): Promise<T> {
  const transactor = transactors.get(prisma);
  if (transactor) return transactor(work);
  return prisma.$transaction((tx) => work(<R>(query: Prisma.Sql) => tx.$queryRaw<R[]>(query)), TRANSACTION_OPTIONS);
}

/** Parameters as PostgreSQL reads them here: the timestamp columns hold UTC, so times go as UTC text. */
function toParameter(value: unknown): unknown {
  return value instanceof Date ? value.toISOString() : value;
}

/** "2026-12-07 01:59:05.995" (PostgreSQL's text for timestamp(3)) as that UTC instant, without string parsing. */
function parseUtcTimestamp(text: string): Date {
  if (text.length < 19 || text[10] !== " " || text[0] === "0") return new Date(`${text.replace(" ", "T")}Z`); // infinity, BC, year < 1000
  const n = (from: number, to: number) => Number(text.slice(from, to));
  const ms = text.length > 20 ? Math.round(Number(`0${text.slice(19)}`) * 1000) : 0;
  return new Date(Date.UTC(n(0, 4), n(5, 7) - 1, n(8, 10), n(11, 13), n(14, 16), n(17, 19), ms));
}

// `timestamp` (without zone) columns hold UTC: parsed as such whatever the process's time zone.
const TIMESTAMP_OID = 1114;
const UTC_TYPES = {
  getTypeParser(oid: number, format?: "text" | "binary") {
    if (oid === TIMESTAMP_OID) return parseUtcTimestamp;
    return pg.types.getTypeParser(oid, format);
  },
};

function statementName(text: string): string {
  return `r_${crypto.createHash("sha1").update(text).digest("base64url")}`;
}

// Prisma's defaults (wait 2 s for a connection, 5 s per transaction) fail user writes on a busy server;
// a write that waits a little longer is better than one that is lost.
const TRANSACTION_OPTIONS = { maxWait: 15_000, timeout: 30_000 };

export function openDatabase(target: DatabaseTarget): Database {
  return target.kind === "postgres" ? openPostgres(target.url, target) : openPglite(target.dir, target);
}

function openPostgres(url: string, target: DatabaseTarget): Database {
  // JIT compilation pays off for long analytical queries, not for the app's: with it on (PostgreSQL's
  // default) a report or list query over a million rows spends more time compiling than running.
  const pool = new pg.Pool({ connectionString: url, max: 10, options: "-c jit=off" });
  // An idle connection the server ends (a restart, an administrator) is dropped from the pool and replaced
  // on the next query; without a listener pg would throw it as an uncaught error and stop the process.
  pool.on("error", (error) => console.error(`[db] koneksi menganggur terputus: ${error.message}`));
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool), transactionOptions: TRANSACTION_OPTIONS });
  servers.add(prisma);
  serverUrls.set(prisma, url);
  readers.set(prisma, async (query) => {
    const result = await pool.query({
      name: statementName(query.text),
      text: query.text,
      values: query.values.map(toParameter),
      types: UTC_TYPES,
    });
    return result.rows;
  });
  transactors.set(prisma, async (work) => {
    const client = await pool.connect();
    const query: TransactionQuery = async (sql) =>
      (await client.query({ text: sql.text, values: sql.values.map(toParameter), types: UTC_TYPES })).rows;
    try {
      await client.query("BEGIN");
      const result = await work(query);
      await client.query("COMMIT");
      return result;
    } catch (error) {
      await client.query("ROLLBACK").catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  });
  return {
    target,
    prisma,
    sql: pgRunner(pool, pool),
    async close() {
      await prisma.$disconnect();
      await pool.end().catch(() => undefined);
    },
  };
}

function pgRunner(queryable: pg.Pool | pg.PoolClient, pool: pg.Pool): SqlRunner {
  return {
    async exec(script) {
      await queryable.query(script);
    },
    async query<T>(sql: string, params: unknown[] = []) {
      const result = await queryable.query(sql, params);
      return result.rows as T[];
    },
    async withConnection(fn) {
      if (queryable !== pool) return fn(pgRunner(queryable, pool));
      const client = await pool.connect();
      try {
        return await fn(pgRunner(client, pool));
      } finally {
        client.release();
      }
    },
  };
}

function openPglite(dir: string, target: DatabaseTarget): Database {
  if (!dir.startsWith("memory://")) fs.mkdirSync(dir, { recursive: true });
  const client = new PGlite(dir, { extensions: { pg_trgm } });
  const prisma = new PrismaClient({ adapter: new PrismaPGlite(client), transactionOptions: TRANSACTION_OPTIONS });
  // One connection in the process: the reads queue behind Prisma's, as they would anyway.
  readers.set(prisma, (query) => prisma.$queryRaw<unknown[]>(query));
  return {
    target,
    prisma,
    sql: pgliteRunner(client),
    async close() {
      await prisma.$disconnect();
      if (!client.closed) await client.close();
    },
  };
}

function pgliteRunner(client: PGlite): SqlRunner {
  const runner: SqlRunner = {
    async exec(script) {
      await client.exec(script);
    },
    async query<T>(sql: string, params: unknown[] = []) {
      const result = await client.query<T>(sql, params);
      return result.rows;
    },
    // PGlite has a single connection already.
    withConnection: (fn) => fn(runner),
  };
  return runner;
}
