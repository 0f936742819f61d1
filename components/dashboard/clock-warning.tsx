// Shown to admins and supervisors when the SLA clocks are late (lib/server/clock/health.ts): the rules
// of the service depend on them, and nobody else would notice that nothing escalates or expires.
import { formatDateTime, formatSpan } from "@/lib/domain";
import type { ClockHealth } from "@/lib/server/clock/health";

export function ClockWarning({ health, timeZone, now }: { health: ClockHealth; timeZone: string; now: Date }) {
  if (health.ok) return null;
  return (
    <section
      role="alert"
      aria-labelledby="jam-sla-terlambat"
      className="space-y-1 rounded-xl border-2 border-red-700 bg-red-50 p-4 text-red-950"
    >
      <h2 id="jam-sla-terlambat" className="text-lg font-bold">
        Jam SLA terlambat
      </h2>
      {health.sweepLate && (
        <p>
          {health.lastSweepAt
            ? `Sapuan jam SLA terakhir berjalan ${formatDateTime(health.lastSweepAt, timeZone)} (${formatSpan(now.getTime() - health.lastSweepAt.getTime())} lalu; seharusnya tiap ${formatSpan(health.expectedEveryMs)}).`
            : "Sapuan jam SLA belum pernah berjalan sejak server dimulai."}{" "}
          Tiket sekolah tidak diteruskan otomatis dan tiket tanpa tanggapan tidak berakhir sampai jam berjalan lagi.
        </p>
      )}
      {health.outbox.late && health.outbox.oldestUnsentAt && (
        <p>
          {health.outbox.unsent} pengatur waktu belum diterima Inngest; yang tertua menunggu sejak{" "}
          {formatDateTime(health.outbox.oldestUnsentAt, timeZone)}. Sapuan cadangan tetap menjalankan jam SLA.
        </p>
      )}
      <p className="text-sm">Periksa server aplikasi dan Inngest; keadaan lengkapnya ada di /api/health.</p>
    </section>
  );
}
