import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

/** The page's main landmark. */
export function main(page: Page) {
  return page.getByRole("main");
}

/** No serious or critical axe violations (listed with their elements when there are). */
export async function expectNoSeriousViolations(page: Page) {
  // Next streams a dynamic page's metadata after its body (and swaps it again after a server action's
  // refresh): the check waits until the title is there instead of catching the page in between.
  await expect(page).toHaveTitle(/\S/);
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`)).toEqual([]);
}

/** Nothing wider than the screen (a 360 px phone must not scroll sideways). */
export async function expectNoSidewaysScroll(page: Page) {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
}

/** Both: accessible and no wider than the screen. */
export async function expectAccessibleAndNarrow(page: Page) {
  await expectNoSidewaysScroll(page);
  await expectNoSeriousViolations(page);
}
