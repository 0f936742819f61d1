import type { ReactNode } from "react";
import { requireRole } from "@/lib/server/auth";

// Every page under /admin is for the ADMIN role only; the check runs on the server for each request.
export default async function Layout({ children }: { children: ReactNode }) {
  await requireRole("ADMIN");
  return children;
}
