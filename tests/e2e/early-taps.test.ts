// Before the app takes the page over, a tap on a claim or on a row of the map's index is answered by the page itself
// (src/app/earlyTaps.ts), from the moment the row is painted: while the app's script is still on its way, and while the
// rest of the page is.
import type { BrowserContext, Page, Route } from '@playwright/test';
import { loadShippedStory } from '../../src/story/fixtures/shippedStory';
import { holdPageAfter } from './support/heldPage';
import { expect, test } from './support/test';

const story = loadShippedStory();
const PHONE = { width: 360, height: 740 };

const styleOf = (page: Page, selector: string, property: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((element, name) => getComputedStyle(element).getPropertyValue(name), property);

/** Holds the app's entry script until `release()`, so a test can act before the app has taken the page over. */
async function holdEntryScript(context: BrowserContext): Promise<() => void> {
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  await context.route(/\/assets\/index-[^/]+\.js$/, async (route: Route) => {
    await released;
    await route.continue();
  });
  return release;
}

test.describe('a tap before the app has taken the page over', () => {
  test.use({ viewport: PHONE, hasTouch: true, isMobile: true });
  const claim = story.claims[2];
  const rows = [
    { what: 'a claim', selector: `[data-claim="${claim?.id ?? ''}"]`, hash: `#claim=${claim?.id ?? ''}` },
    {
      what: 'a row of the map’s index',
      selector: '[data-index="region:nagorno-karabakh"]',
      hash: '#region=nagorno-karabakh',
    },
  ];
  for (const { what, selector, hash } of rows)
    test(`${what} tapped before it did shows as chosen at once, and the app opens it`, async ({ page, context }) => {
      const release = await holdEntryScript(context);
      try {
        // Not until DOMContentLoaded: that waits for the (held) module script.
        await page.goto('/', { waitUntil: 'commit' });
        const row = page.locator(selector);
        await row.scrollIntoViewIfNeeded();
        await row.tap();
        // Answered by the page itself: the app's script has not even arrived.
        expect(await row.getAttribute('aria-pressed')).toBe('true');
        expect(await styleOf(page, selector, 'background-color')).toBe('rgb(253, 240, 230)');
        expect(await page.evaluate(() => document.documentElement.hasAttribute('data-taken-over'))).toBe(false);
        expect(new URL(page.url()).hash).toBe(hash);
        release();
        // The app takes over and opens the card; the row stays chosen, and only it.
        await expect(page.locator('html[data-taken-over] #card-title')).not.toBeEmpty();
        await expect(row).toHaveAttribute('aria-pressed', 'true');
        await expect(page.locator('[data-claim][aria-pressed="true"], [data-index][aria-pressed="true"]')).toHaveCount(
          1,
        );
      } finally {
        release();
      }
    });

  test('a claim tapped while the rest of the page is still arriving is answered at once', async ({
    page,
    baseURL,
    problems,
  }) => {
    if (!claim) throw new Error('the story has fewer than three claims');
    const selector = `[data-claim="${claim.id}"]`;
    // The page as a slow network delivers it: painted up to the end of this claim's row, the rest (the map's picture,
    // the page's scripts) not yet sent.
    const held = await holdPageAfter(baseURL ?? '', new RegExp(`data-claim="${claim.id}"[\\s\\S]*?</li>`));
    problems.allowOrigin(new URL(held.url).origin);
    try {
      await page.goto(held.url, { waitUntil: 'commit' });
      const row = page.locator(selector);
      await row.scrollIntoViewIfNeeded();
      await row.tap();
      expect(await page.evaluate(() => document.readyState)).toBe('loading');
      expect(await row.getAttribute('aria-pressed')).toBe('true');
      expect(await styleOf(page, selector, 'background-color')).toBe('rgb(253, 240, 230)');
      expect(new URL(page.url()).hash).toBe(`#claim=${claim.id}`);
      held.release();
      await expect(page.locator('html[data-taken-over] #card-title')).not.toBeEmpty();
      await expect(row).toHaveAttribute('aria-pressed', 'true');
    } finally {
      await held.close();
    }
  });
});
