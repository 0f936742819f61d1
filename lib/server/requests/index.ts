// What is judged about a request before the app handles it: the client's address (behind trusted
// proxies), the size of its body, a malformed URL, and a server-action call Next.js cannot decode.
import "server-only";
export * from "./action-requests";
export * from "./client-address";
export * from "./malformed-url";
export * from "./request-limits";
