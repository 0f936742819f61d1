import type { Metadata } from "next";
import { Container } from "@/components/ui/container";
import { signOutOtherSessionsAction } from "@/lib/actions/session-actions";
import { deviceName, formatShortDateTime } from "@/lib/domain";
import { ROLE_LABEL } from "@/lib/domain/roles";
import { requireUser, listSessions } from "@/lib/server/auth";
import { getPrisma } from "@/lib/server/database";

export const metadata: Metadata = { title: "Akun saya" };

export default async function AccountPage({ searchParams }: { searchParams: Promise<{ keluar?: string | string[] }> }) {
  const user = await requireUser();
  const now = new Date();
  const [sessions, params] = await Promise.all([listSessions(getPrisma(), user.actor.userId, now), searchParams]);
  const ended = typeof params.keluar === "string" && /^\d{1,6}$/.test(params.keluar) ? Number(params.keluar) : null;
  const others = sessions.filter((session) => session.id !== user.sessionId).length;
  const place = user.schoolName ? `${user.schoolName} (NPSN ${user.npsn})` : user.regencyName;

  return (
    <Container className="max-w-xl space-y-8 py-8">
      <div>
        <h1 className="mb-2 text-2xl font-bold text-brand-800">Akun saya</h1>
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
          <dt className="text-muted">Nama</dt>
          <dd className="font-semibold">{user.displayName}</dd>
          <dt className="text-muted">Nama pengguna</dt>
          <dd className="break-all">{user.username}</dd>
          <dt className="text-muted">Peran</dt>
          <dd>{ROLE_LABEL[user.actor.role]}</dd>
          {place && (
            <>
              <dt className="text-muted">{user.schoolName ? "Satuan pendidikan" : "Kabupaten/kota"}</dt>
              <dd>{place}</dd>
            </>
          )}
        </dl>
      </div>

      <section aria-labelledby="sandi" className="space-y-2">
        <h2 id="sandi" className="text-lg font-bold text-brand-800">
          Kata sandi
        </h2>
        {user.hasLocalPassword ? (
          <a href="/ganti-password" className="font-semibold">
            Ganti kata sandi
          </a>
        ) : (
          <p>Kata sandi akun ini dikelola di aplikasi Dapodik. Gantilah di sana.</p>
        )}
      </section>

      <section aria-labelledby="perangkat" className="space-y-3">
        <h2 id="perangkat" className="text-lg font-bold text-brand-800">
          Perangkat yang sedang masuk
        </h2>
        {ended !== null && (
          <p role="status" tabIndex={-1} className="rounded-lg border border-green-700/30 bg-green-50 p-3">
            {ended === 0
              ? "Tidak ada perangkat lain yang sedang masuk."
              : `${ended.toLocaleString("id-ID")} perangkat lain telah dikeluarkan.`}
          </p>
        )}
        <ul className="divide-y divide-line rounded-lg border border-line bg-white">
          {sessions.map((session) => (
            <li key={session.id} className="p-3">
              <span className="font-semibold">{deviceName(session.userAgent)}</span>
              {session.id === user.sessionId && (
                <span className="ml-2 rounded bg-brand-50 px-2 text-sm text-brand-800">perangkat ini</span>
              )}
              <span className="block text-sm text-muted">
                Masuk {formatShortDateTime(session.createdAt, user.timeZone)}
              </span>
            </li>
          ))}
        </ul>
        {others > 0 && (
          <form action={signOutOtherSessionsAction} className="space-y-2">
            <p className="text-sm text-muted">
              Ponsel hilang, atau pernah masuk di komputer orang lain? Keluarkan semua perangkat lain; perangkat ini
              tetap masuk.
            </p>
            <button
              type="submit"
              className="inline-flex min-h-11 items-center rounded-lg border border-brand-700 bg-white px-4 font-semibold text-brand-700 hover:bg-brand-50"
            >
              Keluar dari {others.toLocaleString("id-ID")} perangkat lain
            </button>
          </form>
        )}
      </section>
    </Container>
  );
}
