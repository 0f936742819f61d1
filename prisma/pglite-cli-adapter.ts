// The driver adapter the Prisma CLI uses (prisma.config.ts): PGlite, patched so the schema engine can
// replay multi-statement migration scripts on its shadow database. pglite-prisma-adapter 0.6 sends such
// scripts through the extended query protocol ("cannot insert multiple commands into a prepared
// statement") and does not await `executeScript`; here both go through PGlite's `exec`.
import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";

type Queryable = {
  client: { exec(sql: string): Promise<unknown> };
  executeRaw(query: { sql: string; args: unknown[] }): Promise<number>;
  executeScript?(script: string): Promise<void>;
  startTransaction?(...args: unknown[]): Promise<unknown>;
};

const MULTI_STATEMENT = "cannot insert multiple commands into a prepared statement";

function patch<T>(adapter: T): T {
  const queryable = adapter as unknown as Queryable;
  const executeRaw = queryable.executeRaw.bind(queryable);
  queryable.executeRaw = async (query) => {
    try {
      return await executeRaw(query);
    } catch (error) {
      if (query.args.length > 0 || !String((error as Error).message).includes(MULTI_STATEMENT)) throw error;
      await queryable.client.exec(query.sql);
      return 0;
    }
  };
  if (queryable.executeScript) {
    queryable.executeScript = async (script) => {
      await queryable.client.exec(script);
    };
  }
  if (queryable.startTransaction) {
    const startTransaction = queryable.startTransaction.bind(queryable);
    queryable.startTransaction = async (...args) => patch(await startTransaction(...args));
  }
  return adapter;
}

export class PrismaCliPGlite {
  readonly provider = "postgres" as const;
  readonly adapterName = "pglite-prisma-adapter";
  constructor(private readonly dataDir: string) {}

  async connect() {
    return patch(await new PrismaPGlite(new PGlite(this.dataDir)).connect());
  }

  async connectToShadowDb() {
    return patch(await new PrismaPGlite(new PGlite("memory://")).connect());
  }
}
