import path from "node:path";
import { defineConfig } from "vitest/config";

// Unit tests (pure domain) and integration tests (real database) share one config; the
// integration tests get their own database per file from tests/integration/setup.
export default defineConfig({
  resolve: {
    alias: {
      "@": import.meta.dirname,
      // lib/server modules say `import "server-only"`: Next.js refuses them in browser code; under test
      // (like every server process outside Next.js) the marker is the package's empty module.
      "server-only": path.join(import.meta.dirname, "node_modules/server-only/empty.js"),
    },
  },
  test: {
    include: ["tests/unit/**/*.test.ts", "tests/integration/**/*.test.ts"],
    environment: "node",
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
