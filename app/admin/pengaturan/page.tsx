import type { Metadata } from "next";
import { AdminNav } from "@/components/admin/admin-nav";
import { Panel } from "@/components/admin/panel";
import { SettingsForm } from "@/components/settings/settings-form";
import { SETTING_TEXT, SOURCE_TEXT } from "@/components/settings/setting-text";
import { Container } from "@/components/ui/container";
import { saveSettingsAction } from "@/lib/actions/settings-actions";
import { SETTING_KEYS } from "@/lib/domain/settings";
import { requireRole } from "@/lib/server/auth";
import { getPrisma } from "@/lib/server/database";
import { getSettingsOverview } from "@/lib/server/settings";

export const metadata: Metadata = { title: "Pengaturan" };

const SOURCE_BADGE = "inline-flex items-center rounded-full border px-2.5 py-0.5 text-sm font-semibold";
const SOURCE_CLASS = {
  admin: "border-brand-700/40 bg-brand-50 text-brand-800",
  env: "border-accent-700/30 bg-accent-100 text-accent-700",
  default: "border-slate-500/40 bg-slate-100 text-slate-800",
} as const;

export default async function SettingsPage() {
  await requireRole("ADMIN");
  const items = await getSettingsOverview(getPrisma());
  return (
    <>
      <AdminNav current="pengaturan" />
      <Container className="max-w-3xl space-y-6 py-8">
        <div>
          <h1 className="text-2xl font-bold text-brand-800">Pengaturan</h1>
          <p className="mt-1 text-muted">
            Jam layanan tiket dan batas lampiran. Nilai dari admin didahulukan, lalu variabel lingkungan server, lalu
            nilai bawaan.
          </p>
        </div>

        <Panel id="nilai-berlaku" title="Nilai yang berlaku">
          <dl className="divide-y divide-line">
            {SETTING_KEYS.map((key) => (
              <div key={key} className="grid gap-x-4 gap-y-1 py-3 sm:grid-cols-[14rem_minmax(0,1fr)]">
                <dt className="font-semibold">{SETTING_TEXT[key].label}</dt>
                <dd className="min-w-0 space-y-1">
                  <p className="flex flex-wrap items-center gap-2">
                    <span className="text-lg font-bold">{items[key].text}</span>
                    <span className={`${SOURCE_BADGE} ${SOURCE_CLASS[items[key].source]}`}>
                      <span className="sr-only">sumber: </span>
                      {SOURCE_TEXT[items[key].source]}
                    </span>
                  </p>
                  <p className="text-sm text-muted">{SETTING_TEXT[key].meaning}</p>
                </dd>
              </div>
            ))}
          </dl>
          <p className="rounded-lg border border-brand-700/30 bg-brand-50 p-3">
            Durasi baru berlaku untuk tenggat <strong>semua tiket yang masih berjalan</strong>, bukan hanya tiket baru:
            tenggat dihitung dari waktu tiket dibuat, diteruskan, atau pesan terakhirnya. Tiket yang menurut durasi baru
            sudah lewat tenggat diteruskan atau diakhiri pada sapuan jam berikutnya (biasanya dalam satu menit). Tiket
            yang sudah berakhir tidak berubah.
          </p>
        </Panel>

        <Panel id="ubah-pengaturan" title="Ubah pengaturan">
          <SettingsForm action={saveSettingsAction} items={items} />
        </Panel>
      </Container>
    </>
  );
}
