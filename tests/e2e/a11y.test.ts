// Usable by everyone: axe finds nothing, the keyboard reaches and clears everything, phones get a bottom sheet.
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser, openPage, waitForMapReady, type OpenPageOptions, type OpenedPage } from './support/browser';

let browser: Browser;
const opened: OpenedPage[] = [];
const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 360, height: 740 };

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  for (const { consoleErrors } of opened) expect(consoleErrors).toEqual([]);
  await browser.close();
});

async function open(options: OpenPageOptions = {}): Promise<Page> {
  const result = await openPage(browser, options);
  opened.push(result);
  await waitForMapReady(result.page);
  return result.page;
}

const announcement = (page: Page) => page.getByTestId('announcer');
const activeDescription = (page: Page) =>
  page.evaluate(() => {
    const active = document.activeElement;
    if (!active || active === document.body) return 'body';
    return (
      active.getAttribute('data-claim') ??
      active.getAttribute('data-index') ??
      active.getAttribute('aria-label') ??
      (active.id || active.tagName)
    );
  });

describe('axe', () => {
  const views = [
    ['the whole story', ''],
    ['a claim', '#claim=russian-base'],
    ['a region', '#region=nagorno-karabakh'],
    ['a relation', '#relation=moscow-gyumri-base'],
  ] as const;
  for (const viewport of [DESKTOP, PHONE]) {
    for (const [name, hash] of views) {
      test(`finds no violations at ${viewport.width}×${viewport.height} with ${name}`, async () => {
        const page = await open({ hash, viewport, touch: viewport === PHONE });
        await page.locator('.claim-item').first().waitFor();
        const results = await new AxeBuilder({ page }).analyze();
        const violations = results.violations.map(
          (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
        );
        expect(violations).toEqual([]);
        await page.context().close();
      });
    }
  }
});

describe('keyboard only', () => {
  test('Tab reaches a claim, Enter selects and announces it, Escape clears, focus is never lost', async () => {
    const page = await open();
    const seen: string[] = [];
    for (let presses = 0; presses < 60; presses += 1) {
      await page.keyboard.press('Tab');
      const active = await activeDescription(page);
      seen.push(active);
      // On through the list to the claim about the Russian base, whose pins the map lights.
      if (active === 'russian-base') break;
    }
    expect(seen).not.toContain('body');
    expect(seen).toContain('Map: arrow keys pan, plus and minus keys zoom');
    expect(seen.filter((name) => name === 'russian-base')).toHaveLength(1);
    const claim = page.locator('.claim-item:focus');
    const claimId = await claim.getAttribute('data-claim');

    await page.keyboard.press('Enter');
    await expect.poll(() => claim.getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => announcement(page).textContent()).toMatch(/^Claim .* selected: /);
    expect(
      await page.locator('.pin--lit').evaluateAll((pins) => pins.map((pin) => pin.getAttribute('data-place'))),
    ).toEqual(expect.arrayContaining(['gyumri', 'moscow']));
    expect(page.url()).toContain(`#claim=${claimId ?? ''}`);

    await page.keyboard.press('Escape');
    await expect.poll(() => claim.getAttribute('aria-pressed')).toBe('false');
    await expect.poll(() => announcement(page).textContent()).toBe('Showing the whole story.');
    expect(await page.locator('.pin--lit').count()).toBe(0);
    expect(await activeDescription(page)).toBe(claimId);
    await page.context().close();
  });

  test('the skip link lands on the first claim', async () => {
    const page = await open();
    await page.keyboard.press('Tab');
    await expect.poll(() => page.evaluate(() => document.activeElement?.className)).toBe('skip-link');
    await page.keyboard.press('Enter');
    expect(await activeDescription(page)).toBe(await page.locator('.claim-item').first().getAttribute('data-claim'));
    await page.context().close();
  });

  test('focus follows a card link to the new card, and Escape returns it to the list', async () => {
    const page = await open({ hash: '#claim=russian-base' });
    const chip = page.locator('.card [data-select="place:gyumri"]');
    await chip.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.card h3').textContent()).toContain('Gyumri');
    expect(await activeDescription(page)).toBe('card-title');
    await expect.poll(() => announcement(page).textContent()).toBe('Place selected: Gyumri.');

    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.card').count()).toBe(0);
    expect(await activeDescription(page)).toBe('place:gyumri');
    await page.context().close();
  });

  test('every region, place and line has a button that selects it, as a click on the map does', async () => {
    const page = await open();
    expect(await page.locator('.map-index [data-index^="region:"]').count()).toBe(3);
    await page.locator('[data-index="region:nagorno-karabakh"]').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('[data-testid="computed-area"]').count()).toBe(1);
    expect(page.url()).toContain('#region=nagorno-karabakh');
    await page.locator('[data-index="relation:moscow-gyumri-base"]').click();
    await expect
      .poll(() => page.locator('.card h3').textContent())
      .toBe('Russia’s 102nd Military Base'.replace('’', "'"));
    await page.context().close();
  });

  test('a pin off screen, reached by Tab, comes into view without shifting the map box', async () => {
    const page = await open();
    const washington = page.locator('[data-place="washington"]');
    const before = await washington.boundingBox();
    const map = await page.locator('.map').boundingBox();
    if (!before || !map) throw new Error('no pin or map');
    expect(before.x > map.x + map.width || before.y > map.y + map.height || before.x < map.x).toBe(true);
    await washington.focus();
    await expect
      .poll(async () => {
        const box = await washington.boundingBox();
        return (
          box !== null && box.x >= map.x && box.x <= map.x + map.width && box.y >= map.y && box.y <= map.y + map.height
        );
      })
      .toBe(true);
    expect(await page.evaluate(() => document.querySelector('.maplibregl-map')?.scrollLeft ?? -1)).toBe(0);
    expect(await page.evaluate(() => document.querySelector('.maplibregl-map')?.scrollTop ?? -1)).toBe(0);
    await page.context().close();
  });
});

/** The Gyumri pin's x before a claim is picked, on every frame for a while after, and where it settles. */
async function pinPathAfterPick(page: Page): Promise<{ start: number; frames: number[]; settled: number }> {
  const pinX = () =>
    page.evaluate(() => document.querySelector('[data-place="gyumri"]')?.getBoundingClientRect().x ?? Number.NaN);
  const start = await pinX();
  const frames = await page.evaluate(async () => {
    const xs: number[] = [];
    document.querySelector<HTMLElement>('[data-claim="russian-base"]')?.click();
    const until = performance.now() + 1200;
    while (performance.now() < until) {
      await new Promise(requestAnimationFrame);
      xs.push(document.querySelector('[data-place="gyumri"]')?.getBoundingClientRect().x ?? Number.NaN);
    }
    return xs;
  });
  await page.waitForTimeout(800);
  return { start, frames, settled: await pinX() };
}

/** Positions on the way: neither where the pin started nor where it ended. */
const onTheWay = ({ start, frames, settled }: { start: number; frames: number[]; settled: number }) =>
  frames.filter((x) => Math.abs(x - start) > 1 && Math.abs(x - settled) > 1);

describe('reduced motion', () => {
  test('with reduced motion a claim jumps the camera to its place at once', async () => {
    const page = await open({ reducedMotion: 'reduce' });
    const path = await pinPathAfterPick(page);
    expect(Math.abs(path.settled - path.start)).toBeGreaterThan(20);
    expect(onTheWay(path)).toEqual([]);
    await page.context().close();
  });

  test('without it the camera flies, through positions on the way', async () => {
    const page = await open();
    const path = await pinPathAfterPick(page);
    expect(Math.abs(path.settled - path.start)).toBeGreaterThan(20);
    expect(onTheWay(path).length).toBeGreaterThan(0);
    await page.context().close();
  });
});

describe('phone at 360×740', () => {
  const sheetHeight = (page: Page) =>
    page.locator('.panel').evaluate((panel) => Math.round(panel.getBoundingClientRect().height));

  test('the panel is a bottom sheet that a tap closes and opens, and a drag pulls up', async () => {
    const page = await open({ viewport: PHONE, touch: true });
    const handle = page.locator('.sheet-handle');
    expect(await handle.getAttribute('aria-expanded')).toBe('true');
    const half = await sheetHeight(page);
    expect(half).toBeGreaterThan(300);

    await handle.tap();
    await expect.poll(() => handle.getAttribute('aria-expanded')).toBe('false');
    await expect.poll(() => sheetHeight(page)).toBeLessThan(80);
    const mapBox = await page.locator('.map').boundingBox();
    expect(mapBox?.height).toBeGreaterThan(600);

    await handle.tap();
    await expect.poll(() => sheetHeight(page)).toBe(half);

    const box = await handle.boundingBox();
    if (!box) throw new Error('no handle');
    await page.mouse.move(box.x + box.width / 2, box.y + 20);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2, box.y - 280, { steps: 8 });
    await page.mouse.up();
    await expect.poll(() => page.locator('.panel').getAttribute('data-sheet')).toBe('full');
    expect(await handle.getAttribute('aria-expanded')).toBe('true');
    await page.context().close();
  });

  test('picking on the map opens a closed sheet on the card', async () => {
    const page = await open({ viewport: PHONE, touch: true });
    await page.locator('.sheet-handle').tap();
    await expect.poll(() => page.locator('.panel').getAttribute('data-sheet')).toBe('closed');
    await page.locator('[data-place="yerevan"]').tap();
    await expect.poll(() => page.locator('.panel').getAttribute('data-sheet')).toBe('half');
    await expect.poll(() => page.locator('.card h3').textContent()).toBe('Yerevan');
    await page.context().close();
  });

  test('nothing scrolls sideways, no text is under 16 px and every control is at least 44 px', async () => {
    for (const hash of ['', '#region=nagorno-karabakh', '#claim=russian-base']) {
      const page = await open({ viewport: PHONE, touch: true, hash });
      await page.locator('.claim-item').first().waitFor();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(PHONE.width);
      const small = await page.evaluate(() => {
        const found: string[] = [];
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const parent = node.parentElement;
          if (!parent || (node.textContent ?? '').trim() === '' || parent.closest('.visually-hidden, .skip-link'))
            continue;
          const box = parent.getBoundingClientRect();
          if (box.width === 0 || box.height === 0) continue;
          const size = Number.parseFloat(getComputedStyle(parent).fontSize);
          if (size < 16) found.push(`${size}px ${parent.className}: ${(node.textContent ?? '').trim().slice(0, 30)}`);
        }
        return found;
      });
      expect(small).toEqual([]);
      const tiny = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('button, input, select, [role="button"]')]
          .filter((control) => !control.closest('.visually-hidden, .skip-link') && control.getClientRects().length > 0)
          // A radio's target is its whole label.
          .map((control) => ({ control, box: (control.closest('label') ?? control).getBoundingClientRect() }))
          .filter(({ box }) => box.height < 44 || box.width < 44)
          .map(
            ({ control, box }) =>
              `${control.className || control.tagName} ${Math.round(box.width)}×${Math.round(box.height)}`,
          ),
      );
      expect(tiny).toEqual([]);
      await page.context().close();
    }
  });
});
