// The exact request a browser sends for a server action (its id, router state and multipart body),
// captured from the real form in Chromium and not sent: the load generator then replays it with a fresh
// form key (and ticket) per request, so the load goes through the same action as a user's click.
import { chromium, type Page } from "@playwright/test";

export interface CapturedAction {
  path: string;
  headers: Record<string, string>;
  body: string;
}

const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
const KEPT_HEADERS = ["next-action", "next-router-state-tree", "accept", "content-type", "origin"];

export async function captureAction(
  baseUrl: string,
  cookie: string,
  pagePath: string,
  fillAndSubmit: (page: Page) => Promise<void>,
  chromiumPath = "/usr/bin/chromium",
): Promise<CapturedAction> {
  const browser = await chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_ARGS });
  try {
    const context = await browser.newContext();
    const [name, ...value] = cookie.split("=");
    await context.addCookies([{ name: name ?? "", value: value.join("="), url: baseUrl }]);
    const page = await context.newPage();
    let resolveCapture: (captured: CapturedAction) => void = () => undefined;
    const captured = new Promise<CapturedAction>((resolve) => (resolveCapture = resolve));
    await page.route("**/*", async (route) => {
      const request = route.request();
      const headers = request.headers();
      if (request.method() === "POST" && headers["next-action"]) {
        const kept = Object.fromEntries(
          KEPT_HEADERS.filter((h) => headers[h] !== undefined).map((h) => [h, headers[h] as string]),
        );
        resolveCapture({ path: new URL(request.url()).pathname, headers: kept, body: request.postData() ?? "" });
        await route.abort();
        return;
      }
      await route.continue();
    });
    const problems: string[] = [];
    page.on("pageerror", (error) => problems.push(error.message));
    page.on("requestfailed", (request) => problems.push(`${request.url()}: ${request.failure()?.errorText}`));
    await page.goto(`${baseUrl}${pagePath}`);
    // The form key is made after hydration: wait for it before typing.
    await page
      .waitForFunction(() => {
        const key = document.querySelector<HTMLInputElement>('input[name="clientKey"]');
        return key !== null && key.value !== "";
      })
      .catch((error: unknown) => {
        throw new Error(
          `${pagePath}: formulir tidak siap (${problems.join("; ") || "tanpa galat di halaman"}): ${String(error)}`,
        );
      });
    await fillAndSubmit(page);
    return await Promise.race([
      captured,
      new Promise<never>((_, reject) =>
        setTimeout(() => reject(new Error(`tidak ada server action dari ${pagePath}`)), 30_000),
      ),
    ]);
  } finally {
    await browser.close();
  }
}
