// The admin's pages: the lists and details of accounts, kab/kota and audit entries, categories, and
// the audit log every change writes (the settings page's service is in lib/server/settings).
import "server-only";
export * from "./admin-queries";
export * from "./audit";
export * from "./category-admin";
export * from "./regency-admin";
