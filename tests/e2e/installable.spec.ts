import { expect, test } from "@playwright/test";

// The app can be added to a phone's home screen, and no page asks for a file that is not there (the
// browser used to log a 404 for /favicon.ico on every page).
test("a web app manifest with icons, a favicon and the theme colour; no request of a page fails", async ({
  page,
  request,
}) => {
  const missing: string[] = [];
  page.on("response", (response) => {
    if (response.status() >= 400) missing.push(`${response.status()} ${response.url()}`);
  });
  await page.goto("/");
  await page.goto("/masuk");

  const manifestHref = await page.locator('link[rel="manifest"]').getAttribute("href");
  expect(manifestHref).toBeTruthy();
  const manifest = (await (await request.get(manifestHref as string)).json()) as {
    name: string;
    short_name: string;
    start_url: string;
    display: string;
    lang: string;
    theme_color: string;
    icons: Array<{ src: string; sizes: string; type: string; purpose: string }>;
  };
  expect(manifest).toMatchObject({
    name: "Helpdesk Dapodik PAUD & Dikmas",
    short_name: "Helpdesk Dapodik",
    start_url: "/masuk",
    display: "standalone",
    lang: "id",
  });
  expect(manifest.theme_color).toBe(await page.locator('meta[name="theme-color"]').getAttribute("content"));
  // What an install needs: a 192 px and a 512 px icon, and one the home screen may mask to its shape.
  expect(manifest.icons.map((icon) => icon.sizes)).toEqual(expect.arrayContaining(["192x192", "512x512"]));
  expect(manifest.icons.some((icon) => icon.purpose === "maskable")).toBe(true);
  for (const icon of manifest.icons) {
    const response = await request.get(icon.src);
    expect(response.status(), icon.src).toBe(200);
    expect(response.headers()["content-type"]).toBe(icon.type);
  }
  // The favicon and the home-screen icon of iPhones.
  for (const rel of ["icon", "apple-touch-icon"]) {
    const href = await page.locator(`link[rel="${rel}"]`).first().getAttribute("href");
    expect(href, rel).toBeTruthy();
    const response = await request.get(href as string);
    expect(response.status(), `${rel} ${href}`).toBe(200);
    expect(response.headers()["content-type"]).toMatch(/^image\//);
  }
  expect(missing).toEqual([]);
});
