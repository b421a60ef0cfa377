// Picking things: a claim lights its elements, a region on the map opens its card, links restore views.
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { waitForMapReady } from './support/browser';
import { browserSuite } from './support/suite';

const { open } = browserSuite();

const cardTitle = (page: Page) => page.locator('.card h3').first().textContent();

/** Waits until the camera has stopped (MapLibre's idle state shows no more moving frames). */
async function settle(page: Page): Promise<void> {
  await page.waitForTimeout(1200);
}

async function insideMap(page: Page, selector: string): Promise<boolean> {
  const map = await page.locator('[data-map-state]').boundingBox();
  const pin = await page.locator(selector).locator('.pin__dot').boundingBox();
  if (!map || !pin) return false;
  const [x, y] = [pin.x + pin.width / 2, pin.y + pin.height / 2];
  return x >= map.x && x <= map.x + map.width && y >= map.y && y <= map.y + map.height;
}

describe('from the map to the text', () => {
  test('clicking Nagorno-Karabakh on the map opens its area card', async () => {
    const page = await open();
    // Just west of Stepanakert's pin lies the region itself (the pin's label sits to the east).
    const dot = await page.locator('[data-place="stepanakert"] .pin__dot').boundingBox();
    if (!dot) throw new Error('no Stepanakert pin');
    await page.mouse.click(dot.x - 16, dot.y + dot.height / 2);
    await expect.poll(() => cardTitle(page)).toBe('Nagorno-Karabakh');
    expect(page.url()).toContain('#region=nagorno-karabakh');
    const headline = await page.locator('[data-testid="computed-area"]').textContent();
    expect(headline).toMatch(/1[12],\d{3} km²/);
    // The article's figure is set against both outlines and the oblast.
    await expect.poll(() => page.locator('.area-row').count()).toBeGreaterThanOrEqual(5);
    expect(await page.locator('.area-row--article').textContent()).toMatch(/3,626/);
    await page.context().close();
  });

  test('hovering a region names it, and a country card sets the map’s area against the official one', async () => {
    const page = await open();
    const dot = await page.locator('[data-place="stepanakert"] .pin__dot').boundingBox();
    if (!dot) throw new Error('no Stepanakert pin');
    await page.mouse.move(dot.x - 16, dot.y + dot.height / 2);
    await expect.poll(() => page.locator('.hover-label').textContent()).toBe('Nagorno-Karabakh');
    // Each move re-renders the map's component; the story's layers must stay put, so every step still finds the region.
    for (let step = 1; step <= 12; step++) {
      await page.mouse.move(dot.x - 16 - step, dot.y + dot.height / 2 + step);
      expect(await page.locator('.hover-label').count()).toBe(1);
    }
    await page.mouse.move(1, 1);
    await expect.poll(() => page.locator('.hover-label').count()).toBe(0);

    await page.goto(`${new URL(page.url()).origin}/#region=armenia`);
    await waitForMapReady(page);
    await expect.poll(() => page.locator('.area-table thead').textContent()).toMatch(/Map’s figure vs this/);
    expect(await page.locator('[data-testid="computed-area"]').textContent()).toMatch(/29,5\d\d km²/);
    expect(await page.locator('.area-row--reference').textContent()).toMatch(/29,743.*−1%|29,743.*-1%/);
    await page.context().close();
  });

  test('switching the outline redraws the region and recomputes its area', async () => {
    const page = await open('#region=nagorno-karabakh');
    await page.getByLabel(/after the 10 Nov 2020 ceasefire/i).check();
    await expect.poll(() => page.locator('[data-testid="computed-area"]').textContent()).toMatch(/3,1\d\d km²/);
    expect(page.url()).toContain('date=2020-11-10');
    await page.context().close();
  });

  test('picking a pin shows its names, sources and the claims that cite it', async () => {
    const page = await open();
    await page.locator('[data-place="gyumri"]').click();
    await expect.poll(() => cardTitle(page)).toMatch(/Gyumri/);
    expect(await page.locator('.card .sources').first().textContent()).toMatch(/Source/);
    await expect.poll(() => page.locator('.card [data-select="claim:russian-base"]').count()).toBe(1);
    await page.context().close();
  });
});

test('clicking a relation line opens its card', async () => {
  const page = await open();
  // Baku–Stepanakert carries one straight, short line: its middle lies halfway between the two pins.
  const baku = await page.locator('[data-place="baku"] .pin__dot').boundingBox();
  const stepanakert = await page.locator('[data-place="stepanakert"] .pin__dot').boundingBox();
  if (!baku || !stepanakert) throw new Error('pins missing');
  const middle = {
    x: (baku.x + stepanakert.x) / 2 + baku.width / 2,
    y: (baku.y + stepanakert.y) / 2 + baku.height / 2,
  };
  await page.mouse.click(middle.x, middle.y);
  await expect.poll(() => new URL(page.url()).hash).toBe('#relation=baku-stepanakert-conflict');
  expect(await page.locator('.card .card__kicker').textContent()).toMatch(/Armed conflict/);
  await expect.poll(() => page.locator('.card [data-select="claim:aliyev-vow"]').count()).toBe(1);
  await page.context().close();
});

describe('from the text to the map', () => {
  test('a claim far down the list opens its card in view and names the tab', async () => {
    const page = await open();
    await page.locator('[data-claim="aliyev-vow"]').click();
    await expect.poll(() => page.locator('.card').isVisible()).toBe(true);
    const card = await page.locator('.card').boundingBox();
    expect(card?.y ?? -1).toBeGreaterThanOrEqual(0);
    expect(card?.y ?? 10_000).toBeLessThan(800);
    expect(await page.title()).toMatch(/^Claim: ¶9: /);
    await page.context().close();
  });

  test('selecting a claim lights its pins, dims the rest and brings them into view', async () => {
    const page = await open();
    const before = await page.locator('[data-map-state] canvas').screenshot();
    await page.locator('[data-claim="minsk-group-members"]').click();
    await expect.poll(() => cardTitle(page)).toBeTruthy();
    for (const place of ['moscow', 'paris', 'washington']) {
      await expect.poll(() => page.locator(`[data-place="${place}"]`).getAttribute('class')).toContain('pin--lit');
    }
    expect(await page.locator('[data-place="gyumri"]').getAttribute('class')).toContain('pin--dim');
    await settle(page);
    // The camera fitted the claim: Washington, far outside the first view, is now on screen.
    expect(await insideMap(page, '[data-place="washington"]')).toBe(true);
    const after = await page.locator('[data-map-state] canvas').screenshot();
    expect(after.equals(before)).toBe(false);
    await page.context().close();
  });

  test('a claim card names its paragraph, its sources and its map elements', async () => {
    const page = await open();
    // The list already flags the fact check's strongest finding.
    expect(await page.locator('[data-claim="area"] .claim-item__flag--contradicts').textContent()).toBe(
      'Contradicted by sources',
    );
    expect(await page.locator('[data-claim="russian-base"] .claim-item__flag').count()).toBe(0);
    await page.locator('[data-claim="area"]').click();
    const card = page.locator('.card');
    await expect.poll(() => card.locator('.card__parts').textContent()).toBe('¶3');
    expect(await card.locator('.card__quote').textContent()).toMatch(/1,400 square miles/);
    expect(await card.locator('.check--contradicts').count()).toBeGreaterThan(0);
    await card.locator('[data-select="region:nagorno-karabakh"]').click();
    await expect.poll(() => cardTitle(page)).toBe('Nagorno-Karabakh');
    await page.context().close();
  });
});

describe('links', () => {
  const deepLinks: [string, RegExp][] = [
    ['#claim=russian-base', /base/i],
    ['#region=nagorno-karabakh&date=2020-11-10', /Nagorno-Karabakh/],
    ['#place=stepanakert', /Stepanakert \/ Khankendi/],
    ['#relation=ankara-baku-backing', /./],
  ];

  test.each(deepLinks)('%s restores its view, also after a reload', async (hash, title) => {
    const page = await open(hash);
    await expect.poll(() => cardTitle(page)).toMatch(title);
    const first = await cardTitle(page);
    await page.reload();
    await waitForMapReady(page);
    await expect.poll(() => cardTitle(page)).toBe(first);
    expect(new URL(page.url()).hash).toBe(hash);
    if (hash.includes('date=2020-11-10')) {
      expect(await page.locator('input[value="post-2020"]').isChecked()).toBe(true);
    }
    await page.context().close();
  });

  test('back and forward walk the selections', async () => {
    const page = await open();
    await page.locator('[data-claim="talks-offer"]').click();
    await page.locator('[data-claim="russian-base"]').click();
    await page.locator('[data-claim="russian-base"]').waitFor();
    expect(new URL(page.url()).hash).toBe('#claim=russian-base');
    await page.goBack();
    await expect.poll(() => new URL(page.url()).hash).toBe('#claim=talks-offer');
    await expect.poll(() => page.locator('[data-claim="talks-offer"]').getAttribute('aria-pressed')).toBe('true');
    await page.goBack();
    await expect.poll(() => page.locator('.card').count()).toBe(0);
    await page.goForward();
    await expect.poll(() => page.locator('[data-claim="talks-offer"]').getAttribute('aria-pressed')).toBe('true');
    await page.context().close();
  });

  test('an unknown id gets a polite notice and the default view', async () => {
    const page = await open('#claim=no-such-claim');
    await expect.poll(() => page.locator('.notice').textContent()).toMatch(/no claim called “no-such-claim”/);
    expect(await page.locator('.card').count()).toBe(0);
    expect(await page.locator('[data-claim]').count()).toBe(20);
    await page.context().close();
  });
});
