// The map on a date: links with &date=, the date control, history, and what no longer holds.
import type { Page } from '@playwright/test';
import { openApp, openPanel } from './support/app';
import { expect, test } from './support/test';

const hashOf = (page: Page) => new URL(page.url()).hash;
const shownDate = (page: Page) => page.getByTestId('shown-date');
const computedArea = (page: Page) => page.getByTestId('computed-area');

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

test.describe('a link with a date', () => {
  test('shows that day’s outline and its area', async ({ page }) => {
    await openPanel(page, '#region=nagorno-karabakh&date=2021-06-01');
    await expect(shownDate(page)).toContainText(/1 June 2021/);
    await expect(computedArea(page)).toHaveText(/^3,1\d\d km²/);
    await expect(page.locator('input[value="post-2020"]')).toBeChecked();
    // The pre-war outline stays in the comparison table.
    await expect(page.locator('[data-row="computed-pre-2020"]')).toContainText(/11,7\d\d/);
  });

  test('the article’s day draws the pre-war outline and the line of the fighting', async ({ page, context }) => {
    await openApp(page, '#region=nagorno-karabakh');
    await expect(computedArea(page)).toHaveText(/^11,\d{3} km²/);
    await expect(shownDate(page)).toContainText(/30 September 2020 \(The article's day\)/);
    await page.close();
    // A fresh page, so that no camera move is under way when the map is clicked.
    const dayAfter = await context.newPage();
    await openApp(dayAfter, '#date=2020-10-01');
    await clickBakuStepanakertLine(dayAfter);
    await expect.poll(() => hashOf(dayAfter)).toBe('#relation=baku-stepanakert-conflict&date=2020-10-01');
  });

  test('after the dissolution the region is not drawn, and the line of the fighting is drawn as ended', async ({
    context,
  }) => {
    // A fresh page each time, so that no camera move is under way when the map is clicked.
    const page = await context.newPage();
    await openApp(page, '#date=2024-06-01');
    await clickWestOfStepanakert(page);
    await expect.poll(() => hashOf(page)).toBe('#region=azerbaijan&date=2024-06-01');
    await page.close();
    const again = await context.newPage();
    await openApp(again, '#date=2024-06-01');
    await clickBakuStepanakertLine(again);
    await expect.poll(() => hashOf(again)).toBe('#relation=baku-stepanakert-conflict&date=2024-06-01');
    await expect(again.locator('.card .map-now')).toContainText(
      /Fighting over Nagorno-Karabakh is drawn as ended\. Since 20 September 2023 \(Surrender\)/,
    );
  });

  test('a date that is no day gets a polite notice and the article’s day', async ({ page }) => {
    await openPanel(page, '#region=nagorno-karabakh&date=2021-02-30');
    await expect(page.locator('.notice')).toContainText(/“\u20682021-02-30\u2069” is not a day written YYYY-MM-DD/);
    await expect(shownDate(page)).toContainText(/30 September 2020/);
    expect(hashOf(page)).toBe('#region=nagorno-karabakh');
    await expect(computedArea(page)).toHaveText(/^11,\d{3} km²/);
  });
});

test.describe('the date control', () => {
  test('a milestone redraws the map, recomputes the area and goes into the URL', async ({ page }) => {
    await openApp(page, '#region=nagorno-karabakh');
    await expect(computedArea(page)).toHaveText(/^11,\d{3} km²/);
    const ceasefire = page.getByRole('button', { name: /^Ceasefire/ });
    await ceasefire.click();
    await expect(computedArea(page)).toHaveText(/^3,1\d\d km²/);
    expect(hashOf(page)).toBe('#region=nagorno-karabakh&date=2020-11-10');
    await expect(ceasefire).toHaveAttribute('aria-pressed', 'true');
    // Picking an outline in the area card moves the date with it.
    await page.getByLabel(/Held before the 2020 war/).check();
    await expect.poll(() => hashOf(page)).toBe('#region=nagorno-karabakh');
  });

  test('the slider works from the keyboard and redraws the lines', async ({ page }) => {
    await openApp(page);
    const slider = page.getByRole('slider', { name: 'Day shown on the map' });
    await slider.focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => hashOf(page)).toBe('#date=2020-10-01');
    // The map redraws from new data off the main thread: hover until it shows the day's lines.
    let nudge = 0;
    await expect.poll(() => hoveredAtLine(page, ++nudge)).toBe('Fighting over Nagorno-Karabakh');
    await slider.focus();
    await page.keyboard.press('End');
    await expect(shownDate(page)).toContainText(/\(Today\)/);
    // The fighting ended with the 2023 surrender: the line is still there, and says so.
    await expect.poll(() => hoveredAtLine(page, ++nudge)).toBe('Fighting over Nagorno-Karabakh (ended)');
    await clickBakuStepanakertLine(page);
    await expect.poll(() => hashOf(page)).toMatch(/^#relation=baku-stepanakert-conflict&date=\d{4}-\d{2}-\d{2}$/);
  });

  test('dragging the slider redraws the map as it goes and leaves one history entry', async ({ page }) => {
    await openApp(page, '#region=nagorno-karabakh');
    await expect(computedArea(page)).toHaveText(/^11,\d{3} km²/);
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
    await expect(computedArea(page)).toHaveText(/^3,1\d\d km²/);
    await page.mouse.up();
    expect(hashOf(page)).toMatch(/^#region=nagorno-karabakh&date=202[12]-/);
    await page.goBack();
    await expect.poll(() => hashOf(page)).toBe('#region=nagorno-karabakh');
    await expect(computedArea(page)).toHaveText(/^11,\d{3} km²/);
  });

  test('back and forward restore the dates', async ({ page }) => {
    await openPanel(page);
    await page.getByRole('button', { name: /^Ceasefire/ }).click();
    await expect.poll(() => hashOf(page)).toBe('#date=2020-11-10');
    await page.getByRole('button', { name: /^Dissolution/ }).click();
    await expect.poll(() => hashOf(page)).toBe('#date=2024-01-01');
    await page.goBack();
    await expect(shownDate(page)).toContainText(/10 November 2020 \(Ceasefire\)/);
    expect(hashOf(page)).toBe('#date=2020-11-10');
    await page.goBack();
    await expect(shownDate(page)).toContainText(/30 September 2020/);
    await page.goForward();
    await expect(shownDate(page)).toContainText(/10 November 2020/);
  });
});

test.describe('what happened next', () => {
  test('a timeline entry shows its day, and a claim it ends says why; a claim about what was said is not flagged', async ({
    page,
  }) => {
    await openPanel(page);
    const flag = (claim: string) => page.locator(`[data-claim="${claim}"] [data-claim-status]`);
    await expect(flag('minsk-group-members')).toHaveCount(0);
    await page.locator('[data-timeline="minsk-closure"]').click();
    await expect.poll(() => hashOf(page)).toBe('#date=2025-11-30');
    await expect(flag('minsk-group-members')).toHaveText(
      /^No longer holds since 30 November 2025: The OSCE closed the Minsk process/,
    );
    // Russia's statement of 30 Sept 2020 was made; the group's closure does not unsay it.
    await expect(flag('minsk-group')).toHaveCount(0);
    await page.locator('[data-claim="minsk-group-members"]').click();
    await expect(page.locator('.card .claim-status')).toContainText(/Mediamax/);
    // Every entry of the timeline names its source.
    const entries = page.locator('.timeline li');
    const count = await entries.count();
    expect(count).toBeGreaterThan(5);
    for (let index = 0; index < count; index++) await expect(entries.nth(index).locator('.sources')).toHaveCount(1);
  });

  test('an older link naming an outline opens on a day that outline is drawn', async ({ page }) => {
    await openPanel(page, '#region=nagorno-karabakh&outline=post-2020');
    await expect.poll(() => hashOf(page)).toBe('#region=nagorno-karabakh&date=2020-11-10');
    await expect(computedArea(page)).toHaveText(/^3,1\d\d km²/);
  });
});
