"use client";

// Registers the service worker (app/sw.ts, served at /serwist/sw.js) in production builds: the offline
// page and the app's static files on a bad connection. Nothing to do where browsers have none.
import { useEffect } from "react";

export function ServiceWorkerRegistration() {
  useEffect(() => {
    if (process.env.NODE_ENV !== "production" || !("serviceWorker" in navigator)) return;
    navigator.serviceWorker.register("/serwist/sw.js", { scope: "/" }).catch((error: unknown) => {
      console.warn("[service worker] pendaftaran gagal", error);
    });
  }, []);
  return null;
}
