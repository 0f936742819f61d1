import { expect, test } from "@playwright/test";

// The health endpoint a monitor polls: the database answers, the SLA sweep has run, nothing waits for
// Inngest. Times and counts only, no session needed, never cached.
test("the health endpoint reports a running clock", async ({ request }, testInfo) => {
  test.skip(testInfo.project.name !== "desktop-1280", "HTTP only: once is enough");
  // The in-process sweep runs right after the server starts; give it a moment on a busy machine.
  await expect
    .poll(
      async () =>
        ((await (await request.get("/api/health")).json()) as { clock: { lastSweepAt: string | null } }).clock
          .lastSweepAt,
      { timeout: 30_000 },
    )
    .not.toBeNull();
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(response.headers()["cache-control"]).toBe("no-store");
  const body = (await response.json()) as Record<string, unknown>;
  expect(body).toMatchObject({
    status: "sehat",
    database: "menjawab",
    clock: { late: false },
    outbox: { late: false },
  });
});
