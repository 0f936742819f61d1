// School data: the Dapodik export import (CSV reader, checks, upsert, moves between kab/kota), uploads in
// pieces, the admin's edits and lists, and the counter's lookups.
// For app/, lib/actions and tests: it also loads Next.js's request helpers (cookies, redirect), so lib/server
// code and scripts, which also run outside Next.js, import the file they need instead.
import "server-only";
export * from "./csv-reader";
export * from "./import-request";
export * from "./import-schools";
export * from "./import-uploads";
export * from "./move-tickets";
export * from "./raw-transaction";
export * from "./school-csv";
export * from "./school-lookup";
export * from "./school-queries";
export * from "./update-school";
export * from "./upsert-schools";
export * from "./write-lock";
