// Before the app takes the page over, a tap on a claim or on a row of the map's index is answered by the page itself
// (src/app/earlyTaps.ts), from the moment the row is painted: while the app's script is still on its way, and while the
// rest of the page is.
import type { BrowserContext, Page, Route } from '@playwright/test';
import { loadShippedStory } from '../../src/story/fixtures/shippedStory';
import { formatDate } from '../../src/ui/format';
import { PHONE_VIEWPORT } from './support/app';
import { styleOf } from './support/elementStyles';
import { holdPageAfter } from './support/heldPage';
import { expect, test } from './support/test';

const story = loadShippedStory();

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

/** Taps the row and expects the page itself to show it chosen at once and record it in the address. */
async function tapShowsChosen(page: Page, selector: string, hash: string): Promise<void> {
  const row = page.locator(selector);
  await row.scrollIntoViewIfNeeded();
  await row.tap();
  expect(await row.getAttribute('aria-pressed')).toBe('true');
  expect(await styleOf(page, selector, 'background-color')).toBe('rgb(253, 240, 230)');
  expect(new URL(page.url()).hash).toBe(hash);
}

/** Once the app has taken over: it opens the row's card, and the row stays chosen, and only it. */
async function appOpens(page: Page, selector: string): Promise<void> {
  await expect(page.locator('html[data-taken-over] #card-title')).not.toBeEmpty();
  await expect(page.locator(selector)).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('[data-claim][aria-pressed="true"], [data-index][aria-pressed="true"]')).toHaveCount(1);
}

test.describe('a tap before the app has taken the page over', () => {
  test.use({ viewport: PHONE_VIEWPORT, hasTouch: true, isMobile: true });
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
        await tapShowsChosen(page, selector, hash);
        // Answered by the page itself: the app's script has not even arrived.
        expect(await page.evaluate(() => document.documentElement.hasAttribute('data-taken-over'))).toBe(false);
        release();
        await appOpens(page, selector);
      } finally {
        release();
      }
    });

  test('a claim tapped before it did, on a link to a later day, opens on that day', async ({ page, context }) => {
    if (!claim) throw new Error('the story has fewer than three claims');
    const selector = `[data-claim="${claim.id}"]`;
    const release = await holdEntryScript(context);
    try {
      await page.goto('/#date=2024-03-01', { waitUntil: 'commit' });
      await tapShowsChosen(page, selector, `#date=2024-03-01&claim=${claim.id}`);
      release();
      await appOpens(page, selector);
      // The map the reader asked for: the day of the link, not the article's.
      await expect(page.getByTestId('shown-date')).toContainText(formatDate('2024-03-01'));
      expect(new URL(page.url()).hash).toBe(`#claim=${claim.id}&date=2024-03-01`);
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
      await tapShowsChosen(page, selector, `#claim=${claim.id}`);
      // Answered by the page itself, with the rest of the page not yet sent.
      expect(await page.evaluate(() => document.readyState)).toBe('loading');
      held.release();
      await appOpens(page, selector);
    } finally {
      await held.close();
    }
  });
});
