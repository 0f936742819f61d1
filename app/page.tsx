import { connection } from "next/server";
import { BeforeAsking } from "@/components/landing/before-asking";
import { getServiceDurations } from "@/lib/server/pages";
import { Hero } from "@/components/landing/hero";
import { SignInRoles } from "@/components/landing/sign-in-roles";
import { TicketFlow } from "@/components/landing/ticket-flow";
import { WalkIn } from "@/components/landing/walk-in";

// A server component with no client code: operators open this on cheap phones over slow connections.
// Rendered per request so the durations shown are the running installation's settings.
export default async function LandingPage() {
  await connection();
  const durations = getServiceDurations();
  return (
    <>
      <Hero durations={durations} />
      <SignInRoles />
      <TicketFlow durations={durations} />
      <WalkIn />
      <BeforeAsking />
    </>
  );
}
