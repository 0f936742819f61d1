// The public API of Dapodik sign-in. Import from "@/lib/server/dapodik"; the files behind it may move.
import "server-only";
import { createHttpDapodikAuthenticator } from "./http-authenticator";
import { createLocalDapodikAuthenticator, type LocalDapodikDeps } from "./local-authenticator";
import type { DapodikAuthenticator } from "./types";

export type { DapodikAuthenticator, DapodikFailureReason, DapodikVerification } from "./types";
export { DAPODIK_MESSAGES } from "./messages";
export {
  createHttpDapodikAuthenticator,
  DEFAULT_DAPODIK_TIMEOUT_MS,
  type HttpDapodikOptions,
} from "./http-authenticator";
export {
  createLocalDapodikAuthenticator,
  type LocalDapodikDeps,
  type LocalSchoolOperator,
} from "./local-authenticator";

export type DapodikSettings = {
  /** The Dapodik sign-in endpoint; unset or blank = school operators use their local accounts. */
  url?: string;
  timeoutMs?: number;
  local: LocalDapodikDeps;
};

/**
 * One switch, decided by configuration: an installation either trusts the Dapodik service for school
 * operators or its own accounts, never both (a fallback to local passwords when Dapodik is down would
 * let a stale local password keep working after the operator changed it in Dapodik).
 */
export function selectDapodikAuthenticator(settings: DapodikSettings): DapodikAuthenticator {
  const url = settings.url?.trim();
  if (url) return createHttpDapodikAuthenticator({ url, timeoutMs: settings.timeoutMs });
  return createLocalDapodikAuthenticator(settings.local);
}
