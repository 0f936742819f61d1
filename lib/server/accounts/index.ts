// Issued accounts (created, reset, deactivated by an admin; passwords changed by their owner), password
// hashing, and the helpdesk team as the ticket pages need it.
import "server-only";
export * from "./accounts";
export * from "./helpdesk-members";
export * from "./passwords";
