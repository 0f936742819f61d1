import type { ReactNode } from "react";
import { requireRole } from "@/lib/server/auth";

// Every page under /dinas is for the DINAS role only; the check runs on the server for each request.
export default async function Layout({ children }: { children: ReactNode }) {
  await requireRole("DINAS");
  return children;
}
