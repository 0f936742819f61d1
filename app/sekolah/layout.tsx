import type { ReactNode } from "react";
import { requireRole } from "@/lib/server/auth";

// Every page under /sekolah is for the SEKOLAH role only; the check runs on the server for each request.
export default async function Layout({ children }: { children: ReactNode }) {
  await requireRole("SEKOLAH");
  return children;
}
