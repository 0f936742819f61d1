import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ClockWarning } from "@/components/dashboard/clock-warning";
import type { ClockHealth } from "@/lib/server/clock/health";

const now = new Date("2026-12-07T03:00:00Z");
const healthy: ClockHealth = {
  lastSweepAt: new Date("2026-12-07T02:59:30Z"),
  lastSweepServer: "app-1",
  expectedEveryMs: 60_000,
  sweepLate: false,
  outbox: { unsent: 0, oldestUnsentAt: null, late: false },
  ok: true,
};
const render = (health: ClockHealth) =>
  renderToStaticMarkup(createElement(ClockWarning, { health, timeZone: "Asia/Jakarta", now }));

describe("the clock warning on the admin and supervisor dashboards", () => {
  it("is absent while the clocks run", () => {
    expect(render(healthy)).toBe("");
  });

  it("says when the sweep last ran, what that means for tickets, and what waits for Inngest", () => {
    const html = render({
      ...healthy,
      lastSweepAt: new Date("2026-12-07T02:15:00Z"),
      sweepLate: true,
      outbox: { unsent: 12, oldestUnsentAt: new Date("2026-12-07T02:30:00Z"), late: true },
      ok: false,
    });
    expect(html).toContain('role="alert"');
    expect(html).toContain("Jam SLA terlambat");
    expect(html).toContain("45 menit lalu; seharusnya tiap 1 menit");
    expect(html).toContain("tidak diteruskan otomatis");
    expect(html).toContain("12 pengatur waktu belum diterima Inngest");
  });
});
