// The signed-in user's main menu per role: the links under the header bar, and which list shows how
// many tickets have news for the user (the header's loader counts only for those roles).
import type { Role } from "@/lib/domain";

export interface MenuLink {
  href: string;
  label: string;
  /** The list the user follows: its link carries the unread badge. */
  showsUnread?: boolean;
}

export const APP_MENU: Record<Role, readonly MenuLink[]> = {
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
