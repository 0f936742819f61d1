import { describe, expect, it } from "vitest";
import { actionResponseStatus, markActionReached, runActionRequest } from "@/lib/server/requests";

describe("server-action requests Next.js cannot decode", () => {
  it("a 500 before any action started is the client's error; after, it stays the server's", () => {
    expect(actionResponseStatus(500, false)).toBe(400);
    expect(actionResponseStatus(500, true)).toBe(500);
    for (const status of [200, 303, 400, 404, 413]) {
      expect(actionResponseStatus(status, false)).toBe(status);
      expect(actionResponseStatus(status, true)).toBe(status);
    }
  });

  it("an action's mark reaches its own request through awaits, and no other request", async () => {
    const seen = await Promise.all(
      [true, false, true].map((acts) =>
        runActionRequest(async (request) => {
          await new Promise((resolve) => setTimeout(resolve, 5));
          if (acts) {
            await Promise.resolve();
            markActionReached();
          }
          await new Promise((resolve) => setTimeout(resolve, 5));
          return request.reached;
        }),
      ),
    );
    expect(seen).toEqual([true, false, true]);
  });

  it("outside a request (next dev, a script) the mark does nothing", () => {
    expect(() => markActionReached()).not.toThrow();
  });
});
