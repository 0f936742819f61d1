import path from "node:path";
import { defineConfig } from "vitest/config";

// Unit tests (pure domain) and integration tests (real database) share one config; the
// integration tests get their own database per file from tests/integration/setup.
export default defineConfig({
  resolve: { alias: { "@": path.resolve(__dirname) } },
  test: {
    include: ["tests/unit/**/*.test.ts", "tests/integration/**/*.test.ts"],
    environment: "node",
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
