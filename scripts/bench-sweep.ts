// A benchmark, not a test: how long the SLA sweep takes over 100,000 overdue tickets (scripts/bench/sweep.ts).
//   DATABASE_URL=postgresql://postgres@127.0.0.1:5432/test npx tsx --conditions=react-server scripts/bench-sweep.ts [count] [batchSize] [concurrency] [chunkSize]
import { getEnv } from "@/lib/server/config";
import { benchSweep } from "./bench/sweep";

const serverUrl = getEnv().DATABASE_URL;
if (!serverUrl) {
  console.error("Benchmark ini butuh server PostgreSQL: setel DATABASE_URL=postgresql://…");
  process.exit(1);
}
await benchSweep(serverUrl, {
  count: Number(process.argv[2] ?? 100_000),
  // Left out: the sweep's own defaults.
  ...(process.argv[3] ? { batchSize: Number(process.argv[3]) } : {}),
  ...(process.argv[4] ? { concurrency: Number(process.argv[4]) } : {}),
  ...(process.argv[5] ? { chunkSize: Number(process.argv[5]) } : {}),
  explain: true,
});
