// School operators checked against their local accounts in our database: for the demo data and for
// installations without access to a Dapodik sign-in service. It is not a fake Dapodik: it answers only
// for accounts that exist here, with their stored password hash.
//
// The lookups are injected (no Prisma import) so the rule "same answer, same cost, for an unknown user
// and a wrong password" is testable on its own. A failing lookup (database down) is thrown, not turned
// into REFUSED: that is an outage, not a wrong password.
import "server-only";
import { normalizeCredentials } from "./credentials";
import { DAPODIK_MESSAGES } from "./messages";
import type { DapodikAuthenticator, DapodikVerification } from "./types";

export type LocalSchoolOperator = {
  /** null: the account signs in only through Dapodik, so a local password never matches. */
  passwordHash: string | null;
  npsn: string;
  displayName: string;
};

export type LocalDapodikDeps = {
  /**
   * The SEKOLAH account with this (trimmed) username and its school's NPSN, or null (also for other
   * roles: this path signs in school operators only). Deactivated accounts may be returned: the
   * sign-in code refuses them after the password check, with its own message.
   */
  findSchoolOperator: (username: string) => Promise<LocalSchoolOperator | null>;
  verifyPassword: (passwordHash: string, password: string) => Promise<boolean>;
  /**
   * Verified when there is no real hash, so that "no such user" costs as much time as "wrong password"
   * (otherwise response times reveal which usernames exist). Must use the same algorithm and cost as the
   * real hashes; the default matches lib/server/accounts/passwords.ts (argon2id, m=19456, t=2, p=1).
   */
  dummyPasswordHash?: string;
};

// The hash of a random string nobody knows (generated once with hashPassword); it never matches anything.
const DEFAULT_DUMMY_HASH =
  "$argon2id$v=19$m=19456,t=2,p=1$wxTN/i5aoFYLL2islrgVaA$BleyHovKDWbFfe2TdW+PwvCwe6Xw1v9oglLfUPNS4BI";

export function createLocalDapodikAuthenticator(deps: LocalDapodikDeps): DapodikAuthenticator {
  const dummyHash = deps.dummyPasswordHash ?? DEFAULT_DUMMY_HASH;

  return {
    kind: "local",
    async verify(username, password): Promise<DapodikVerification> {
      const credentials = normalizeCredentials(username, password);
      if (!credentials) return refused("empty or over-long username or password");

      const operator = await deps.findSchoolOperator(credentials.username);
      const hash = operator?.passwordHash ?? null;
      // Always one password verification, whether or not the account exists.
      const matches = await deps.verifyPassword(hash ?? dummyHash, credentials.password);
      if (!operator) return refused("no active school operator with this username");
      if (hash === null) return refused("account has no local password (signs in through Dapodik only)");
      if (!matches) return refused("wrong password");
      return { ok: true, npsn: operator.npsn, operatorName: operator.displayName };
    },
  };
}

function refused(detail: string): DapodikVerification {
  return { ok: false, reason: "REFUSED", message: DAPODIK_MESSAGES.refused, detail };
}
