// One interface for "is this a school operator, and which school?", so the sign-in code does not care
// whether the answer comes from the Dapodik service (http) or from our own database (local).
import "server-only";

export type DapodikFailureReason = "REFUSED" | "UNREACHABLE" | "TIMEOUT" | "INVALID_RESPONSE";

export type DapodikVerification =
  | { ok: true; npsn: string; operatorName: string }
  | {
      ok: false;
      reason: DapodikFailureReason;
      /** Bahasa Indonesia, safe to show on the sign-in page. */
      message: string;
      /** For the server log only: never shown to the user, never contains the password. */
      detail?: string;
    };

export interface DapodikAuthenticator {
  readonly kind: "http" | "local";
  /** Never throws for a refused, unreachable, slow or garbled answer: those come back as values. */
  verify(username: string, password: string): Promise<DapodikVerification>;
}
