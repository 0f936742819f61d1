/** @type {import("next").NextConfig} */
const nextConfig = {
  // PGlite loads its WASM and data files by URL at run time; bundling it breaks every query
  // (ERR_INVALID_ARG_TYPE … Received an instance of URL). See /work/shared/ENVIRONMENT.md.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter"],
  poweredByHeader: false,
  reactStrictMode: true,
};

export default nextConfig;
