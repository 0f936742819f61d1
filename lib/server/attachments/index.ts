// Attachments: taken in from a form (checked, images reduced), stored on disk or in an S3-protocol store,
// served only to those who may read the ticket, and cleaned up when no message holds them.
// For app/, lib/actions and tests: it also loads Next.js's request helpers (cookies, redirect), so lib/server
// code and scripts, which also run outside Next.js, import the file they need instead.
import "server-only";
export * from "./access";
export * from "./file-store";
export * from "./intake";
export * from "./move-store";
export * from "./orphans";
export * from "./storage";
