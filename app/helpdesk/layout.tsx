import type { ReactNode } from "react";
import { requireRole } from "@/lib/server/auth";

// Every page under /helpdesk is for the HELPDESK role only; the check runs on the server for each request.
export default async function Layout({ children }: { children: ReactNode }) {
  await requireRole("HELPDESK");
  return children;
}
