// Who is signed in: next-auth's options and sign-in (local passwords and Dapodik), the session cookie,
// the current user of a request and the gates pages use, the devices signed in, the sign-in throttle.
// For app/, lib/actions and tests: it also loads Next.js's request helpers (cookies, redirect), so lib/server
// code and scripts, which also run outside Next.js, import the file they need instead.
import "server-only";
export * from "./dapodik";
export * from "./options";
export * from "./session-cookie";
export * from "./session";
export * from "./sessions";
export * from "./sign-in";
export * from "./throttle";
