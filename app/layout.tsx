import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { SiteFooter } from "@/components/site/site-footer";
import { SiteHeader } from "@/components/site/site-header";
import { ServiceWorkerRegistration } from "@/components/site/service-worker";
import { MAIN_CONTENT_ID, SkipLink } from "@/components/site/skip-link";
import { loadSiteHeader } from "@/lib/server/pages";
import "./globals.css";

export const metadata: Metadata = {
  title: {
    default: "Helpdesk Dapodik PAUD & Dikmas",
    template: "%s · Helpdesk Dapodik PAUD & Dikmas",
  },
  description:
    "Layanan bantuan bagi operator satuan PAUD dan Dikmas serta operator dinas pendidikan kabupaten/kota " +
    "yang menghadapi kendala dalam aplikasi Dapodik.",
  applicationName: "Helpdesk Dapodik PAUD & Dikmas",
  formatDetection: { telephone: false },
};

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: "#0b4f63",
  colorScheme: "light",
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const header = await loadSiteHeader();
  return (
    <html lang="id">
      <body className="flex min-h-dvh flex-col">
        <SkipLink />
        <SiteHeader header={header} />
        {/* tabIndex lets the skip link move focus here, not only scroll. */}
        <main id={MAIN_CONTENT_ID} tabIndex={-1} className="flex-1 focus:outline-none">
          {children}
        </main>
        <SiteFooter />
        <ServiceWorkerRegistration />
      </body>
    </html>
  );
}
