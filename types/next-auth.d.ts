import type { Role } from "@/lib/domain/types";

declare module "next-auth" {
  interface User {
    role: Role;
    sessionVersion: number;
    /** The UserSession row of this sign-in. */
    sessionId: string;
  }
  interface Session {
    user: { id: string; role: Role; sv: number; name: string };
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    uid: string;
    role: Role;
    sv: number;
    sid: string;
  }
}
