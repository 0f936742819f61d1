// The installation's configuration: the environment, read and validated once, and the checks a server
// makes before it serves. Light on purpose: the request proxy and the HTTP front (scripts/serve.ts) load it.
import "server-only";
export * from "./env";
export * from "./startup";
