// The map on a date: links with &date=, the date control, history, and what no longer holds.
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { browserSuite } from './support/suite';

const { open } = browserSuite();
const WAIT = { timeout: 10_000 };

const hashOf = (page: Page) => new URL(page.url()).hash;
const shownDate = (page: Page) => page.locator('[data-testid="shown-date"]').textContent();
const computedArea = (page: Page) => page.locator('[data-testid="computed-area"]').textContent();

/** Halfway between the Baku and Stepanakert pins, where the line of the fighting runs while it lasts. */
async function bakuStepanakertMiddle(page: Page): Promise<{ x: number; y: number }> {
  const baku = await page.locator('[data-place="baku"] .pin__dot').boundingBox();
  const stepanakert = await page.locator('[data-place="stepanakert"] .pin__dot').boundingBox();
  if (!baku || !stepanakert) throw new Error('pins missing');
  return { x: (baku.x + stepanakert.x) / 2 + baku.width / 2, y: (baku.y + stepanakert.y) / 2 + baku.height / 2 };
}

async function clickBakuStepanakertLine(page: Page): Promise<void> {
  const { x, y } = await bakuStepanakertMiddle(page);
  await page.mouse.click(x, y);
}

/** What the hover label names at the middle of the Baku–Stepanakert line (the mouse nudged so that the map hears a move). */
async function hoveredAtLine(page: Page, nudge: number): Promise<string | null> {
  const { x, y } = await bakuStepanakertMiddle(page);
  await page.mouse.move(x + (nudge % 2), y);
  const label = page.locator('.hover-label');
  return (await label.count()) === 0 ? null : label.textContent();
}

/** Clicks just west of the Stepanakert pin: inside Nagorno-Karabakh while it is drawn, else Azerbaijan. */
async function clickWestOfStepanakert(page: Page): Promise<void> {
  const dot = await page.locator('[data-place="stepanakert"] .pin__dot').boundingBox();
  if (!dot) throw new Error('no Stepanakert pin');
  await page.mouse.click(dot.x - 16, dot.y + dot.height / 2);
}

describe('a link with a date', () => {
  test('shows that day’s outline and its area', async () => {
    const page = await open('#region=nagorno-karabakh&date=2021-06-01');
    await expect.poll(() => shownDate(page), WAIT).toMatch(/1 June 2021/);
    await expect.poll(() => computedArea(page), WAIT).toMatch(/^3,1\d\d km²/);
    expect(await page.locator('input[value="post-2020"]').isChecked()).toBe(true);
    // The pre-war outline stays in the comparison table.
    expect(await page.locator('[data-row="computed-pre-2020"]').textContent()).toMatch(/11,7\d\d/);
    await page.context().close();
  });

  test('the article’s day draws the pre-war outline and the line of the fighting', async () => {
    const page = await open('#region=nagorno-karabakh');
    await expect.poll(() => computedArea(page), WAIT).toMatch(/^11,\d{3} km²/);
    expect(await shownDate(page)).toMatch(/30 September 2020 \(The article's day\)/);
    await page.context().close();
    // A fresh page each time, so that no camera move is under way when the map is clicked.
    const dayAfter = await open('#date=2020-10-01');
    await clickBakuStepanakertLine(dayAfter);
    await expect.poll(() => hashOf(dayAfter), WAIT).toBe('#relation=baku-stepanakert-conflict&date=2020-10-01');
    await dayAfter.context().close();
  });

  test('after the dissolution the region is not drawn, and the line of the fighting is drawn as ended', async () => {
    const page = await open('#date=2024-06-01');
    await clickWestOfStepanakert(page);
    await expect.poll(() => hashOf(page), WAIT).toBe('#region=azerbaijan&date=2024-06-01');
    await page.context().close();
    const again = await open('#date=2024-06-01');
    await clickBakuStepanakertLine(again);
    await expect.poll(() => hashOf(again), WAIT).toBe('#relation=baku-stepanakert-conflict&date=2024-06-01');
    await expect
      .poll(() => again.locator('.card .map-now').textContent(), WAIT)
      .toMatch(/Fighting over Nagorno-Karabakh is drawn as ended\. Since 20 September 2023 \(Surrender\)/);
    await again.context().close();
  });

  test('a date that is no day gets a polite notice and the article’s day', async () => {
    const page = await open('#region=nagorno-karabakh&date=2021-02-30');
    await expect
      .poll(() => page.locator('.notice').textContent(), WAIT)
      .toMatch(/“2021-02-30” is not a day written YYYY-MM-DD/);
    expect(await shownDate(page)).toMatch(/30 September 2020/);
    expect(hashOf(page)).toBe('#region=nagorno-karabakh');
    await expect.poll(() => computedArea(page), WAIT).toMatch(/^11,\d{3} km²/);
    await page.context().close();
  });
});

describe('the date control', () => {
  test('a milestone redraws the map, recomputes the area and goes into the URL', async () => {
    const page = await open('#region=nagorno-karabakh');
    await expect.poll(() => computedArea(page), WAIT).toMatch(/^11,\d{3} km²/);
    await page.getByRole('button', { name: /^Ceasefire/ }).click();
    await expect.poll(() => computedArea(page), WAIT).toMatch(/^3,1\d\d km²/);
    expect(hashOf(page)).toBe('#region=nagorno-karabakh&date=2020-11-10');
    expect(await page.getByRole('button', { name: /^Ceasefire/ }).getAttribute('aria-pressed')).toBe('true');
    // Picking an outline in the area card moves the date with it.
    await page.getByLabel(/Held before the 2020 war/).check();
    await expect.poll(() => hashOf(page), WAIT).toBe('#region=nagorno-karabakh');
    await page.context().close();
  });

  test('the slider works from the keyboard and redraws the lines', async () => {
    const page = await open();
    const slider = page.getByRole('slider', { name: 'Day shown on the map' });
    await slider.focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => hashOf(page), WAIT).toBe('#date=2020-10-01');
    // The map redraws from new data off the main thread: hover until it shows the day's lines.
    let nudge = 0;
    await expect.poll(() => hoveredAtLine(page, ++nudge), WAIT).toBe('Fighting over Nagorno-Karabakh');
    await slider.focus();
    await page.keyboard.press('End');
    await expect.poll(() => shownDate(page), WAIT).toMatch(/\(Today\)/);
    // The fighting ended with the 2023 surrender: the line is still there, and says so.
    await expect.poll(() => hoveredAtLine(page, ++nudge), WAIT).toBe('Fighting over Nagorno-Karabakh (ended)');
    await clickBakuStepanakertLine(page);
    await expect.poll(() => hashOf(page), WAIT).toMatch(/^#relation=baku-stepanakert-conflict&date=\d{4}-\d{2}-\d{2}$/);
    await page.context().close();
  });

  test('dragging the slider redraws the map as it goes and leaves one history entry', async () => {
    const page = await open('#region=nagorno-karabakh');
    await expect.poll(() => computedArea(page), WAIT).toMatch(/^11,\d{3} km²/);
    const slider = page.getByRole('slider', { name: 'Day shown on the map' });
    // The control sits below the card: scroll to it, as a reader would.
    await slider.scrollIntoViewIfNeeded();
    const box = await slider.boundingBox();
    if (!box) throw new Error('no slider');
    const y = box.y + box.height / 2;
    await page.mouse.move(box.x + 2, y);
    await page.mouse.down();
    for (const share of [0.1, 0.2, 0.3]) await page.mouse.move(box.x + box.width * share, y, { steps: 3 });
    // Mid-drag, some time after the ceasefire: the smaller outline is already drawn.
    await expect.poll(() => computedArea(page), WAIT).toMatch(/^3,1\d\d km²/);
    await page.mouse.up();
    expect(hashOf(page)).toMatch(/^#region=nagorno-karabakh&date=202[12]-/);
    await page.goBack();
    await expect.poll(() => hashOf(page), WAIT).toBe('#region=nagorno-karabakh');
    await expect.poll(() => computedArea(page), WAIT).toMatch(/^11,\d{3} km²/);
    await page.context().close();
  });

  test('back and forward restore the dates', async () => {
    const page = await open();
    await page.getByRole('button', { name: /^Ceasefire/ }).click();
    await expect.poll(() => hashOf(page), WAIT).toBe('#date=2020-11-10');
    await page.getByRole('button', { name: /^Dissolution/ }).click();
    await expect.poll(() => hashOf(page), WAIT).toBe('#date=2024-01-01');
    await page.goBack();
    await expect.poll(() => shownDate(page), WAIT).toMatch(/10 November 2020 \(Ceasefire\)/);
    expect(hashOf(page)).toBe('#date=2020-11-10');
    await page.goBack();
    await expect.poll(() => shownDate(page), WAIT).toMatch(/30 September 2020/);
    await page.goForward();
    await expect.poll(() => shownDate(page), WAIT).toMatch(/10 November 2020/);
    await page.context().close();
  });
});

describe('what happened next', () => {
  test('a timeline entry shows its day, and a claim it ends says why; a claim about what was said is not flagged', async () => {
    const page = await open();
    const flag = (claim: string) => page.locator(`[data-claim="${claim}"] [data-claim-status]`);
    expect(await flag('minsk-group-members').count()).toBe(0);
    await page.locator('[data-timeline="minsk-closure"]').click();
    await expect.poll(() => hashOf(page), WAIT).toBe('#date=2025-11-30');
    await expect
      .poll(() => flag('minsk-group-members').textContent(), WAIT)
      .toMatch(/^No longer holds since 30 November 2025: The OSCE closed the Minsk process/);
    // Russia's statement of 30 Sept 2020 was made; the group's closure does not unsay it.
    expect(await flag('minsk-group').count()).toBe(0);
    await page.locator('[data-claim="minsk-group-members"]').click();
    const changes = page.locator('.card .claim-status');
    await expect.poll(() => changes.textContent(), WAIT).toMatch(/Mediamax/);
    // Every entry of the timeline names its source.
    const entries = page.locator('.timeline li');
    const count = await entries.count();
    expect(count).toBeGreaterThan(5);
    for (let index = 0; index < count; index++) expect(await entries.nth(index).locator('.sources').count()).toBe(1);
    await page.context().close();
  });

  test('an older link naming an outline opens on a day that outline is drawn', async () => {
    const page = await open('#region=nagorno-karabakh&outline=post-2020');
    await expect.poll(() => hashOf(page), WAIT).toBe('#region=nagorno-karabakh&date=2020-11-10');
    await expect.poll(() => computedArea(page), WAIT).toMatch(/^3,1\d\d km²/);
    await page.context().close();
  });
});
