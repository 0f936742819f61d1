import { defineConfig } from "@playwright/test";
import { CLUSTER_PORT } from "./tests/e2e-multi/cluster-port";

// The two-server browser tests (tests/e2e-multi): two `next start` servers on one fresh PostgreSQL
// database, attachments in a local S3-protocol server, nginx in front — started by scripts/e2e-cluster.ts.
// Run by `npm run test:e2e` after the main browser tests (scripts/e2e-multi.sh), when DATABASE_URL is set.
export default defineConfig({
  testDir: "tests/e2e-multi",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [["list"]],
  timeout: 120_000,
  use: {
    baseURL: `http://127.0.0.1:${CLUSTER_PORT}`,
    locale: "id-ID",
    timezoneId: "Asia/Jakarta",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  projects: [{ name: "dua-server", use: { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true } }],
  webServer: {
    command: `npx tsx --conditions=react-server scripts/e2e-cluster.ts ${CLUSTER_PORT}`,
    url: `http://127.0.0.1:${CLUSTER_PORT}/api/sehat`,
    timeout: 300_000,
    // E2E_MULTI_REUSE=1: run against a cluster already started by hand (debugging a failure).
    reuseExistingServer: process.env.E2E_MULTI_REUSE === "1",
    gracefulShutdown: { signal: "SIGTERM", timeout: 20_000 },
    stdout: "pipe",
    stderr: "pipe",
  },
});
