import type { Metadata } from "next";
import { ChangePasswordForm } from "@/components/auth/change-password-form";
import { Container } from "@/components/ui/container";
import { changePasswordAction } from "@/lib/actions/session-actions";
import { requireUser } from "@/lib/server/auth";

export const metadata: Metadata = { title: "Ganti kata sandi" };

export default async function ChangePasswordPage() {
  const user = await requireUser({ allowPendingPasswordChange: true });
  return (
    <Container className="max-w-md py-8">
      <h1 className="mb-2 text-2xl font-bold text-brand-800">Ganti kata sandi</h1>
      {user.mustChangePassword ? (
        <p role="status" className="mb-6 rounded-lg border border-accent-700/30 bg-accent-100 p-3">
          Akun Anda memakai kata sandi awal dari tim Helpdesk. Ganti dengan kata sandi Anda sendiri sebelum melanjutkan.
        </p>
      ) : (
        <p className="mb-6 text-muted">Setelah diganti, Anda perlu masuk kembali di semua perangkat.</p>
      )}
      {user.hasLocalPassword ? (
        <ChangePasswordForm action={changePasswordAction} />
      ) : (
        <p>Kata sandi akun ini dikelola di aplikasi Dapodik. Gantilah di sana.</p>
      )}
    </Container>
  );
}
