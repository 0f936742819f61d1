// The signed-in user's main menu, under the header bar: the links of their role and, on the list
// they follow, how many tickets have news for them. Server component: the count is read per request.
import type { Role } from "@/lib/domain/types";
import type { CurrentUser } from "@/lib/server/auth/session";
import { getTicketService } from "@/lib/server/ticket-service";
import { UNREAD_SCAN_LIMIT } from "@/lib/server/tickets";
import { AppNavLinks, type AppNavLink } from "./app-nav-links";

const LINKS: Record<Role, { href: string; label: string; showsUnread?: boolean }[]> = {
  SEKOLAH: [
    { href: "/sekolah", label: "Tiket saya", showsUnread: true },
    { href: "/sekolah/tiket/baru", label: "Buat tiket" },
  ],
  DINAS: [
    { href: "/dinas", label: "Kotak masuk", showsUnread: true },
    { href: "/dinas/pertanyaan", label: "Pertanyaan saya" },
  ],
  HELPDESK: [
    { href: "/helpdesk", label: "Antrean", showsUnread: true },
    { href: "/helpdesk/loket", label: "Loket ULT" },
  ],
  SUPERVISOR: [
    { href: "/supervisor", label: "Semua tiket" },
    { href: "/supervisor/laporan", label: "Laporan SLA" },
  ],
  ADMIN: [
    { href: "/admin/akun", label: "Akun" },
    { href: "/admin/sekolah", label: "Sekolah" },
    { href: "/admin/wilayah", label: "Kab/kota" },
    { href: "/admin/kategori", label: "Kategori" },
    { href: "/admin/pengaturan", label: "Pengaturan" },
    { href: "/admin/audit", label: "Log audit" },
  ],
};

const NUMBER = new Intl.NumberFormat("id-ID");

async function unreadBadge(user: CurrentUser): Promise<AppNavLink["badge"]> {
  let count: number;
  try {
    count = await getTicketService().countUnread(user.actor);
  } catch (error) {
    // A badge is not worth a broken page: every page shows this header.
    console.error("[app-nav] unread count failed", error);
    return undefined;
  }
  if (count <= 0) return undefined;
  const text = count >= UNREAD_SCAN_LIMIT ? `${NUMBER.format(UNREAD_SCAN_LIMIT)}+` : NUMBER.format(count);
  return { text, label: `${text} tiket dengan kabar baru` };
}

export async function AppNav({ user }: { user: CurrentUser }) {
  const links = LINKS[user.actor.role];
  if (links.length === 0) return null;
  const needsBadge = links.some((link) => link.showsUnread);
  const badge = needsBadge ? await unreadBadge(user) : undefined;
  return (
    <AppNavLinks
      links={links.map(({ href, label, showsUnread }) => ({ href, label, badge: showsUnread ? badge : undefined }))}
    />
  );
}
