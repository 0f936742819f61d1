"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { changeOwnPassword } from "@/lib/server/accounts";
import { markActionReached } from "@/lib/server/requests";
import { recordAudit } from "@/lib/server/admin";
import { getCurrentUser, endOtherSessions, endSession } from "@/lib/server/auth";
import { getPrisma } from "@/lib/server/database";
import { createAction } from "./safe-action";

// next-auth's session cookie (the __Secure- one when the app runs on https).
const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"];

export async function signOutAction() {
  markActionReached();
  const user = await getCurrentUser();
  const jar = await cookies();
  for (const name of SESSION_COOKIES) if (jar.has(name)) jar.delete(name);
  if (user) {
    // The session itself ends, not only this browser's cookie: a copy of the token stops working too.
    await endSession(getPrisma(), user.actor.userId, user.sessionId);
    await recordAudit(getPrisma(), {
      action: "SIGN_OUT",
      actorId: user.actor.userId,
      targetUserId: user.actor.userId,
      username: user.username,
    });
  }
  redirect("/masuk?pesan=keluar");
}

/** "Keluar dari perangkat lain": every other device of this account is signed out; this one stays. */
export async function signOutOtherSessionsAction() {
  markActionReached();
  const user = await getCurrentUser();
  if (!user) redirect("/masuk");
  const ended = await endOtherSessions(
    getPrisma(),
    { userId: user.actor.userId, username: user.username, sessionId: user.sessionId },
    new Date(),
  );
  redirect(`/akun?keluar=${ended}`);
}

const changePasswordSchema = z
  .object({
    currentPassword: z.string().min(1, "Isi kata sandi lama.").max(256, "Kata sandi lama terlalu panjang."),
    newPassword: z
      .string()
      .min(10, "Kata sandi baru minimal 10 karakter.")
      .max(128, "Kata sandi baru maksimal 128 karakter."),
    confirmPassword: z.string(),
  })
  .refine((v) => v.newPassword === v.confirmPassword, {
    path: ["confirmPassword"],
    message: "Ulangi kata sandi baru dengan sama persis.",
  });

export const changePasswordAction = createAction(
  changePasswordSchema,
  async (input, user) => {
    const result = await changeOwnPassword(getPrisma(), user.actor.userId, input);
    if (!result.ok) return result;
    // Changing the password ends every session, this one too: sign in again with the new password.
    const jar = await cookies();
    for (const name of SESSION_COOKIES) if (jar.has(name)) jar.delete(name);
    redirect("/masuk?pesan=sandi-diganti");
  },
  { allowPendingPasswordChange: true },
);
