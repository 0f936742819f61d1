// The settings an admin may change at /admin/pengaturan (clock durations, attachment limits) over their
// environment defaults: read with a short cache, refreshed on every server by a change notice, saved with
// an audit entry.
import "server-only";
export * from "./settings";
export * from "./settings-admin";
