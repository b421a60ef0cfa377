// Usable by everyone: axe finds nothing, the keyboard reaches and clears everything, phones get a bottom sheet.
import type { Page } from '@playwright/test';
import { cameraStill, openApp, openPanel } from './support/app';
import { axeViolations } from './support/axe';
import { pixelsNear, type Rgb } from './support/pixels';
import { expect, test } from './support/test';

// The page's focus ring (:focus-visible in src/app/app.css).
const FOCUS_RING: Rgb = [0x25, 0x63, 0xeb];

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

test.describe('axe', { tag: ['@desktop', '@phone'] }, () => {
  const views = [
    ['the whole story', ''],
    ['a claim', '#claim=russian-base'],
    ['a region', '#region=nagorno-karabakh'],
    ['a relation', '#relation=moscow-gyumri-base'],
  ] as const;
  test('finds no violations with the whole story, a claim, a region or a relation', async ({ page }) => {
    // axe walks the whole page, the map's markup included, four times: on a loaded 2-core machine that takes its time.
    test.slow();
    await openApp(page);
    const violations: string[] = [];
    // One page, each view reached by its link (as a reader following links in the same tab does).
    for (const [name, hash] of views) {
      const title = await page.title();
      await page.evaluate((next) => (window.location.hash = next), hash);
      // The page's title names the selection: a new title means the view has changed.
      if (hash === '') await expect(page.locator('.card')).toHaveCount(0);
      else await expect(page).not.toHaveTitle(title);
      await expect(page.locator('.claim-item').first()).toBeVisible();
      await cameraStill(page);
      violations.push(...(await axeViolations(page, name)));
    }
    expect(violations).toEqual([]);
  });
});

test.describe('keyboard only', () => {
  test('Tab reaches a claim before the map, Enter selects and announces it, Escape clears, Tab goes on to the map; focus is never lost', async ({
    page,
  }) => {
    const mapCanvas = 'Map: arrow keys pan, plus and minus keys zoom';
    await openApp(page);
    const seen: string[] = [];
    for (let presses = 0; presses < 60; presses += 1) {
      await page.keyboard.press('Tab');
      const active = await activeDescription(page);
      seen.push(active);
      // On through the list to the claim about the Russian base, whose pins the map lights.
      if (active === 'russian-base') break;
    }
    expect(seen).not.toContain('body');
    // The story's panel comes first in the page: its claims before the map's controls.
    expect(seen).not.toContain(mapCanvas);
    expect(seen.filter((name) => name === 'russian-base')).toHaveLength(1);
    const claim = page.locator('.claim-item:focus');
    const claimId = await claim.getAttribute('data-claim');

    await page.keyboard.press('Enter');
    await expect(claim).toHaveAttribute('aria-pressed', 'true');
    await expect(announcement(page)).toHaveText(/^Claim .* selected: /);
    expect(
      await page.locator('.pin--lit').evaluateAll((pins) => pins.map((pin) => pin.getAttribute('data-place'))),
    ).toEqual(expect.arrayContaining(['gyumri', 'moscow']));
    expect(page.url()).toContain(`#claim=${claimId ?? ''}`);

    await page.keyboard.press('Escape');
    await expect(claim).toHaveAttribute('aria-pressed', 'false');
    await expect(announcement(page)).toHaveText('Showing the whole story.');
    await expect(page.locator('.pin--lit')).toHaveCount(0);
    expect(await activeDescription(page)).toBe(claimId);

    // On through the rest of the panel to the map, never losing focus.
    const after: string[] = [];
    for (let presses = 0; presses < 300 && after.at(-1) !== mapCanvas; presses += 1) {
      await page.keyboard.press('Tab');
      after.push(await activeDescription(page));
    }
    expect(after).not.toContain('body');
    expect(after.at(-1)).toBe(mapCanvas);
  });

  test('the skip link lands on the first claim', async ({ page }) => {
    // The panel's keyboard path: it needs no zoomable map.
    await openPanel(page);
    await page.keyboard.press('Tab');
    await expect(page.locator('.skip-link')).toBeFocused();
    await page.keyboard.press('Enter');
    expect(await activeDescription(page)).toBe(await page.locator('.claim-item').first().getAttribute('data-claim'));
  });

  test('focus follows a card link to the new card, and Escape returns it to the list', async ({ page }) => {
    // The panel's keyboard path: it needs no zoomable map.
    await openPanel(page, '#claim=russian-base');
    const chip = page.locator('.card [data-select="place:gyumri"]');
    await chip.focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('.card h3')).toContainText('Gyumri');
    expect(await activeDescription(page)).toBe('card-title');
    await expect(announcement(page)).toHaveText('Place selected: Gyumri.');

    await page.keyboard.press('Escape');
    await expect(page.locator('.card')).toHaveCount(0);
    expect(await activeDescription(page)).toBe('place:gyumri');
  });

  test('a claim row and an index row reached by Tab show their whole focus ring', async ({ page }) => {
    // Rows out of view are skipped (content-visibility), which clips what a row draws outside its box: a ring drawn
    // outside the row was cut away entirely.
    await openPanel(page);
    for (const selector of ['[data-claim="area"]', '[data-index="region:armenia"]']) {
      const row = page.locator(selector);
      await row.focus();
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Tab');
      await expect(row).toBeFocused();
      const box = await row.boundingBox();
      expect(box, selector).not.toBeNull();
      if (!box) continue;
      const around = { x: box.x - 8, y: box.y - 8, width: box.width + 16, height: box.height + 16 };
      const { ring = 0 } = await pixelsNear(page, await page.screenshot({ clip: around }), { ring: FOCUS_RING });
      // At least a pixel's width all the way round the row (the ring is 3 px).
      expect(ring, selector).toBeGreaterThanOrEqual(2 * (box.width + box.height));
    }
  });

  test('every region, place and line has a button that selects it, as a click on the map does', async ({ page }) => {
    // The panel's keyboard path: it needs no zoomable map.
    await openPanel(page);
    await expect(page.locator('.map-index [data-index^="region:"]')).toHaveCount(3);
    await page.locator('[data-index="region:nagorno-karabakh"]').focus();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('computed-area')).toHaveCount(1);
    expect(page.url()).toContain('#region=nagorno-karabakh');
    await page.locator('[data-index="relation:moscow-gyumri-base"]').click();
    await expect(page.locator('.card h3')).toHaveText('Russia’s 102nd Military Base'.replace('’', "'"));
  });

  test('a pin off screen, reached by Tab, comes into view without shifting the map box', async ({ page }) => {
    await openApp(page);
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
  });
});

/** The Gyumri pin's x before a claim is picked, on every frame until the camera stops, and where it settles (the camera still). */
async function pinPathAfterPick(
  page: Page,
): Promise<{ start: number; frames: number[]; settled: number; movingMs: number }> {
  const pinX = () =>
    page.evaluate(() => document.querySelector('[data-place="gyumri"]')?.getBoundingClientRect().x ?? Number.NaN);
  const start = await pinX();
  const { frames, movingMs } = await page.evaluate(async () => {
    const xs: number[] = [];
    const box = document.querySelector<HTMLElement>('.map__gl');
    // Every frame until the camera has stopped after moving (a slow machine draws few frames of an 800-ms flight);
    // a jump goes from moving to still within one task, which the observer sees as one batch of changes. How long the
    // camera moved is timed between those changes: a flight lasts its duration however few frames it gets, a jump 0 ms.
    const camera = { stopped: false, movedAt: Number.NaN, stoppedAt: Number.NaN };
    const observer = new MutationObserver((records) => {
      const now = performance.now();
      if (Number.isNaN(camera.movedAt) && records.some((record) => record.oldValue === 'still')) camera.movedAt = now;
      if (records.some((record) => record.oldValue === 'moving') && box?.dataset['camera'] === 'still') {
        camera.stopped = true;
        camera.stoppedAt = now;
      }
    });
    if (box) observer.observe(box, { attributeFilter: ['data-camera'], attributeOldValue: true });
    document.querySelector<HTMLElement>('[data-claim="russian-base"]')?.click();
    for (let frame = 0; frame < 600 && !camera.stopped; frame += 1) {
      await new Promise(requestAnimationFrame);
      xs.push(document.querySelector('[data-place="gyumri"]')?.getBoundingClientRect().x ?? Number.NaN);
    }
    observer.disconnect();
    return { frames: xs, movingMs: camera.stoppedAt - camera.movedAt };
  });
  await cameraStill(page);
  return { start, frames, settled: await pinX(), movingMs };
}

/** Positions on the way: neither where the pin started nor where it ended. */
const onTheWay = ({ start, frames, settled }: { start: number; frames: number[]; settled: number }) =>
  frames.filter((x) => Math.abs(x - start) > 1 && Math.abs(x - settled) > 1);

test.describe('reduced motion', () => {
  test.describe('with reduced motion', () => {
    test.use({ reducedMotion: 'reduce' });
    test('a claim jumps the camera to its place at once', async ({ page }) => {
      await openApp(page);
      const path = await pinPathAfterPick(page);
      expect(Math.abs(path.settled - path.start)).toBeGreaterThan(20);
      expect(onTheWay(path)).toEqual([]);
      expect(path.movingMs).toBe(0);
    });
  });

  test('without it the camera flies: the move lasts its 800 ms', async ({ page }) => {
    await openApp(page);
    const path = await pinPathAfterPick(page);
    expect(Math.abs(path.settled - path.start)).toBeGreaterThan(20);
    // Positions on the way need frames, which a loaded machine may not draw within the flight; its length needs none.
    expect(path.movingMs).toBeGreaterThanOrEqual(800);
  });
});

test.describe('phone at 360×740', { tag: '@phone' }, () => {
  const sheetHeight = (page: Page) =>
    page.locator('.panel').evaluate((panel) => Math.round(panel.getBoundingClientRect().height));

  test('the panel is a bottom sheet that a tap closes and opens, and a drag pulls up', async ({ page }) => {
    await openApp(page);
    const handle = page.locator('.sheet-handle');
    await expect(handle).toHaveAttribute('aria-expanded', 'true');
    const half = await sheetHeight(page);
    expect(half).toBeGreaterThan(300);

    await handle.tap();
    await expect(handle).toHaveAttribute('aria-expanded', 'false');
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
    await expect(page.locator('.panel')).toHaveAttribute('data-sheet', 'full');
    await expect(handle).toHaveAttribute('aria-expanded', 'true');
  });

  test('picking on the map opens a closed sheet on the card', async ({ page }) => {
    await openApp(page);
    const panel = page.locator('.panel');
    await page.locator('.sheet-handle').tap();
    await expect(panel).toHaveAttribute('data-sheet', 'closed');
    await page.locator('[data-place="yerevan"]').tap();
    await expect(panel).toHaveAttribute('data-sheet', 'half');
    await expect(page.locator('.card h3')).toHaveText('Yerevan');
  });

  test('nothing scrolls sideways, no text is under 16 px and every control is at least 44 px', async ({ page }) => {
    for (const hash of ['', '#region=nagorno-karabakh', '#claim=russian-base']) {
      // A fresh load for each view, as a reader following a link gets.
      await page.goto('about:blank');
      await openApp(page, hash);
      await expect(page.locator('.claim-item').first()).toBeVisible();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(page.viewportSize()?.width);
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
      // A field's own text is in its shadow tree, which the walk above does not enter: the date field's was 13.3 px.
      const smallFields = await page.evaluate(() =>
        [
          ...document.querySelectorAll<HTMLElement>(
            'input:not([type="range"], [type="radio"], [type="checkbox"]), select, textarea',
          ),
        ]
          .filter((field) => field.getClientRects().length > 0)
          .map((field) => ({ field, size: Number.parseFloat(getComputedStyle(field).fontSize) }))
          .filter(({ size }) => size < 16)
          .map(
            ({ field, size }) => `${size}px ${field.tagName.toLowerCase()}[type=${field.getAttribute('type') ?? ''}]`,
          ),
      );
      expect(smallFields).toEqual([]);
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
    }
  });
});
