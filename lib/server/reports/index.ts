// The SLA report: every figure as SQL over the tickets (figures.ts), the summary, league tables, trend,
// backlog and categories, the drill-down lists, CSV exports, snapshots and one ticket's clock timeline.
// For app/, lib/actions and tests: it also loads Next.js's request helpers (cookies, redirect), so lib/server
// code and scripts, which also run outside Next.js, import the file they need instead.
import "server-only";
export * from "./access";
export * from "./backlog";
export * from "./category-breakdown";
export * from "./cohort-query";
export * from "./cohort-tables";
export * from "./csv-tables";
export * from "./csv";
export * from "./drill-down";
export * from "./figures";
export * from "./filters";
export * from "./league";
export * from "./options";
export * from "./report";
export * from "./snapshots";
export * from "./summary";
export * from "./ticket-clocks";
export * from "./trend";
