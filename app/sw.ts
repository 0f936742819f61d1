/// <reference lib="webworker" />
// The service worker: the app shell works on a bad connection and a lost one says so in Indonesian —
// and nothing personal is ever stored. What it keeps:
// - the offline page (public/offline.html, precached: static, no user data), shown instead of the
//   browser's error when a page cannot be loaded;
// - Next's static files (/_next/static/…: hashed, immutable, the same for every user) and the icons,
//   cached as they are used, so a page that loads again needs only its HTML.
// What it never keeps: pages, their data (RSC), server actions, attachments, anything under /api —
// they are the signed-in user's and go to the network every time (no runtime rule matches them, so
// the browser fetches them as if there were no service worker; navigations fall back to the offline page).
import {
  CacheFirst,
  ExpirationPlugin,
  NetworkOnly,
  Serwist,
  type PrecacheEntry,
  type SerwistGlobalConfig,
} from "serwist";

declare global {
  interface WorkerGlobalScope extends SerwistGlobalConfig {
    __SW_MANIFEST: (PrecacheEntry | string)[] | undefined;
  }
}

declare const self: ServiceWorkerGlobalScope;

const DAY_SECONDS = 24 * 60 * 60;

const serwist = new Serwist({
  precacheEntries: self.__SW_MANIFEST,
  skipWaiting: true,
  clientsClaim: true,
  runtimeCaching: [
    {
      matcher: ({ url, sameOrigin }) => sameOrigin && url.pathname.startsWith("/_next/static/"),
      handler: new CacheFirst({
        cacheName: "app-shell",
        plugins: [new ExpirationPlugin({ maxEntries: 150, maxAgeSeconds: 30 * DAY_SECONDS })],
      }),
    },
    {
      matcher: ({ url, sameOrigin }) =>
        sameOrigin && (url.pathname.startsWith("/icons/") || url.pathname === "/icon.svg"),
      handler: new CacheFirst({
        cacheName: "icons",
        plugins: [new ExpirationPlugin({ maxEntries: 20, maxAgeSeconds: 30 * DAY_SECONDS })],
      }),
    },
    // Pages: always from the network (the fallback below answers when there is none).
    { matcher: ({ request }) => request.mode === "navigate", handler: new NetworkOnly() },
  ],
  fallbacks: {
    entries: [{ url: "/offline.html", matcher: ({ request }) => request.destination === "document" }],
  },
});

serwist.addEventListeners();
