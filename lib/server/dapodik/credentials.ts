// Input rules shared by both authenticators, so "  op.123 " and "op.123" behave the same everywhere.

// Generous limits: no real Dapodik account comes near them, but they stop a megabyte "password" from
// being hashed (local) or forwarded (http).
import "server-only";

const MAX_USERNAME_LENGTH = 254;
const MAX_PASSWORD_LENGTH = 1024;

export type Credentials = { username: string; password: string };

/**
 * The credentials as they should be checked, or null when they can never be right (empty or absurdly long).
 * The username is trimmed (typed on phones, pasted with spaces); the password is kept exactly as typed,
 * because spaces may be part of it.
 */
export function normalizeCredentials(username: string, password: string): Credentials | null {
  const trimmed = username.trim();
  if (trimmed === "" || password === "") return null;
  if (trimmed.length > MAX_USERNAME_LENGTH || password.length > MAX_PASSWORD_LENGTH) return null;
  return { username: trimmed, password };
}
