// Picking things: a claim lights its elements, a region on the map opens its card, links restore views.
import type { Page } from '@playwright/test';
import { cameraStill, mapSection, openApp, openPanel } from './support/app';
import { expect, test } from './support/test';

const cardTitle = (page: Page) => page.locator('.card h3').first();
const hashOf = (page: Page) => new URL(page.url()).hash;

async function insideMap(page: Page, selector: string): Promise<boolean> {
  const map = await mapSection(page).boundingBox();
  const pin = await page.locator(selector).locator('.pin__dot').boundingBox();
  if (!map || !pin) return false;
  const [x, y] = [pin.x + pin.width / 2, pin.y + pin.height / 2];
  return x >= map.x && x <= map.x + map.width && y >= map.y && y <= map.y + map.height;
}

test.describe('from the map to the text', () => {
  test('clicking Nagorno-Karabakh on the map opens its area card', async ({ page }) => {
    await openApp(page);
    // Just west of Stepanakert's pin lies the region itself (the pin's label sits to the east).
    const dot = await page.locator('[data-place="stepanakert"] .pin__dot').boundingBox();
    if (!dot) throw new Error('no Stepanakert pin');
    await page.mouse.click(dot.x - 16, dot.y + dot.height / 2);
    await expect(cardTitle(page)).toHaveText('Nagorno-Karabakh');
    expect(page.url()).toContain('#region=nagorno-karabakh');
    await expect(page.getByTestId('computed-area')).toHaveText(/1[12],\d{3} km²/);
    // The article's figure is set against both outlines and the oblast.
    await expect.poll(() => page.locator('.area-row').count()).toBeGreaterThanOrEqual(5);
    await expect(page.locator('.area-row--article')).toContainText(/3,626/);
  });

  test('hovering a region names it, and a country card sets the map’s area against the official one', async ({
    page,
  }) => {
    await openApp(page);
    const dot = await page.locator('[data-place="stepanakert"] .pin__dot').boundingBox();
    if (!dot) throw new Error('no Stepanakert pin');
    const label = page.locator('.hover-label');
    await page.mouse.move(dot.x - 16, dot.y + dot.height / 2);
    await expect(label).toHaveText('Nagorno-Karabakh');
    // Each move re-renders the map's component; the story's layers must stay put, so every step still finds the region.
    for (let step = 1; step <= 12; step++) {
      await page.mouse.move(dot.x - 16 - step, dot.y + dot.height / 2 + step);
      expect(await label.count()).toBe(1);
    }
    await page.mouse.move(1, 1);
    await expect(label).toHaveCount(0);

    await openApp(page, '#region=armenia');
    await expect(page.locator('.area-table thead')).toContainText(/Map’s figure vs this/);
    await expect(page.getByTestId('computed-area')).toHaveText(/29,5\d\d km²/);
    await expect(page.locator('.area-row--reference')).toContainText(/29,743.*−1%|29,743.*-1%/);
  });

  test('switching the outline redraws the region and recomputes its area', async ({ page }) => {
    await openApp(page, '#region=nagorno-karabakh');
    await page.getByLabel(/after the 10 Nov 2020 ceasefire/i).check();
    await expect(page.getByTestId('computed-area')).toHaveText(/3,1\d\d km²/);
    expect(page.url()).toContain('date=2020-11-10');
  });

  test('picking a pin shows its names, sources and the claims that cite it', async ({ page }) => {
    await openApp(page);
    await page.locator('[data-place="gyumri"]').click();
    await expect(cardTitle(page)).toHaveText(/Gyumri/);
    await expect(page.locator('.card .sources').first()).toContainText(/Source/);
    await expect(page.locator('.card [data-select="claim:russian-base"]')).toHaveCount(1);
  });
});

test('clicking a relation line opens its card', async ({ page }) => {
  await openApp(page);
  // Baku–Stepanakert carries one straight, short line: its middle lies halfway between the two pins.
  const baku = await page.locator('[data-place="baku"] .pin__dot').boundingBox();
  const stepanakert = await page.locator('[data-place="stepanakert"] .pin__dot').boundingBox();
  if (!baku || !stepanakert) throw new Error('pins missing');
  const middle = {
    x: (baku.x + stepanakert.x) / 2 + baku.width / 2,
    y: (baku.y + stepanakert.y) / 2 + baku.height / 2,
  };
  await page.mouse.click(middle.x, middle.y);
  await expect.poll(() => hashOf(page)).toBe('#relation=baku-stepanakert-conflict');
  await expect(page.locator('.card .card__kicker')).toContainText(/Armed conflict/);
  await expect(page.locator('.card [data-select="claim:aliyev-vow"]')).toHaveCount(1);
});

test('pins and names ride with the map while it is dragged, and after', async ({ page }) => {
  await openApp(page);
  const positionsOf = (selector: string) => () =>
    page.locator(selector).evaluateAll((elements) =>
      elements.map((element) => {
        const { x, y } = element.getBoundingClientRect();
        return [x, y] as const;
      }),
    );
  const positions = positionsOf('.pin__dot, .pin:not(.pin--unlabelled) .pin__label, .map-label');
  const dotPositions = positionsOf('.pin__dot');
  const before = await positions();
  const dotsBefore = await dotPositions();
  expect(before.length).toBeGreaterThan(3);
  const map = await mapSection(page).boundingBox();
  if (!map) throw new Error('no map on screen');
  const [x, y] = [map.x + map.width * 0.3, map.y + map.height * 0.6];
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x - 60, y + 40, { steps: 6 });
  // Mid-drag, the mouse held still: every mark has moved with the map, by the drag (to a pixel: pins rest rounded).
  const offDrag = async () =>
    Math.max(
      ...(await positions()).map(([px, py], index) =>
        Math.max(Math.abs(px - (before[index]?.[0] ?? NaN) + 60), Math.abs(py - (before[index]?.[1] ?? NaN) - 40)),
      ),
    );
  await expect.poll(offDrag).toBeLessThanOrEqual(1);
  await page.mouse.up();
  await cameraStill(page);
  // At rest the pins are placed one by one again, still where the map puts them relative to each other (the names
  // are placed anew for the new view, so they may change sides).
  const after = await dotPositions();
  const [dx, dy] = [(after[0]?.[0] ?? 0) - (dotsBefore[0]?.[0] ?? 0), (after[0]?.[1] ?? 0) - (dotsBefore[0]?.[1] ?? 0)];
  for (const [index, [px, py]] of after.entries()) {
    expect(Math.abs(px - (dotsBefore[index]?.[0] ?? NaN) - dx)).toBeLessThanOrEqual(1);
    expect(Math.abs(py - (dotsBefore[index]?.[1] ?? NaN) - dy)).toBeLessThanOrEqual(1);
  }
});

test.describe('from the text to the map', () => {
  test('a claim far down the list opens its card in view and names the tab', async ({ page }) => {
    await openPanel(page);
    await page.locator('[data-claim="aliyev-vow"]').click();
    const card = page.locator('.card');
    await expect(card).toBeInViewport();
    const box = await card.boundingBox();
    expect(box?.y ?? -1).toBeGreaterThanOrEqual(0);
    expect(box?.y ?? 10_000).toBeLessThan(800);
    await expect(page).toHaveTitle(/^Claim: ¶9: /);
  });

  test('selecting a claim lights its pins, dims the rest and brings them into view', async ({ page }) => {
    await openApp(page);
    const canvas = mapSection(page).locator('canvas');
    const before = await canvas.screenshot();
    await page.locator('[data-claim="minsk-group-members"]').click();
    await expect(cardTitle(page)).not.toBeEmpty();
    for (const place of ['moscow', 'paris', 'washington']) {
      await expect(page.locator(`[data-place="${place}"]`)).toContainClass('pin--lit');
    }
    await expect(page.locator('[data-place="gyumri"]')).toContainClass('pin--dim');
    // The camera fits the claim: Washington, far outside the first view, comes on screen, and the camera stops there.
    await expect.poll(() => insideMap(page, '[data-place="washington"]')).toBe(true);
    await cameraStill(page);
    expect(await insideMap(page, '[data-place="washington"]')).toBe(true);
    const after = await canvas.screenshot();
    expect(after.equals(before)).toBe(false);
  });

  test('a claim card names its paragraph, its sources and its map elements', async ({ page }) => {
    await openPanel(page);
    // The list already flags the fact check's strongest finding.
    await expect(page.locator('[data-claim="area"] .claim-item__flag--contradicts')).toHaveText(
      'Contradicted by sources',
    );
    await expect(page.locator('[data-claim="russian-base"] .claim-item__flag')).toHaveCount(0);
    await page.locator('[data-claim="area"]').click();
    const card = page.locator('.card');
    await expect(card.locator('.card__parts')).toHaveText('¶3');
    await expect(card.locator('.card__quote')).toContainText(/1,400 square miles/);
    await expect(card.locator('.check--contradicts').first()).toBeVisible();
    await card.locator('[data-select="region:nagorno-karabakh"]').click();
    await expect(cardTitle(page)).toHaveText('Nagorno-Karabakh');
  });
});

test('a tapped claim’s own frame shows its row chosen, and its card follows in a later one', async ({ page }) => {
  await openApp(page);
  const row = page.locator('[data-claim="russian-base"]');
  // What the first frame after the click holds: a frame callback queued as the click starts runs before any later work.
  await row.evaluate((element) => {
    element.addEventListener(
      'click',
      () =>
        requestAnimationFrame(() => {
          const shown = {
            chosen: element.getAttribute('aria-pressed') === 'true',
            card: document.getElementById('card-title') !== null,
          };
          Object.assign(window, { firstFrame: shown });
        }),
      { capture: true, once: true },
    );
  });
  await row.click();
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { firstFrame?: unknown }).firstFrame))
    .toEqual({ chosen: true, card: false });
  await expect(page.locator('.panel__selection .card--claim #card-title')).toBeVisible();
  expect(hashOf(page)).toBe('#claim=russian-base');
});

test.describe('links', () => {
  const deepLinks: [string, RegExp][] = [
    ['#claim=russian-base', /base/i],
    ['#region=nagorno-karabakh&date=2020-11-10', /Nagorno-Karabakh/],
    ['#place=stepanakert', /Stepanakert \/ Khankendi/],
    ['#relation=ankara-baku-backing', /./],
  ];

  for (const [hash, title] of deepLinks) {
    // What the link restores is the panel's view: neither load waits for the zoomable map.
    test(`${hash} restores its view, also after a reload`, async ({ page }) => {
      await openPanel(page, hash);
      await expect(cardTitle(page)).toHaveText(title);
      const first = (await cardTitle(page).textContent()) ?? '';
      await page.reload();
      await expect(page.locator('html[data-taken-over] .svg-map--fitted')).toBeAttached();
      await expect(cardTitle(page)).toHaveText(first);
      expect(hashOf(page)).toBe(hash);
      if (hash.includes('date=2020-11-10')) await expect(page.locator('input[value="post-2020"]')).toBeChecked();
    });
  }

  test('back and forward walk the selections', async ({ page }) => {
    await openPanel(page);
    await page.locator('[data-claim="talks-offer"]').click();
    await page.locator('[data-claim="russian-base"]').click();
    await expect.poll(() => hashOf(page)).toBe('#claim=russian-base');
    await page.goBack();
    await expect.poll(() => hashOf(page)).toBe('#claim=talks-offer');
    await expect(page.locator('[data-claim="talks-offer"]')).toHaveAttribute('aria-pressed', 'true');
    await page.goBack();
    await expect(page.locator('.card')).toHaveCount(0);
    await page.goForward();
    await expect(page.locator('[data-claim="talks-offer"]')).toHaveAttribute('aria-pressed', 'true');
  });

  test('an unknown id gets a polite notice and the default view', async ({ page }) => {
    await openPanel(page, '#claim=no-such-claim');
    await expect(page.locator('.notice')).toContainText(/no claim called “\u2068no-such-claim\u2069”/);
    await expect(page.locator('.card')).toHaveCount(0);
    await expect(page.locator('[data-claim]')).toHaveCount(20);
  });
});

test.describe('on a phone', { tag: '@phone' }, () => {
  test('a claim that spans the world (Washington to Baku) frames every lit pin inside the map', async ({ page }) => {
    await openApp(page, '#claim=minsk-group');
    await cameraStill(page);
    const map = await mapSection(page).boundingBox();
    if (!map) throw new Error('no map on screen');
    const pins = page.locator('.pin--lit .pin__dot');
    expect(await pins.count()).toBeGreaterThan(2);
    for (const box of await pins.evaluateAll((dots) =>
      dots.map((dot) => dot.getBoundingClientRect().toJSON() as DOMRect),
    )) {
      const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
      expect(x).toBeGreaterThanOrEqual(map.x);
      expect(x).toBeLessThanOrEqual(map.x + map.width);
      expect(y).toBeGreaterThanOrEqual(map.y);
      expect(y).toBeLessThanOrEqual(map.y + map.height);
    }
  });

  for (const hash of ['#relation=moscow-yerevan-alliance', '#claim=minsk-group'])
    test(`${hash}: every lit pin on the map shows its name, clear of the other labels and the credits`, async ({
      page,
    }) => {
      await openApp(page, hash);
      await cameraStill(page);
      const lit = page.locator('.pin--lit');
      expect(await lit.count()).toBeGreaterThan(1);
      await expect(page.locator('.pin--lit.pin--unlabelled')).toHaveCount(0);
      const boxes = await page
        .locator('.pin:not(.pin--unlabelled) .pin__label, .map-label, .maplibregl-ctrl-attrib')
        .evaluateAll((elements) =>
          elements.map((element) => ({
            name: element.textContent,
            box: element.getBoundingClientRect().toJSON() as DOMRect,
          })),
        );
      const overlapping = boxes.flatMap((a, index) =>
        boxes
          .slice(index + 1)
          .filter(
            ({ box: b }) =>
              a.box.left < b.right - 1 &&
              b.left < a.box.right - 1 &&
              a.box.top < b.bottom - 1 &&
              b.top < a.box.bottom - 1,
          )
          .map((b) => `${a.name} × ${b.name}`),
      );
      expect(overlapping).toEqual([]);
    });
});
