// Benchmark data (not a test): a new database on DATABASE_URL's server with the national-scale data set
// of scripts/bench/national-data.ts — about 250,000 schools, 1,000,000 tickets over the last 365 days
// with their messages, history and read markers. Used by scripts/bench-reports.ts and the load benchmark.
//
//   DATABASE_URL=postgresql://postgres@127.0.0.1:5432/test npx tsx --conditions=react-server scripts/generate-report-data.ts [name] [tickets] [schools]
import { getEnv } from "@/lib/server/config";
import { generateNationalData } from "./bench/national-data";

const name = process.argv[2] ?? "hd_report_bench";
const tickets = Number(process.argv[3] ?? 1_000_000);
const schools = Number(process.argv[4] ?? 250_000);
const serverUrl = getEnv().DATABASE_URL;
if (!serverUrl) throw new Error("DATABASE_URL (postgresql://…) wajib: data benchmark dibuat di server PostgreSQL.");

const summary = await generateNationalData(serverUrl, name, { tickets, schools });
console.log(`\n${name}: ${JSON.stringify(summary)}`);
