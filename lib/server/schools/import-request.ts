// Who may call the import's route handlers: a signed-in admin, from a page of this site. A route handler
// is a public endpoint, so it checks the session and `admin.manage` itself; the Origin check stops
// another site from posting a file with the admin's cookie (the SameSite=Lax cookie already should).
import "server-only";
import { authorize } from "@/lib/domain/permissions";
import { getCurrentUser, type CurrentUser } from "../auth/session";

export function plainResponse(status: number, message: string): Response {
  return new Response(message, {
    status,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });
}

function isSameOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  if (!origin || !host) return false;
  try {
    return new URL(origin).host === host.split(",")[0]?.trim();
  } catch {
    return false;
  }
}

/** The admin making the request, or the refusal to send back. */
export async function authorizeImportRequest(
  request: Request,
): Promise<{ ok: true; user: CurrentUser } | { ok: false; response: Response }> {
  if (!isSameOrigin(request))
    return { ok: false, response: plainResponse(403, "Permintaan ditolak: bukan dari halaman aplikasi ini.") };
  const user = await getCurrentUser();
  if (!user) return { ok: false, response: plainResponse(401, "Sesi Anda sudah berakhir. Silakan masuk kembali.") };
  if (user.mustChangePassword)
    return { ok: false, response: plainResponse(403, "Ganti kata sandi Anda terlebih dahulu.") };
  const allowed = authorize(user.actor, "admin.manage");
  if (!allowed.ok) return { ok: false, response: plainResponse(403, allowed.message) };
  return { ok: true, user };
}
