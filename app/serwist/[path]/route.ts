// The service worker (app/sw.ts), bundled by Serwist at build time and served as a static file from
// /serwist/sw.js with permission to control the whole site (Service-Worker-Allowed: /). Its precache
// holds only the offline page: school operators on slow, metered connections do not download the
// whole app up front; the app's own static files are kept as they are used (see app/sw.ts).
import { createSerwistRoute } from "@serwist/turbopack";

export const { dynamic, dynamicParams, revalidate, generateStaticParams, GET } = createSerwistRoute({
  swSrc: "app/sw.ts",
  // The esbuild the project already builds its server with, not a second (WebAssembly) copy.
  useNativeEsbuild: true,
  globPatterns: ["public/offline.html"],
});
