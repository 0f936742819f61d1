// What a page loads beyond its own list: a ticket's page, the header on every page, the new-ticket form
// and the public landing page.
// For app/, lib/actions and tests: it also loads Next.js's request helpers (cookies, redirect), so lib/server
// code and scripts, which also run outside Next.js, import the file they need instead.
import "server-only";
export * from "./conversation";
export * from "./landing";
export * from "./new-ticket";
export * from "./site-header";
