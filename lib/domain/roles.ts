// Each role has its own dashboard and may open no other.
import type { Role } from "./types";

export const ROLE_HOME: Record<Role, string> = {
  SEKOLAH: "/sekolah",
  DINAS: "/dinas",
  HELPDESK: "/helpdesk",
  SUPERVISOR: "/supervisor",
  ADMIN: "/admin",
};

export const ROLE_LABEL: Record<Role, string> = {
  SEKOLAH: "Operator Satuan Pendidikan",
  DINAS: "Operator Dinas Pendidikan Kab/Kota",
  HELPDESK: "Tim Helpdesk",
  SUPERVISOR: "Supervisor Helpdesk",
  ADMIN: "Administrator",
};

/** The role whose dashboard a path belongs to, or null for pages every signed-in user may open. */
export function dashboardRoleOf(pathname: string): Role | null {
  for (const [role, home] of Object.entries(ROLE_HOME) as [Role, string][]) {
    if (pathname === home || pathname.startsWith(`${home}/`)) return role;
  }
  return null;
}
