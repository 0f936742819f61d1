// next-auth: credentials sign-in, JWT sessions carrying the user id, role and session version.
// The session is re-checked against the database on every request (lib/server/auth/session.ts), so a
// deactivated user or a reset password ends existing sessions at once.
import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { getPrisma } from "@/lib/server/database";
import { getAuthSecret, isPublicUrlHttps } from "@/lib/server/config";
import { createDapodikAuthenticator } from "./dapodik";
import { endSession, SESSION_MAX_AGE_SECONDS } from "./sessions";
import { signInWithPassword } from "./sign-in";

/**
 * The client's address for throttling. The app server (scripts/serve.ts, `npm start`) replaces every
 * request's X-Forwarded-For with the one address it determined: the connection's own, or what a proxy
 * listed in TRUSTED_PROXIES appended (lib/server/requests/client-address.ts). The rightmost entry is that address;
 * under a bare `next start` it is at least the entry nearest to the server.
 */
export function clientAddress(headers: Record<string, unknown> | undefined): string {
  const forwarded = headers?.["x-forwarded-for"];
  const entries = (Array.isArray(forwarded) ? forwarded.join(",") : String(forwarded ?? ""))
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  return entries.at(-1) ?? "tidak-diketahui";
}

let cached: NextAuthOptions | undefined;

export function getAuthOptions(): NextAuthOptions {
  cached ??= buildAuthOptions();
  return cached;
}

function buildAuthOptions(): NextAuthOptions {
  return {
    secret: getAuthSecret(),
    // next-auth's own default, said out loud: Secure (and __Secure-) cookies exactly when the public URL is https.
    useSecureCookies: isPublicUrlHttps(),
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
    pages: { signIn: "/masuk", error: "/masuk" },
    providers: [
      CredentialsProvider({
        name: "Akun Helpdesk",
        credentials: { username: { type: "text" }, password: { type: "password" } },
        async authorize(credentials, req) {
          const prisma = getPrisma();
          const headers = req?.headers as Record<string, unknown> | undefined;
          const outcome = await signInWithPassword(
            { prisma, dapodik: createDapodikAuthenticator(prisma), now: new Date() },
            {
              username: String(credentials?.username ?? ""),
              password: String(credentials?.password ?? ""),
              ipAddress: clientAddress(headers),
              userAgent: typeof headers?.["user-agent"] === "string" ? headers["user-agent"] : null,
            },
          );
          // next-auth passes a thrown message to the sign-in form as `error`: ours are Indonesian and safe.
          if (!outcome.ok) throw new Error(outcome.message);
          const { user, sessionId } = outcome;
          return {
            id: user.id,
            name: user.displayName,
            role: user.role,
            sessionVersion: user.sessionVersion,
            sessionId,
          };
        },
      }),
    ],
    events: {
      // next-auth's own sign-out route (the app's button uses signOutAction): the device's session ends too.
      async signOut({ token }) {
        if (typeof token?.uid === "string" && typeof token.sid === "string")
          await endSession(getPrisma(), token.uid, token.sid);
      },
    },
    callbacks: {
      jwt({ token, user }) {
        if (user) {
          token.uid = user.id;
          token.role = user.role;
          token.sv = user.sessionVersion;
          token.sid = user.sessionId;
        }
        return token;
      },
      session({ session, token }) {
        session.user = { id: token.uid, role: token.role, sv: token.sv, name: token.name ?? "" };
        return session;
      },
    },
  };
}
