import { redirect } from "next/navigation";
import { homeOf, requireUser } from "@/lib/server/auth";

// Where sign-in lands: each role goes on to its own dashboard.
export default async function HomeRedirect() {
  redirect(homeOf(await requireUser()));
}
