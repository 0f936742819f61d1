/** @type {import("next").NextConfig} */
const nextConfig = {
  // PGlite loads its WASM and data files by URL at run time; bundling it breaks every query
  // (ERR_INVALID_ARG_TYPE … Received an instance of URL).
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter"],
  poweredByHeader: false,
  compress: false,
  experimental: {
    // Messages carry attachments (by default up to 3 × 5 MB; the settings allow more): the form posts
    // them to the server action, through proxy.ts. Larger totals are refused before any action runs.
    serverActions: { bodySizeLimit: "64mb" },
    proxyClientMaxBodySize: "64mb",
  },
  reactStrictMode: true,
};

export default nextConfig;
