// What a server checks before it serves anything (instrumentation.ts, Node runtime only): an environment
// it must not run in ends the process with the reason, instead of serving with a weak setting.
import "server-only";
import { startupRefusal } from "./env";

export function exitIfUnsafeToStart() {
  const refusal = startupRefusal();
  if (!refusal) return;
  console.error(`[mulai] ${refusal}`);
  process.exit(1);
}
