// The installation's Dapodik authenticator: HTTP when DAPODIK_AUTH_URL is set, else local accounts.
import "server-only";
import { selectDapodikAuthenticator, type DapodikAuthenticator } from "../dapodik";
import { getEnv } from "@/lib/server/config";
import type { PrismaClient } from "../generated/prisma/client";
import { verifyPassword } from "@/lib/server/accounts";

export function createDapodikAuthenticator(
  prisma: PrismaClient,
  settings: { url?: string; timeoutMs?: number } = {
    url: getEnv().DAPODIK_AUTH_URL,
    timeoutMs: getEnv().DAPODIK_TIMEOUT,
  },
): DapodikAuthenticator {
  return selectDapodikAuthenticator({
    ...settings,
    local: {
      verifyPassword,
      async findSchoolOperator(username) {
        const user = await prisma.user.findFirst({
          // Deactivated accounts are returned too: after the password checks out, the sign-in says
          // "deactivated" instead of "wrong password" (and the operator is not locked out for it).
          where: { username: username.toLowerCase(), role: "SEKOLAH", school: { isNot: null } },
          select: { passwordHash: true, displayName: true, school: { select: { npsn: true } } },
        });
        return user?.school
          ? { passwordHash: user.passwordHash, displayName: user.displayName, npsn: user.school.npsn }
          : null;
      },
    },
  });
}
