// What the audit log records (lib/server/admin/audit.ts writes it; the admin's log page filters by it).
export const AUDIT_ACTIONS = [
  "SIGN_IN",
  "SIGN_IN_FAILED",
  "SIGN_IN_THROTTLED",
  "SIGN_OUT",
  "SIGN_OUT_OTHER_SESSIONS",
  "PASSWORD_CHANGED",
  "PASSWORD_CHANGE_FAILED",
  "PASSWORD_RESET",
  "ACCOUNT_CREATED",
  "ACCOUNT_UPDATED",
  "ACCOUNT_DEACTIVATED",
  "ACCOUNT_REACTIVATED",
  "DAPODIK_ACCOUNT_LINKED",
  "CATEGORY_CREATED",
  "CATEGORY_UPDATED",
  "CATEGORY_RETIRED",
  "CATEGORY_REACTIVATED",
  "SETTINGS_UPDATED",
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];
